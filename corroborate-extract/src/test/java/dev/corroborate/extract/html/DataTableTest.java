package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class DataTableTest {
    private static final String STORY = "<p>The Brindlemoor Otters beat the Harbourside Gulls 3-1 on Sunday, their fourth "
        + "win in a row, and moved to the top of the coastal league for the first time since the club was founded.</p>"
        + "<p>The Otters' coach, Wenna Callow, said the squad had trained twice a day through the cold spell and that the "
        + "run owed more to patience than to luck.</p>";
    private static final String STANDINGS = "<table><tr><th>Team</th><th>Played</th><th>Points</th></tr>"
        + "<tr><td>Brindlemoor Otters</td><td>12</td><td>28</td></tr>"
        + "<tr><td>Harbourside Gulls</td><td>12</td><td>25</td></tr></table>";

    private static Element table(String html) {
        return Jsoup.parse(html).selectFirst("table");
    }

    @Test
    void aGridOfShortCellsIsData() {
        assertTrue(DataTable.is(table(STANDINGS)));
    }

    @Test
    void aTableThatLaysOutProseIsNotData() {
        String layout = "<table><tr><td>Menu</td><td>" + STORY + "</td></tr><tr><td></td><td>Footer</td></tr></table>";
        assertFalse(DataTable.is(table(layout)));
    }

    @Test
    void aSingleColumnOrASingleRowIsNotAGrid() {
        assertFalse(DataTable.is(table("<table><tr><td>Otters</td></tr><tr><td>Gulls</td></tr></table>")));
        assertFalse(DataTable.is(table("<table><tr><td>Otters</td><td>28</td></tr></table>")));
    }

    @Test
    void aTableHoldingAnotherIsLayout() {
        assertFalse(DataTable.is(table("<table><tr><td>" + STANDINGS + "</td><td>Side</td></tr>"
            + "<tr><td>a</td><td>b</td></tr></table>")));
    }

    @Test
    void theStandingsTableIsLeftOutOfTheArticle() throws NoArticleException {
        String html = "<html><body><article>" + STORY + STANDINGS + "<p>The Otters play the Gulls again in March, at "
            + "home, and the club expects its largest crowd of the season.</p></article></body></html>";
        String body = new HtmlArticleExtractor().extract(
            new Page("id", "t.html", "https://sport.example.com/otters", null, PageFormat.HTML, html)).body();
        assertFalse(body.contains("Played"), body);
        assertFalse(body.contains("28"), body);
        assertTrue(body.endsWith("largest crowd of the season."), body);
    }
}
