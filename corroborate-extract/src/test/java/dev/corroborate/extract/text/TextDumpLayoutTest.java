package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** Page layouts that part an article's text in a dump: fact boxes, photo credits, empty widgets. */
class TextDumpLayoutTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String OPENING = """
        Home
        Sport
        Velor Rovers and Harlan City meet in the Lakeside Cup final
        By Ona Brask
        The Lakeside Cup final on Saturday brings together two clubs that have not met in a final for more than twenty years, and both arrive in form.
        Velor Rovers won nine of their last ten league games, while Harlan City have not conceded a goal since the end of January.
        Tickets for the home end sold out within an hour, the organisers said on Tuesday.
        """;
    private static final String CLOSING = """
        Rovers coach Ilse Marr said her players had trained at the stadium twice this week to get used to the pitch.
        Harlan City captain Teo Vance is expected to return from a hamstring injury, though the club has not confirmed it.
        The winner of the final earns a place in the regional league cup next season, and a prize of forty thousand crowns.
        """;

    @Test
    void factBoxOfLabelledLinesDoesNotSplitTheArticle() throws Exception {
        String body = extract(OPENING + """
            How to watch the Lakeside Cup final
            Date: Saturday, March 22 | Kick-off: 3:30 p.m.
            Location: Lakeside Stadium in the old harbour district
            TV: Velor One | Live stream: Velor Play (free)
            Radio: Harbour FM with commentary from the stands
            Rovers and Harlan City: what to know
            """ + CLOSING + "Copyright © 2025 Lakeside Sport\n").body();

        assertTrue(body.startsWith("The Lakeside Cup final on Saturday"), body);
        assertTrue(body.endsWith("a prize of forty thousand crowns."), body);
    }

    @Test
    void repeatedPhotoCreditsDoNotSplitTheArticle() throws Exception {
        String body = extract(OPENING + """
            Photographer: Mara Feld. Creative Director: Ivo Lenz.
            Photographer: Mara Feld. Creative Director: Ivo Lenz.
            Photographer: Mara Feld. Creative Director: Ivo Lenz.
            """ + CLOSING + """
            Photographer: Mara Feld. Creative Director: Ivo Lenz.
            More long reads from Lakeside Sport this week and last
            """).body();

        assertTrue(body.startsWith("The Lakeside Cup final on Saturday"), body);
        assertTrue(body.endsWith("a prize of forty thousand crowns."), body);
        assertFalse(body.contains("Photographer"), body);
    }

    @Test
    void articleGoesOnPastAnEmptyWidgetLabel() throws Exception {
        String body = extract(OPENING + "More From Lakeside Sport\n" + """
            Marr, who took over at Rovers last summer, has changed the side's shape to play with three forwards this year.
            Her approach has brought the club its best scoring record in a decade, with forty goals from twenty games.
            Harlan City will look to slow the game down, as they did when the two sides drew in the league in January.
            """ + "Copyright © 2025 Lakeside Sport\n").body();

        assertTrue(body.endsWith("drew in the league in January."), body);
        assertFalse(body.contains("More From"), body);
    }

    @Test
    void teaserSentencesUnderAReadNextLabelAreNotJoined() throws Exception {
        String body = extract(OPENING + "Read next:\n" + """
            Orchard growers expect a record apple harvest. Here is why prices in the market may drop this autumn.
            A new night train links Marden and Oska. Here is what tickets cost and where the sleeping carriages stop.
            """ + "Copyright © 2025 Lakeside Sport\n").body();

        assertTrue(body.endsWith("the organisers said on Tuesday."), body);
    }

    private Article extract(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump));
    }
}
