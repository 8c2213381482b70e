package dev.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Person;
import dev.corroborate.core.Published;
import dev.corroborate.core.Span;
import dev.corroborate.core.SpeechKind;
import dev.corroborate.core.Statement;

class ArticleStoreTest {
    @TempDir
    Path folder;

    private static AnalysedArticle article(String id) {
        String body = "Mayor Ines Dorr said the tram line opens in May.";
        Article article = new Article(id, "in/" + id + ".txt", null, "Tram line opens in May",
            new Published(LocalDate.of(2025, 4, 2), LocalTime.of(9, 30), null), "The Marden Ledger",
            List.of("Eli Brandt"), "en", body);
        Statement said = new Statement("Ines Dorr", "Mayor Ines Dorr", SpeechKind.REPORTED, "said", new Span(20, 47),
            new Span(0, body.length()), LocalDate.of(2025, 4, 1), "on Tuesday");
        return new AnalysedArticle(article, List.of(new Span(0, body.length())),
            List.of(new Person("Ines Dorr", List.of("Dorr"), List.of("Mayor"))), List.of(said),
            new HeadlineCheck(true, 1.0, "all words found"));
    }

    @Test
    void articlesSurviveReopeningExactly() throws IOException {
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertTrue(store.add(article("a1")));
            assertFalse(store.add(article("a1")), "the same article is stored once");
        }
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertTrue(store.contains("a1"));
            assertEquals(List.of(article("a1")), store.articles());
        }
    }

    @Test
    void tornLastLineFromAKilledRunIsDroppedAndTheStoreStaysUsable() throws IOException {
        try (ArticleStore store = ArticleStore.open(folder)) {
            store.add(article("a1"));
            store.add(article("a2"));
        }
        Path journal = folder.resolve("articles.jsonl");
        Files.writeString(journal, "0badc0de\t{\"article\":{\"id\":\"a3\"", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertEquals(2, store.size());
            assertTrue(store.add(article("a3")));
        }
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertEquals(List.of("a1", "a2", "a3"), store.articles().stream().map(AnalysedArticle::id).toList());
            assertTrue(store.warnings().isEmpty());
        }
    }

    @Test
    void corruptLineInTheMiddleIsSkippedWithAWarning() throws IOException {
        try (ArticleStore store = ArticleStore.open(folder)) {
            store.add(article("a1"));
        }
        Path journal = folder.resolve("articles.jsonl");
        String good = Files.readString(journal);
        Files.writeString(journal, "ffffffff\t{garbage}\n" + good);
        try (ArticleStore store = ArticleStore.open(folder)) {
            assertEquals(List.of("a1"), store.articles().stream().map(AnalysedArticle::id).toList());
            assertEquals(1, store.warnings().size());
        }
    }

    @Test
    void aSecondProcessCannotOpenAStoreInUse() throws IOException {
        try (ArticleStore store = ArticleStore.open(folder)) {
            IOException e = assertThrows(IOException.class, () -> ArticleStore.open(folder));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
    }
}
