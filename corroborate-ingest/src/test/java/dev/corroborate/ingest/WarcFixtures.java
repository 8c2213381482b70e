package dev.corroborate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small WARC archives for tests with jwarc's own writer; HTTP messages are spelled out byte for byte. */
final class WarcFixtures {
    private WarcFixtures() {
    }

    static void write(Path file, boolean gzip, List<WarcRecord> records) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
    }

    static WarcRecord info() {
        return new Warcinfo.Builder().filename("fixture.warc")
            .fields(Map.of("software", List.of("corroborate tests"))).build();
    }

    static WarcRecord request(String url) throws IOException {
        byte[] http = ("GET " + url.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: example\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        return new WarcRequest.Builder(url).date(Instant.parse("2025-03-04T10:00:00Z"))
            .body(MediaType.HTTP_REQUEST, http).build();
    }

    static WarcRecord metadata(String url) {
        return new WarcMetadata.Builder().targetURI(url)
            .fields(Map.of("via", List.of("https://example/start"))).build();
    }

    /** A response record whose HTTP message carries the given status line, headers and body bytes as they are. */
    static WarcRecord response(String url, Instant date, String statusLine, String headers, byte[] body) {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes((statusLine + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.US_ASCII));
        http.writeBytes(body);
        return new WarcResponse.Builder(url).date(date).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }

    /** A 200 response with an HTML body of the given charset label and a matching Content-Length. */
    static WarcRecord html(String url, Instant date, String contentType, byte[] body) {
        return response(url, date, "HTTP/1.1 200 OK",
            "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n", body);
    }
}
