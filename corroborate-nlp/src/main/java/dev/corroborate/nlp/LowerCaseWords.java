package dev.corroborate.nlp;

import java.util.HashSet;
import java.util.Set;

/**
 * The words a text writes in lower case. A capitalised word the same text also writes in lower case is an ordinary
 * word that opened a sentence or a label ("Take", "HOME"), not a name.
 */
final class LowerCaseWords {
    private LowerCaseWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && Character.isLowerCase(text.charAt(start))) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }
}
