package dev.corroborate.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.corroborate.core.Span;

/**
 * The grammatical gender an article gives each person, learned from the text so that "she" skips the men named
 * last: an honorific before a mention (Mr / Mrs, Ms, Miss) counts strongly, and the first he/his/him or she/her that
 * follows a mention, before anyone else is named in the paragraph and outside quotes, counts once. A person with no
 * clear majority stays unknown and fits either pronoun.
 */
final class PersonGenders {
    /** A grammatical gender, as the article's pronouns show it. */
    enum Gender { MALE, FEMALE }

    private static final Set<String> MALE_WORDS = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE_WORDS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "sir");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "ms", "miss", "dame");
    private static final int HONORIFIC_VOTES = 3;
    /** How far after a mention its pronoun may come. */
    private static final int PRONOUN_REACH = 200;

    private final Map<String, Gender> genders;

    private PersonGenders(Map<String, Gender> genders) {
        this.genders = genders;
    }

    static PersonGenders learn(String text, ArticlePeople people, List<Span> quotes) {
        Map<String, int[]> votes = new HashMap<>(); // {male, female}
        List<PersonMention> mentions = people.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            PersonMention m = mentions.get(i);
            int[] v = votes.computeIfAbsent(m.person(), k -> new int[2]);
            String honorific = wordBefore(text, m.span().start());
            if (MALE_HONORIFICS.contains(honorific)) {
                v[0] += HONORIFIC_VOTES;
            } else if (FEMALE_HONORIFICS.contains(honorific)) {
                v[1] += HONORIFIC_VOTES;
            }
            int limit = Math.min(text.length(), m.span().end() + PRONOUN_REACH);
            if (i + 1 < mentions.size()) {
                limit = Math.min(limit, mentions.get(i + 1).span().start());
            }
            int paragraph = text.indexOf("\n\n", m.span().end());
            if (paragraph >= 0) {
                limit = Math.min(limit, paragraph);
            }
            Gender first = firstPronoun(text, m.span().end(), limit, quotes);
            if (first != null) {
                v[first == Gender.MALE ? 0 : 1]++;
            }
        }
        Map<String, Gender> out = new HashMap<>();
        votes.forEach((person, v) -> {
            if (v[0] > v[1]) {
                out.put(person, Gender.MALE);
            } else if (v[1] > v[0]) {
                out.put(person, Gender.FEMALE);
            }
        });
        return new PersonGenders(out);
    }

    /** @return the gender a pronoun asks for, or null for one that fits anyone ("they", "I") */
    static Gender of(String pronoun) {
        String w = pronoun.toLowerCase(Locale.ROOT);
        return MALE_WORDS.contains(w) ? Gender.MALE : FEMALE_WORDS.contains(w) ? Gender.FEMALE : null;
    }

    /** Whether a person can be what a pronoun of this gender refers to: yes unless the article says otherwise. */
    boolean fits(String person, Gender wanted) {
        Gender known = genders.get(person);
        return wanted == null || known == null || known == wanted;
    }

    private static Gender firstPronoun(String text, int from, int to, List<Span> quotes) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            boolean quoted = quotes.stream().anyMatch(q -> q.start() <= start && start < q.end());
            Gender g = of(text.substring(start, i));
            if (g != null && !quoted) {
                return g;
            }
            if (!quoted && Character.isUpperCase(text.charAt(start)) && midSentence(text, start)
                && PersonEvidence.verbFollows(text, i)) {
                return null; // "Vell said Palacios was recruited ... him": the pronoun is the newer subject's
            }
        }
        return null;
    }

    private static boolean midSentence(String text, int wordStart) {
        int i = wordStart;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && i < wordStart && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ',');
    }

    /** The word right before a position, lower-case and without a full stop: "Ms." before a name gives "ms". */
    private static String wordBefore(String text, int position) {
        int end = position;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '.')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
