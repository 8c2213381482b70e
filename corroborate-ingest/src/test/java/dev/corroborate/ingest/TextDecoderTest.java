package dev.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void theTransportCharsetOutranksTheDocumentsOwnDeclaration() {
        String text = "<meta charset=\"utf-8\"><p>Příliš žluťoučký kůň</p>";
        byte[] bytes = text.getBytes(Charset.forName("windows-1250"));

        assertEquals(text, decoder.decode(bytes, "windows-1250"));
    }

    @Test
    void validUtf8StillWinsOverATransportLatin1Label() {
        String text = "<p>Zoë Ménard in Kørsund</p>";

        assertEquals(text, decoder.decode(text.getBytes(StandardCharsets.UTF_8), "ISO-8859-1"));
    }

    @Test
    void anUnknownOrQuotedTransportLabelFallsBackToTheUsualChain() {
        String text = "<p>Zoë Ménard</p>";
        byte[] latin = text.getBytes(Charset.forName("windows-1252"));

        assertEquals(text, decoder.decode(latin, "x-no-such-charset"));
        assertEquals(text, decoder.decode(latin, "\"windows-1252\""));
    }

    @Test
    void aByteOrderMarkOutranksTheTransport() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Ærø ferry".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        assertEquals("Ærø ferry", decoder.decode(bytes, "windows-1252"));
    }
}
