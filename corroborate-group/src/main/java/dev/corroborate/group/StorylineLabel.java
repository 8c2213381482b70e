package dev.corroborate.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.corroborate.nlp.Terms;

/**
 * A storyline's label: its most weighted stems shown as real words ("Ukraine · NATO", not "ukrain · nato"). Each
 * stem is shown as the form its member articles' headlines most often write it in; a stem no headline contains
 * stays a stem. Headlines are what grouping keeps of an article's text, and the top stems come mostly from them.
 */
final class StorylineLabel {
    static final int TERMS = 4;

    /** The label of a storyline of these events. */
    static String of(List<EventCluster> events) {
        List<String> headlines = new ArrayList<>();
        for (EventCluster c : events) {
            c.members.stream().map(ArticleProfile::headline).filter(h -> h != null).forEach(headlines::add);
        }
        return of(TopTerms.of(Grouping.sum(events), TERMS), headlines);
    }

    /** The stems, each as its most frequent surface form in the headlines, joined for display. */
    static String of(List<String> stems, List<String> headlines) {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (String headline : headlines) {
            List<Terms.Word> written = Terms.words(headline);
            for (int i = 0; i < written.size(); i++) {
                Terms.Word w = written.get(i);
                // A headline's first word is capitalised whatever it is: weaker evidence of how the word is written.
                int weight = i == 0 ? 1 : 2;
                forms.computeIfAbsent(w.stem(), k -> new HashMap<>()).merge(w.surface(), weight, Integer::sum);
            }
        }
        List<String> words = new ArrayList<>(stems.size());
        for (String stem : stems) {
            words.add(mostFrequent(forms.getOrDefault(stem, Map.of()), stem));
        }
        return String.join(" · ", words);
    }

    /** The most frequent form; on a tie the lower-case one, then the alphabetically first, whatever the input order. */
    private static String mostFrequent(Map<String, Integer> forms, String fallback) {
        String best = null;
        for (var e : forms.entrySet()) {
            String form = e.getKey();
            if (best == null || e.getValue() > forms.get(best)
                || e.getValue().equals(forms.get(best)) && preferred(form, best)) {
                best = form;
            }
        }
        return best == null ? fallback : best;
    }

    private static boolean preferred(String form, String other) {
        boolean lower = form.equals(form.toLowerCase(Locale.ROOT));
        boolean otherLower = other.equals(other.toLowerCase(Locale.ROOT));
        return lower != otherLower ? lower : form.compareTo(other) < 0;
    }

    private StorylineLabel() {
    }
}
