package dev.corroborate.extract.html;

import org.jsoup.nodes.Element;

/**
 * Tells a table of data (a spec sheet, a price or score grid, a schedule, a stock ticker) from a table used for
 * layout. A data table reads as rows of short cells with no sentence flowing through them; its cells, strung
 * together as text, are no part of the article's prose, and reference extractions leave them out.
 */
final class DataTable {
    /** A cell with more text than this (characters) holds prose: the table lays out a page rather than data. */
    private static final int MAX_CELL_CHARS = 250;
    /** A single row is a box or a caption laid out as a table, not a grid. */
    private static final int MIN_ROWS = 2;
    /** Past this many cells, a table is a grid whatever it holds; the walk stops looking. */
    private static final int MAX_CELLS_CHECKED = 2_000;

    private DataTable() {
    }

    /** True for a {@code table} of two rows or more, one of them of two cells or more, and no long cell. */
    static boolean is(Element table) {
        if (!table.normalName().equals("table") || table.getElementsByTag("table").size() > 1) {
            // a table inside a table is page layout
            return false;
        }
        int rows = 0;
        boolean grid = false;
        int cells = 0;
        for (Element row : table.getElementsByTag("tr")) {
            rows++;
            int inRow = 0;
            for (Element cell : row.children()) {
                String tag = cell.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                inRow++;
                if (++cells > MAX_CELLS_CHECKED) {
                    return rows >= MIN_ROWS && grid;
                }
                if (cell.text().length() > MAX_CELL_CHARS) {
                    return false;
                }
            }
            grid |= inRow >= 2;
        }
        return rows >= MIN_ROWS && grid;
    }
}
