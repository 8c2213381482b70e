package dev.corroborate.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.ingest.FileReads.TooLarge;

/**
 * Reads one input file into pages: text dumps, HTML (plain or gzipped), WARC archives, RSS and Atom feeds and
 * JSONL exports. Every problem becomes a
 * {@link PageResult.Failed} naming the file and the reason; nothing here throws for bad input.
 */
public final class PageReader {
    /** Default ceiling on one file's size, before and after gunzip: no news page comes near it. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();
    private final JsonlPages jsonl;
    private final WarcPages warc;
    private final FeedPages feeds = new FeedPages();

    public PageReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public PageReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.jsonl = new JsonlPages(decoder);
        this.warc = new WarcPages(decoder, maxBytes);
    }

    /** Reads a file; archives, feeds and JSONL files give one result per page in them, other files one result. */
    public List<PageResult> read(InputFile file) {
        List<PageResult> results = new ArrayList<>();
        read(file, results::add);
        return results;
    }

    /**
     * Reads a file and hands each result to {@code sink} as soon as it is read, so a large WARC archive is never
     * held in memory whole.
     */
    public void read(InputFile file, Consumer<PageResult> sink) {
        if (WarcPages.isWarcName(file.path().getFileName().toString().toLowerCase(Locale.ROOT))) {
            warc.read(file, sink);
            return;
        }
        byte[] bytes;
        try {
            bytes = readBounded(file);
        } catch (TooLarge e) {
            sink.accept(PageResult.failed(file.source(), e.getMessage()));
            return;
        } catch (EOFException | ZipException e) {
            sink.accept(PageResult.failed(file.source(), "truncated or corrupt gzip data"));
            return;
        } catch (IOException e) {
            sink.accept(FileReads.unreadable(file.source(), e, "cannot read: " + e.getMessage()));
            return;
        }
        if (isBlank(bytes)) {
            sink.accept(PageResult.failed(file.source(), "empty file"));
            return;
        }
        String name = baseName(file);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            jsonl.read(file.source(), bytes).forEach(sink);
            return;
        }
        if (looksBinary(bytes)) {
            sink.accept(PageResult.failed(file.source(), "binary file, not text or HTML"));
            return;
        }
        String text = decoder.decode(bytes);
        if (FeedPages.isFeedName(name) || !isHtmlName(name) && FeedPages.looksLikeFeed(text)) {
            feeds.read(file.source(), text, sink);
            return;
        }
        PageFormat format = formatOf(name, text);
        sink.accept(new PageResult.Loaded(
            new Page(ContentHash.of(bytes), file.source(), null, null, format, text)));
    }

    private byte[] readBounded(InputFile file) throws IOException {
        long size = Files.size(file.path());
        if (size > maxBytes) {
            throw new TooLarge(size, maxBytes);
        }
        byte[] raw = Files.readAllBytes(file.path());
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B) {
            return gunzip(raw);
        }
        return raw;
    }

    private byte[] gunzip(byte[] raw) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            return FileReads.readAtMost(in, raw.length * 4, maxBytes);
        }
    }

    private static String baseName(InputFile file) {
        String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The name decides for HTML files; anything else (".txt" included) is HTML only when its content opens as HTML. */
    static PageFormat formatOf(String name, String text) {
        return isHtmlName(name) || looksLikeHtml(text) ? PageFormat.HTML : PageFormat.TEXT;
    }

    private static boolean isHtmlName(String name) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
            && head.contains("<html") || head.startsWith("<head") || head.startsWith("<body");
    }

    /** NUL bytes or many control characters in the first 8 KiB mean binary, unless a UTF-16 BOM explains NULs. */
    static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xFF) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return true;
    }
}
