package dev.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text: a byte-order mark wins, then a charset the document declares, then UTF-8 if the
 * bytes are valid UTF-8, else windows-1252 (the usual mislabelled Latin page). Invalid bytes become U+FFFD, never
 * an exception.
 */
public final class TextDecoder {
    private static final Pattern DECLARED = Pattern.compile(
        "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([a-z0-9_:.-]{2,40})");
    private static final int SNIFF_WINDOW = 4096;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes bytes that came with a charset from their transport (an HTTP {@code Content-Type}): after a byte-order
     * mark, that label outranks what the document declares, as in browsers; the usual chain decides without one.
     *
     * @param transportCharset the charset name the transport gave, or null
     */
    public String decode(byte[] bytes, String transportCharset) {
        // a byte-order mark outranks everything, the transport's label included
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return lenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset transport = transportCharset == null ? null : charsetNamed(transportCharset);
        if (transport != null) {
            return decodeLabelled(bytes, transport);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return decodeLabelled(bytes, declared);
        }
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return strict;
        }
        return lenient(bytes, 0, declared != null ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    private static String decodeLabelled(byte[] bytes, Charset label) {
        // Pages often declare Latin-1 yet are written in UTF-8; trust valid UTF-8 over the label.
        String strict = strictUtf8(bytes);
        if (label.equals(StandardCharsets.UTF_8)) {
            return strict != null ? strict : lenient(bytes, 0, StandardCharsets.UTF_8);
        }
        return strict != null && hasNonAscii(bytes) ? strict : lenient(bytes, 0, label);
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_WINDOW), StandardCharsets.ISO_8859_1);
        String lower = head.toLowerCase(Locale.ROOT);
        if (!lower.contains("charset") && !lower.contains("encoding")) {
            return null;
        }
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        return charsetNamed(m.group(1));
    }

    /** The charset a label names, read as browsers read it; null when unknown. */
    static Charset charsetNamed(String label) {
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        // Browsers read these labels as windows-1252; so do we.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException invalid) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
