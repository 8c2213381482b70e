package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A slideshow set after (or before) the article: "1 of 24", "2 of 24", ... each over a picture's credit, its title
 * and a sentence or two about it. A lone counter sits with an inline photo and is a caption; but a run of slides is a
 * gallery of its own, whose texts are the pictures', not the article's. Its counters part the gallery from the
 * article as a section boundary does, so the body neither runs on into the slides nor is taken from them.
 */
final class SlideShow {
    /** A carousel of a few photos inside the article prints a few counters; a slideshow runs on. */
    private static final int MIN_SLIDES = 5;

    private SlideShow() {
    }

    /** The lines, with the counters of a slideshow made boundaries. */
    static List<DumpLine> mark(List<DumpLine> lines) {
        List<Integer> counters = counters(lines);
        if (counters.size() < MIN_SLIDES) {
            return lines;
        }
        List<DumpLine> out = new ArrayList<>(lines);
        for (int k : counters) {
            DumpLine line = lines.get(k);
            out.set(k, new DumpLine(k, line.text(), LineKind.BOUNDARY, line.words()));
        }
        return out;
    }

    /**
     * The rows of the one slideshow's counters: the same total, each number above the last. A dump with two
     * slideshows, or counters out of order, is left as it is.
     */
    private static List<Integer> counters(List<DumpLine> lines) {
        List<Integer> rows = new ArrayList<>();
        int total = -1;
        int last = 0;
        for (DumpLine line : lines) {
            Matcher m = BoilerplateLexicon.GALLERY_COUNTER.matcher(line.text());
            if (!m.matches()) {
                continue;
            }
            int number = Integer.parseInt(m.group(1));
            int of = Integer.parseInt(m.group(2));
            if (total >= 0 && of != total || number <= last || number > of) {
                return List.of();
            }
            total = of;
            last = number;
            rows.add(line.index());
        }
        return rows;
    }
}
