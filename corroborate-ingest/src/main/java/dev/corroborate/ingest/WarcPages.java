package dev.corroborate.ingest;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/**
 * Reads a WARC or WARC.gz archive record by record: each successful HTTP response with an HTML payload becomes a
 * page named {@code file#offset}, carrying the record's target URL and capture date. Requests, metadata, warcinfo,
 * revisits, redirects and non-HTML responses are skipped. A record that cannot be parsed ends the archive with one
 * failure naming it; the pages before it are kept.
 */
final class WarcPages {
    private final TextDecoder decoder;
    private final long maxBytes;

    WarcPages(TextDecoder decoder, long maxBytes) {
        this.decoder = decoder;
        this.maxBytes = maxBytes;
    }

    static boolean isWarcName(String lowerCaseName) {
        return lowerCaseName.endsWith(".warc") || lowerCaseName.endsWith(".warc.gz");
    }

    void read(InputFile file, Consumer<PageResult> sink) {
        int records = 0;
        int pages = 0;
        int refused = 0;
        try (WarcReader reader = new WarcReader(file.path())) {
            // jwarc would print its warnings on stderr; a damaged record is reported once, below.
            reader.onWarning(ignored -> { });
            while (true) {
                long offset = reader.position();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(PageResult.failed(file.source(), describe(records + 1, offset)
                        + ": truncated or corrupt WARC record (" + reason(e) + "); " + pages
                        + " page(s) before it kept"));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                long at = reader.position();
                if (!(next.get() instanceof WarcResponse response)) {
                    continue;
                }
                PageResult result = page(response, file.source(), records, at);
                if (result instanceof PageResult.Loaded) {
                    pages++;
                } else if (result != null) {
                    refused++;
                }
                if (result != null) {
                    sink.accept(result);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(FileReads.unreadable(file.source(), e, "not a readable WARC file (" + reason(e) + ")"));
            return;
        }
        if (pages == 0 && refused == 0) {
            sink.accept(PageResult.failed(file.source(), records == 0 ? "empty WARC file"
                : "no HTML response record among its " + records + " record(s)"));
        }
    }

    /** The page in a response record, a failure for a damaged one, or null for a record that holds no HTML page. */
    private PageResult page(WarcResponse response, String file, int ordinal, long offset) {
        String source = file + "#" + offset;
        try {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299 || !isHtml(http.contentType())) {
                return null;
            }
            long declared = http.body().size();
            if (declared > maxBytes) {
                return PageResult.failed(source, describe(ordinal, offset) + ": HTML payload too large ("
                    + declared + " bytes, over the " + maxBytes + " byte limit for one page)");
            }
            byte[] payload;
            try {
                payload = FileReads.readAtMost(http.bodyDecoded().stream(), 32, maxBytes);
            } catch (FileReads.TooLarge e) {
                return PageResult.failed(source, describe(ordinal, offset)
                    + ": decoded HTML payload over the " + maxBytes + " byte limit for one page");
            }
            if (payload.length == 0) {
                return PageResult.failed(source, describe(ordinal, offset) + ": empty HTML payload");
            }
            String charset = http.contentType().parameters().get("charset");
            String html = decoder.decode(payload, charset);
            return new PageResult.Loaded(new Page(ContentHash.of(payload), source, response.target(),
                response.date(), PageFormat.HTML, html));
        } catch (IOException | RuntimeException e) {
            // jwarc decodes Brotli only with an optional library we do not ship; say so plainly
            String why = String.valueOf(e.getMessage()).contains("Brotli")
                ? "Brotli content encoding (br) is not supported" : reason(e);
            return PageResult.failed(source, describe(ordinal, offset) + ": unreadable HTTP response (" + why + ")");
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String describe(int ordinal, long offset) {
        return "record " + ordinal + " at byte " + offset;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + firstLine(message);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
