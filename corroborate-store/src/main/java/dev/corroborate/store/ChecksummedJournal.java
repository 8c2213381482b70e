package dev.corroborate.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The checksummed text format shared by the store's files: a record is the CRC32 of its UTF-8 body as eight
 * lower-case hex digits, a tab, then the body. A journal holds one record a line, appended; a run killed mid-write
 * leaves at most a torn last line (no newline yet), which reading drops by truncating the file.
 */
final class ChecksummedJournal {
    /** Called for each complete line of a journal, in file order. */
    interface LineVisitor {
        /**
         * @param body  the line's body when its checksum holds, else null
         * @param line  the line as read, without its newline
         * @param start the line's byte offset in the file
         */
        void line(String body, String line, int start);
    }

    private ChecksummedJournal() {
    }

    /** Reads every complete line of a journal, then truncates a torn tail; a missing file has no lines. */
    static void read(Path path, LineVisitor visitor) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(path);
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                visitor.line(verified(line), line, start);
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.truncate(start);
            }
        }
    }

    /** Appends one journal line per body; they reach the operating system before this returns. */
    static void append(Path path, List<String> bodies) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND)) {
            for (String body : bodies) {
                out.write(line(body));
            }
        }
    }

    /** A body as a journal line: its record and a newline. */
    static String line(String body) {
        return sealed(body) + "\n";
    }

    /** A body as a record: its checksum, a tab, the body. */
    static String sealed(String body) {
        return checksum(body) + "\t" + body;
    }

    /** A record's body, or null when it is not a record or its checksum does not match. */
    static String verified(String record) {
        int tab = record.indexOf('\t');
        if (tab != 8) {
            return null;
        }
        String body = record.substring(tab + 1);
        return record.substring(0, tab).equals(checksum(body)) ? body : null;
    }

    private static String checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
