package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of capitalised words read as [role] [name]: "NATO Secretary General Jens Stoltenberg" is the role
 * "NATO Secretary General" and the name "Jens Stoltenberg".
 *
 * @param role       the title words before the name, or null
 * @param name       the name words, possessive removed; empty when the phrase is not a person's name
 * @param honorific  whether "Mr", "Dr" and the like stood before it
 */
record NamePhrase(String role, List<String> name, boolean honorific) {
    private static final int MAX_NAME_TOKENS = 4;
    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.");

    /** Parses the words of a capitalised run (openers like "The" or "However" already may lead it). */
    static NamePhrase parse(List<String> words) {
        int from = 0;
        while (from < words.size() && Lexicon.OPENERS.contains(Lexicon.bare(words.get(from)))) {
            from++;
        }
        boolean honorific = false;
        int lastRole = -1;
        for (int i = from; i < words.size(); i++) {
            String bare = Lexicon.bare(words.get(i));
            if (Lexicon.isRoleWord(bare)) {
                lastRole = i;
            } else if (Lexicon.HONORIFICS.contains(bare)) {
                honorific = true;
                lastRole = Math.max(lastRole, i);
            }
        }
        if (lastRole < from && words.size() - from >= 3 && words.get(from).indexOf('-') > 0) {
            lastRole = from; // "Oscar-winner Olivia Colman": a hyphenated descriptor, not a first name
        }
        List<String> name = new ArrayList<>();
        for (int i = Math.max(from, lastRole + 1); i < words.size(); i++) {
            name.add(stripPossessive(words.get(i)));
        }
        String role = null;
        if (lastRole >= from) {
            List<String> roleWords = new ArrayList<>();
            for (int i = from; i <= lastRole; i++) {
                String bare = Lexicon.bare(words.get(i));
                if (!Lexicon.HONORIFICS.contains(bare)) {
                    roleWords.add(words.get(i));
                }
            }
            role = roleWords.isEmpty() ? null : String.join(" ", roleWords);
        }
        if (!isName(name) || name.get(0).endsWith("ing") && from == 0 && lastRole < 0) {
            name = List.of();
        }
        return new NamePhrase(role, List.copyOf(name), honorific);
    }

    private static boolean isName(List<String> name) {
        if (name.isEmpty() || name.size() > MAX_NAME_TOKENS) {
            return false;
        }
        for (int i = 0; i < name.size(); i++) {
            String token = name.get(i);
            if (i > 0 && i < name.size() - 1 && MIDDLE_INITIAL.matcher(token).matches()) {
                continue; // "Todd G. Rasmussen": a middle initial keeps its full stop
            }
            String bare = Lexicon.bare(token);
            if (Lexicon.NON_PERSON.contains(bare) || Lexicon.ACRONYM.matcher(token).matches()
                || token.endsWith(".") || !Character.isLetter(token.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static String stripPossessive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("'") || word.endsWith("’")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    boolean isPerson() {
        return !name.isEmpty() && (name.size() >= 2 || role != null || honorific);
    }

    boolean isFullName() {
        return name.size() >= 2;
    }
}
