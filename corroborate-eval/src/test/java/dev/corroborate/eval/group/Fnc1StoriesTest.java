package dev.corroborate.eval.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story clusters from headline-body stances, on a split written here (FNC-1 itself is not copied). */
class Fnc1StoriesTest {
    @TempDir
    Path dir;

    @Test
    void bodiesSharingARelatedHeadlineFormOneStory() {
        Map<String, String> bodies = Map.of("1", "one", "3", "three", "4", "four", "5", "five", "10", "ten",
            "9", "nine");
        List<Fnc1Stories.Stance> stances = List.of(
            new Fnc1Stories.Stance("H1", "1", "agree"),
            new Fnc1Stories.Stance("H1", "3", "discuss"),
            new Fnc1Stories.Stance("H2", "3", "disagree"),
            new Fnc1Stories.Stance("H2", "4", "agree"),
            // Unrelated pairs link nothing, even when the headline is related elsewhere.
            new Fnc1Stories.Stance("H1", "5", "unrelated"),
            new Fnc1Stories.Stance("H3", "5", "unrelated"),
            new Fnc1Stories.Stance("H3", "9", "unrelated"),
            new Fnc1Stories.Stance("H4", "10", "discuss"),
            new Fnc1Stories.Stance("H4", "9", "agree"));
        Fnc1Stories stories = Fnc1Stories.derive(bodies, stances);
        assertEquals(List.of("1", "3", "4", "5", "9", "10"), List.copyOf(stories.bodies().keySet()));
        // Named by the numerically smallest body: story-9, not story-10.
        assertEquals(Map.of("1", "story-1", "3", "story-1", "4", "story-1", "5", "story-5", "9", "story-9",
            "10", "story-9"), stories.storyOf());
        assertEquals(3, stories.storyCount());
    }

    @Test
    void aStanceOnAnUnknownBodyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Fnc1Stories.derive(Map.of("1", "one"),
            List.of(new Fnc1Stories.Stance("H", "2", "agree"))));
    }

    @Test
    void aBodyBecomesItsParagraphsOneALine() {
        assertEquals("First para. \"Quoted.\"\nSecond para.\nThird.\n",
            Fnc1Stories.asPage("First para. \"Quoted.\" \n\n  Second para.\r\nThird.\n\n"));
    }

    @Test
    void readsTheCsvsAndWritesPagesAndGold() throws IOException {
        Files.writeString(dir.resolve("train_bodies.csv"),
            "Body ID,articleBody\n2,\"Body two, \"\"quoted\"\".\n\nSecond line.\"\n7,Body seven.\n11,\"Body eleven.\"\n");
        Files.writeString(dir.resolve("train_stances.csv"),
            "Headline,Body ID,Stance\n\"A headline, with comma\",2,agree\n\"A headline, with comma\",11,discuss\n"
                + "Other,7,unrelated\n");
        Fnc1Stories stories = Fnc1Stories.read(dir);
        assertEquals(3, stories.bodies().size());
        assertEquals(2, stories.storyCount());

        Path out = dir.resolve("out");
        stories.write(out);
        assertEquals("Body two, \"quoted\".\nSecond line.\n", Files.readString(out.resolve("pages/2.txt")));
        assertEquals("Body seven.\n", Files.readString(out.resolve("pages/7.txt")));
        assertEquals(List.of(
            "{\"source\":\"pages/2.txt\",\"event\":\"story-2\",\"storyline\":\"story-2\"}",
            "{\"source\":\"pages/7.txt\",\"event\":\"story-7\",\"storyline\":\"story-7\"}",
            "{\"source\":\"pages/11.txt\",\"event\":\"story-2\",\"storyline\":\"story-2\"}"),
            Files.readAllLines(out.resolve("gold.jsonl")));
        assertEquals(3, GoldPage.readAll(out.resolve("gold.jsonl")).size());
    }

    @Test
    void aWrongHeaderIsAnError() throws IOException {
        Files.writeString(dir.resolve("train_bodies.csv"), "id,text\n1,x\n");
        Files.writeString(dir.resolve("train_stances.csv"), "Headline,Body ID,Stance\n");
        assertThrows(IllegalArgumentException.class, () -> Fnc1Stories.read(dir));
    }
}
