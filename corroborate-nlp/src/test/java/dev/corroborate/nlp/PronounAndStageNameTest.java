package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;

/** Who a "he" or "she" is, and stage names as canonical names, on hand-written bodies. */
class PronounAndStageNameTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void stageNameBecomesTheCanonicalName() {
        String body = "Tomas Vrell, known by his stage name Kestrix, played two nights in Marden.\n\n"
            + "Kestrix says the tour will end in June.\n\n"
            + "\"Every hall has been full and the crowds sing every word back to us,\" he said.";

        assertEquals(List.of("Kestrix | the tour will end in June",
                "Kestrix | Every hall has been full and the crowds sing every word back to us,"),
            speakers(body));
    }

    @Test
    void betterKnownAsWorksTheSameWay() {
        String body = "Ilse Marrow, better known as Dj Wren, opened the festival on Friday. "
            + "Wren said the crowd was the largest she had seen in years.";

        assertEquals(List.of("Dj Wren | the crowd was the largest she had seen in years"), speakers(body));
    }

    @Test
    void sheSkipsTheManNamedLast() {
        String body = "Ms. Oda Brenn runs the ferry office in Marden. She took over the post last year.\n\n"
            + "Brenn said the winter timetable would start early.\n\n"
            + "Her deputy, Mr. Aurel Stam, handles the night crossings. He joined in 2019.\n\n"
            + "\"We have never had so many bookings before the autumn,\" she said.";

        assertEquals(List.of("Oda Brenn | the winter timetable would start early",
                "Oda Brenn | We have never had so many bookings before the autumn,"),
            speakers(body));
    }

    @Test
    void heSkipsAPersonNamedAsAnObject() {
        String body = "Pavo Lind grew up in Marden, where he first sang in a church choir.\n\n"
            + "Lind said the town shaped every song on the record.\n\n"
            + "He remembers listening to the singer Ruben Aske for hours as a boy. "
            + "\"I learned more from those tapes than from any teacher I ever had,\" he said.";

        assertEquals(List.of("Pavo Lind | the town shaped every song on the record",
                "Pavo Lind | I learned more from those tapes than from any teacher I ever had,"),
            speakers(body));
    }

    @Test
    void theNamedOwnerOfDataOrAReportSpeaks() {
        String body = "Harbour traffic fell by a third in March, according to Quorix data.\n\n"
            + "Auditor Mela Strand wrote the review. Strand's report said the ferry fund was short by two million.\n\n"
            + "Tuesday's report said the ramps would need new steel before winter.";

        assertEquals(List.of("Quorix | Harbour traffic fell by a third in March",
                "Mela Strand | the ferry fund was short by two million"),
            speakers(body));
    }

    private List<String> speakers(String body) {
        Article article = new Article("a1", "a1.txt", null, "Headline", null, "The Marden Ledger", List.of(), "en",
            body);
        return reader.read(article).statements().stream()
            .map(s -> s.speaker() + " | " + s.content().of(body)).toList();
    }
}
