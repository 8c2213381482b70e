package dev.corroborate.extract;

/** Counts words the way every extractor here measures text: runs of letters and digits, "don't" and "co-op" one each. */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        return count(text, Integer.MAX_VALUE);
    }

    /** True when {@code text} has {@code least} words or more: the scan stops at the word that makes them. */
    public static boolean atLeast(CharSequence text, int least) {
        return count(text, least) >= least;
    }

    /** The words of {@code text}, counted up to {@code most}. */
    private static int count(CharSequence text, int most) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && n < most; i++) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                if (!inWord) {
                    n++;
                }
                inWord = true;
            } else if (!(inWord && (c == '\'' || c == '’' || c == '.' || c == '-'))) {
                inWord = false;
            }
        }
        return n;
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII, most of any text, decided without its tables. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
        }
        return Character.isLetterOrDigit(c);
    }
}
