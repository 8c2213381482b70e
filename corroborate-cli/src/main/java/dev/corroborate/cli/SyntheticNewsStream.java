package dev.corroborate.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.Person;
import dev.corroborate.core.Published;
import dev.corroborate.core.SpeechKind;
import dev.corroborate.core.Span;
import dev.corroborate.core.Statement;

/**
 * A deterministic stream of invented news articles for benchmarks, in publication order: each day a few dozen
 * events of one to six articles, each event on one of a few hundred running topics, each topic with its own
 * vocabulary and people. Words are made from syllables, so nothing here is real text; the vocabulary is tens of
 * thousands of words with a long-tailed use, as in news. The articles come already analysed (people, statements),
 * so a benchmark measures grouping alone.
 */
final class SyntheticNewsStream implements Iterable<AnalysedArticle> {
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "ven", "dra", "sul", "pe", "tor", "an", "bel",
        "cor", "dun", "el", "fa", "gor", "hal", "is", "jun", "kel", "lam", "mo", "nir", "os", "pra", "quin", "ras",
        "sel", "tam", "ul", "vor", "wen", "yar", "zel", "bri", "cha", "dor", "fen", "gil", "hon", "ith"};
    private static final String[] FIRST_NAMES = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta",
        "Hugo", "Ines", "Jonas", "Katya", "Luca", "Marta", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tara", "Viktor"};
    private static final String[] CUES = {"said", "told reporters", "announced", "warned", "added"};
    private static final int VOCABULARY = 30_000;
    private static final int TOPICS = 300;
    private static final int TOPIC_WORDS = 80;
    private static final int PEOPLE_PER_TOPIC = 6;
    private static final int EVENTS_PER_DAY = 12;
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    private final int pages;
    private final long seed;
    private final String[] vocabulary;
    private final String[][] topicWords;
    private final String[][] topicPeople;

    SyntheticNewsStream(int pages, long seed) {
        this.pages = pages;
        this.seed = seed;
        Random random = new Random(seed);
        vocabulary = new String[VOCABULARY];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < VOCABULARY; i++) {
            String w;
            do {
                w = word(random, 2 + random.nextInt(3));
            } while (!seen.add(w));
            vocabulary[i] = w;
        }
        topicWords = new String[TOPICS][TOPIC_WORDS];
        topicPeople = new String[TOPICS][PEOPLE_PER_TOPIC];
        for (int t = 0; t < TOPICS; t++) {
            for (int i = 0; i < TOPIC_WORDS; i++) {
                topicWords[t][i] = vocabulary[zipf(random, VOCABULARY)];
            }
            for (int i = 0; i < PEOPLE_PER_TOPIC; i++) {
                String surname = word(random, 3);
                topicPeople[t][i] = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                    + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
            }
        }
    }

    @Override
    public Iterator<AnalysedArticle> iterator() {
        return new Iterator<>() {
            private final Random random = new Random(seed * 31 + 7);
            private final List<AnalysedArticle> today = new ArrayList<>();
            /** Articles published the day after their event. */
            private List<AnalysedArticle> tomorrow = new ArrayList<>();
            private int day;
            private int emitted;
            private int eventNumber;

            @Override
            public boolean hasNext() {
                return emitted < pages;
            }

            @Override
            public AnalysedArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                while (today.isEmpty()) {
                    fillDay();
                }
                emitted++;
                return today.remove(0);
            }

            private void fillDay() {
                LocalDate date = START.plusDays(day++);
                List<AnalysedArticle> next = new ArrayList<>();
                today.addAll(tomorrow);
                for (int e = 0; e < EVENTS_PER_DAY; e++) {
                    int size = 1 + random.nextInt(6);
                    int topic = zipf(random, TOPICS);
                    String[] eventWords = new String[10];
                    for (int i = 0; i < eventWords.length; i++) {
                        eventWords[i] = vocabulary[random.nextInt(VOCABULARY)];
                    }
                    String speaker = topicPeople[topic][random.nextInt(PEOPLE_PER_TOPIC)];
                    String other = topicPeople[topic][random.nextInt(PEOPLE_PER_TOPIC)];
                    int number = eventNumber++;
                    for (int a = 0; a < size; a++) {
                        boolean late = random.nextInt(4) == 0;
                        LocalDate published = late ? date.plusDays(1) : date;
                        AnalysedArticle article = article(random, String.format("syn-%07d-%d", number, a), published,
                            topic, eventWords, speaker, other);
                        (late ? next : today).add(article);
                    }
                }
                today.sort(java.util.Comparator.comparing((AnalysedArticle x) -> x.article().published().time())
                    .thenComparing(AnalysedArticle::id));
                tomorrow = next;
            }
        };
    }

    private AnalysedArticle article(Random random, String id, LocalDate day, int topic, String[] eventWords,
                                    String speaker, String other) {
        StringBuilder body = new StringBuilder();
        List<Statement> statements = new ArrayList<>();
        int sentences = 10 + random.nextInt(10);
        for (int s = 0; s < sentences; s++) {
            int start = body.length();
            int words = 8 + random.nextInt(12);
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < words; w++) {
                int pick = random.nextInt(10);
                String word = pick < 5 ? vocabulary[zipf(random, VOCABULARY)]
                    : pick < 8 ? topicWords[topic][random.nextInt(TOPIC_WORDS)]
                    : eventWords[random.nextInt(eventWords.length)];
                sentence.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
            }
            boolean quote = s % 3 == 1;
            String who = s % 2 == 0 ? speaker : other;
            if (quote) {
                sentence.append(CUES[random.nextInt(CUES.length)]).append(' ').append(who);
            }
            body.append(sentence.toString().trim()).append(". ");
            if (quote) {
                Span span = new Span(start, body.length() - 1);
                statements.add(new Statement(who, who, SpeechKind.REPORTED, "said", span, span, day, null));
            }
            if (s % 4 == 3) {
                body.append("\n\n");
            }
        }
        String title = Character.toUpperCase(eventWords[0].charAt(0)) + eventWords[0].substring(1) + " "
            + eventWords[1] + " " + topicWords[topic][0] + " " + topicWords[topic][1];
        Published published = new Published(day, LocalTime.of(6 + random.nextInt(14), random.nextInt(60)),
            ZoneOffset.UTC);
        Article article = new Article(id, "synthetic/" + id + ".txt", null, title, published,
            "Outlet " + random.nextInt(200), List.of(), "en", body.toString().trim());
        List<Person> people = List.of(new Person(speaker, List.of(), List.of()), new Person(other, List.of(), List.of()));
        return new AnalysedArticle(article, List.of(), people, statements, null);
    }

    private static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    /** A rank from 0 to n-1 drawn with a roughly Zipfian (1/rank) law, as word use in text is. */
    private static int zipf(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1)) - 1));
    }
}
