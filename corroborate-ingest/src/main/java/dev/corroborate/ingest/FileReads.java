package dev.corroborate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** What {@link PageReader} and {@link WarcPages} share when reading bytes: the size ceiling and the failures. */
final class FileReads {
    private FileReads() {
    }

    /**
     * The whole stream, read 64 KiB at a time.
     *
     * @throws TooLarge as soon as more than {@code maxBytes} have been read (a gzip bomb stops there)
     */
    static byte[] readAtMost(InputStream in, int initialCapacity, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(initialCapacity);
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw new TooLarge(out.size(), maxBytes);
            }
        }
        return out.toByteArray();
    }

    /** The failure for a file that could not be read: why, for a file denied or gone, else {@code otherwise}. */
    static PageResult unreadable(String source, Exception e, String otherwise) {
        String why = e instanceof AccessDeniedException ? "cannot read: permission denied"
            : e instanceof NoSuchFileException ? "cannot read: file vanished or is a broken link" : otherwise;
        return PageResult.failed(source, why);
    }

    /** Thrown inside the readers when a file or a stream passes the size ceiling. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long size, long limit) {
            super("file too large: " + readable(size) + ", over the " + readable(limit) + " limit for one page");
        }

        private static String readable(long bytes) {
            return bytes >= 1048576 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
    }
}
