package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A byline may name, after the writer, the outlet or institution the story comes from ("By Ona Brask, Valley
 * Science News"; "By Ona Brask, Harlan Institute of Soil and Water Research"), which reads as more people. The page
 * credits that source again, in its copyright line or a "Provided by" note: a name it credits so is no writer.
 */
final class CreditedSource {
    /** "Provided by …", "Source: …": a note under the story crediting where it came from. */
    private static final Pattern SOURCE_NOTE = Pattern.compile("(?i)^(?:provided by|source:|courtesy of)\\s");

    private CreditedSource() {
    }

    /**
     * @param names the people a byline names, the writer first
     * @param lines the whole dump
     * @return the names without those after the first that the page credits as its source
     */
    static List<String> withoutSources(List<String> names, List<DumpLine> lines) {
        if (names.size() < 2) {
            return names;
        }
        List<DumpLine> credits = lines.stream()
            .filter(line -> SOURCE_NOTE.matcher(line.text()).lookingAt() || BoilerplateLexicon.isCopyright(line.text()))
            .toList();
        List<String> writers = new ArrayList<>(List.of(names.get(0)));
        for (String name : names.subList(1, names.size())) {
            if (credits.stream().noneMatch(line -> line.text().contains(name))) {
                writers.add(name);
            }
        }
        return writers;
    }
}
