package dev.corroborate.eval.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 reading: quoting, embedded line breaks, doubled quotes and the malformed cases. */
class CsvReaderTest {

    private static List<List<String>> read(String csv) throws IOException {
        return CsvReader.readAll(new StringReader(csv));
    }

    @Test
    void plainRecordsWithOrWithoutFinalLineBreak() throws IOException {
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), read("a,b\n1,2\n"));
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), read("a,b\n1,2"));
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), read("a,b\r\n1,2\r\n"));
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws IOException {
        String csv = "id,body\n0,\"He said, \"\"no\"\".\n\nThen left.\"\n1,\"x\r\ny\"\n";
        assertEquals(List.of(
            List.of("id", "body"),
            List.of("0", "He said, \"no\".\n\nThen left."),
            List.of("1", "x\r\ny")), read(csv));
    }

    @Test
    void emptyFieldsAreKept() throws IOException {
        assertEquals(List.of(List.of("", "", "")), read(",,\n"));
        assertEquals(List.of(List.of("a", "")), read("a,\"\""));
        assertEquals(List.of(List.of("")), read("\"\"\n"));
    }

    @Test
    void byteOrderMarkAndBlankLinesAreDropped() throws IOException {
        assertEquals(List.of(List.of("a"), List.of("b")), read("\uFEFFa\n\nb\n"));
    }

    @Test
    void malformedQuotingIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> read("a,\"open\n"));
        assertThrows(IllegalArgumentException.class, () -> read("a,\"x\"y\n"));
        assertThrows(IllegalArgumentException.class, () -> read("a,b\"c\n"));
    }
}
