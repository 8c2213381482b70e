package dev.corroborate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SpacesTest {
    @Test
    void collapsesRunsOfAsciiWhitespaceToOneSpace() {
        assertEquals(" The mayor\u00a0of Lindenfield said so. ",
            Spaces.collapse("\t\nThe  mayor\u00a0of \r\n Lindenfield\u000Bsaid\fso.  "));
    }

    @Test
    void returnsTextAlreadyCollapsedUncopied() {
        String text = "Councillor Brandt spoke for an hour.";
        assertSame(text, Spaces.collapse(text));
    }

    @Test
    void agreesWithTheRegexOnRandomText() {
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00a0', '\u2003', '\u3000', '.'};
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            assertEquals(text.replaceAll("\\s+", " "), Spaces.collapse(text), () -> "for " + text.chars().boxed().toList());
        }
    }
}
