package dev.corroborate.extract.text;

/**
 * Tells a line written as a headline ("Fifteen Soldiers Killed in Three Days") from one written as a sentence
 * ("Updated wide camera with faster autofocus"): headlines capitalise most of their longer words.
 */
final class TitleCase {
    /** Words this short ("in", "of", "the", "and") stay lower-case in a headline. */
    private static final int MIN_LETTERS = 4;
    private static final double MIN_CAPITALISED = 0.6;

    private TitleCase() {
    }

    /** Whether most words of four letters or more after the first start with a capital. */
    static boolean isTitleCase(String line) {
        int longer = 0;
        int capitalised = 0;
        boolean first = true;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && !Character.isLetter(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '\'' || line.charAt(i) == '’')) {
                i++;
            }
            if (i == start) {
                continue;
            }
            if (first) {
                first = false;
            } else if (i - start >= MIN_LETTERS) {
                longer++;
                if (Character.isUpperCase(line.charAt(start))) {
                    capitalised++;
                }
            }
        }
        return longer > 0 && capitalised >= MIN_CAPITALISED * longer;
    }
}
