package dev.corroborate.extract.text;

/**
 * One non-blank line of a text dump.
 *
 * @param index position among the dump's non-blank lines
 * @param text  the line, trimmed
 * @param kind  its classification
 * @param words how many words it has
 */
record DumpLine(int index, String text, LineKind kind, int words) {
    /**
     * Whether the line holds a letter: a line of bare figures ("12", "7-7", "48.2%") is a cell of a table or chart the
     * dump printed one value a line, never a sentence of the article.
     */
    boolean hasLetter() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
