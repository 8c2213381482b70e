package dev.corroborate.extract;

/** Counts words the way every extractor here measures text: runs of letters and digits, "don't" and "co-op" one each. */
public final class Words {
    private Words() {
    }

    public static int count(CharSequence text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
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
}
