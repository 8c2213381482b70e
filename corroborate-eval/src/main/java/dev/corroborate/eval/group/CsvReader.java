package dev.corroborate.eval.group;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader for RFC 4180 CSV: comma-separated fields, records ended by CRLF or LF, fields in double quotes may hold
 * commas, line breaks and doubled quotes ({@code ""} for one {@code "}). A byte-order mark at the start is dropped
 * and a final line break does not make an empty record. Anything else malformed (an unclosed quote, text after a
 * closing quote) is an error naming the record, since a silently shifted field would corrupt every row after it.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /**
     * @param in the CSV text; read to the end, not closed
     * @return every record, header included, as its fields in order
     * @throws IllegalArgumentException for malformed quoting
     */
    public static List<List<String>> readAll(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;     // inside a quoted field
        boolean afterQuote = false; // just past the closing quote of a field
        boolean fieldStarted = false;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read();
        }
        for (; c != -1; c = in.read()) {
            char ch = (char) c;
            if (quoted) {
                if (ch != '"') {
                    field.append(ch);
                    continue;
                }
                int next = in.read();
                if (next == '"') {
                    field.append('"');
                    continue;
                }
                quoted = false;
                afterQuote = true;
                if (next == -1) {
                    break;
                }
                ch = (char) next;
            }
            switch (ch) {
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                    fieldStarted = true;
                }
                case '\r', '\n' -> {
                    if (ch == '\r') {
                        int next = in.read();
                        if (next != '\n') {
                            throw malformed(records.size() + 1, "carriage return without line feed");
                        }
                    }
                    if (fieldStarted || !record.isEmpty() || field.length() > 0 || afterQuote) {
                        record.add(field.toString());
                        records.add(List.copyOf(record));
                    }
                    record.clear();
                    field.setLength(0);
                    afterQuote = false;
                    fieldStarted = false;
                }
                case '"' -> {
                    if (afterQuote || field.length() > 0) {
                        throw malformed(records.size() + 1, "quote inside an unquoted field");
                    }
                    quoted = true;
                    fieldStarted = true;
                }
                default -> {
                    if (afterQuote) {
                        throw malformed(records.size() + 1, "text after a closing quote");
                    }
                    field.append(ch);
                    fieldStarted = true;
                }
            }
        }
        if (quoted) {
            throw malformed(records.size() + 1, "quoted field not closed before the end");
        }
        if (fieldStarted || !record.isEmpty() || field.length() > 0 || afterQuote) {
            record.add(field.toString());
            records.add(List.copyOf(record));
        }
        return records;
    }

    private static IllegalArgumentException malformed(int record, String why) {
        return new IllegalArgumentException("malformed CSV at record " + record + ": " + why);
    }
}
