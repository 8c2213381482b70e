package dev.corroborate.eval.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the JSONL grouping gold. */
class GoldPageTest {
    @TempDir
    Path dir;

    @Test
    void readsTheThreeFieldsAndIgnoresTheRest() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
            "{\"source\": \"demo/01.txt\", \"event\": \"A1\", \"storyline\": \"A\", \"title\": \"x\", \"speakers\": []}\n"
                + "\n"
                + "{\"source\": \"demo/02.html\", \"event\": 7, \"storyline\": \"B\"}\n");
        assertEquals(List.of(new GoldPage("demo/01.txt", "A1", "A"), new GoldPage("demo/02.html", "7", "B")),
            GoldPage.readAll(gold));
    }

    @Test
    void aMissingFieldNamesTheLine() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
            "{\"source\": \"a.txt\", \"event\": \"A1\", \"storyline\": \"A\"}\n{\"source\": \"b.txt\", \"event\": \"A1\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldPage.readAll(gold));
        assertEquals(gold + ":2: missing \"storyline\"", e.getMessage());
    }

    @Test
    void aRepeatedSourceIsAnError() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"),
            "{\"source\": \"a.txt\", \"event\": \"1\", \"storyline\": \"A\"}\n"
                + "{\"source\": \"a.txt\", \"event\": \"2\", \"storyline\": \"A\"}\n");
        assertThrows(IllegalArgumentException.class, () -> GoldPage.readAll(gold));
    }
}
