package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ParagraphRendererTest {
    private static List<String> render(String bodyHtml) {
        Element body = Jsoup.parse("<body>" + bodyHtml + "</body>").body();
        return new ParagraphRenderer().render(List.of(body), TextMeasure.over(body, 16));
    }

    @Test
    void spacesCollapseAndInvisibleCharactersVanishInsideAndBetweenRuns() {
        assertEquals(List.of("The Larkholm ferry runs again."),
            render("<p>  The\u00a0Lark\u200bholm \n\t fer\u00adry <b>runs</b>\u2003again. </p>"));
    }

    @Test
    void blocksMakeParagraphsAndBreaksMakeLines() {
        assertEquals(List.of("Ida Fenn, mayor", "Tom Reed said: “It is back.”\nSo it is.", "Café Über — open"),
            render("<div><p>Ida Fenn, mayor</p><p>Tom Reed said: “It is back.”<br> So it is.</p>Café<i> Über</i> — open</div>"));
    }
}
