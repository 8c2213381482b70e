package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SpeakerNamesTest {

    @Test
    void transliterationVariantsMeetUnderTheCommonerSpelling() {
        Map<String, String> map = SpeakerNames.canonicalMap(
            List.of("Oleksandr Marchenko", "Oleksandr Marchenkko", "Oleksandr Marchenko"));

        assertEquals(Map.of("Oleksandr Marchenko", "Oleksandr Marchenko",
            "Oleksandr Marchenkko", "Oleksandr Marchenko"), map);
    }

    @Test
    void commonerSpellingWinsEvenWhenLonger() {
        Map<String, String> map = SpeakerNames.canonicalMap(
            List.of("Mirela Zelenska", "Mirela Zelenskaa", "Mirela Zelenskaa"));

        assertEquals("Mirela Zelenskaa", map.get("Mirela Zelenska"));
    }

    @Test
    void tiedVariantsMeetUnderTheShorterSpelling() {
        Map<String, String> map = SpeakerNames.canonicalMap(List.of("Mirela Zelenskaa", "Mirela Zelenska"));

        assertEquals(Map.of("Mirela Zelenska", "Mirela Zelenska", "Mirela Zelenskaa", "Mirela Zelenska"), map);
    }

    @Test
    void tiedVariantsOfEqualLengthMeetUnderTheAlphabeticallyFirst() {
        Map<String, String> map = SpeakerNames.canonicalMap(List.of("Tomas Brevijk", "Tomas Breviik"));

        assertEquals("Tomas Breviik", map.get("Tomas Brevijk"));
        assertEquals("Tomas Breviik", map.get("Tomas Breviik"));
    }

    @Test
    void bareSurnameMapsToTheFullName() {
        assertEquals(Map.of("Orlik", "Hana Orlik", "Hana Orlik", "Hana Orlik"),
            SpeakerNames.canonicalMap(List.of("Orlik", "Hana Orlik")));
    }

    @Test
    void fullNameBeatsABareSurnameUsedMoreOften() {
        assertEquals("Hana Orlik", SpeakerNames.canonicalMap(List.of("Orlik", "Orlik", "Orlik", "Hana Orlik")).get("Orlik"));
    }

    @Test
    void differentGivenNamesAreDifferentPeople() {
        Map<String, String> map = SpeakerNames.canonicalMap(List.of("Ilse Varga", "Anna Varga"));

        assertEquals(Map.of("Ilse Varga", "Ilse Varga", "Anna Varga", "Anna Varga"), map);
    }

    @Test
    void shortSurnamesOneLetterApartAreDifferentPeople() {
        Map<String, String> map = SpeakerNames.canonicalMap(List.of("Ivo Rask", "Ivo Rusk"));

        assertEquals(Map.of("Ivo Rask", "Ivo Rask", "Ivo Rusk", "Ivo Rusk"), map);
    }

    @Test
    void surnamesTwoEditsApartAreDifferentPeople() {
        Map<String, String> map = SpeakerNames.canonicalMap(List.of("Mirela Dzhokar", "Mirela Dzokhar"));

        assertEquals(Map.of("Mirela Dzhokar", "Mirela Dzhokar", "Mirela Dzokhar", "Mirela Dzokhar"), map);
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<String> names = new ArrayList<>(List.of("Oleksandr Marchenko", "Oleksandr Marchenkko",
            "Oleksandr Marchenko", "Marchenko", "Orlik", "Hana Orlik", "Mirela Zelenska", "Mirela Zelenskaa",
            "Tomas Brevik", "Ilse Varga"));
        Map<String, String> expected = SpeakerNames.canonicalMap(names);
        Random random = new Random(20250305L);
        for (int i = 0; i < 25; i++) {
            Collections.shuffle(names, random);
            assertEquals(expected, SpeakerNames.canonicalMap(names), names::toString);
        }
        assertEquals("Oleksandr Marchenko", expected.get("Marchenko"));
        assertEquals("Oleksandr Marchenko", expected.get("Oleksandr Marchenkko"));
        assertEquals("Tomas Brevik", expected.get("Tomas Brevik"));
    }

    @Test
    void bucketedMatchingGivesWhatComparingEveryPairGives() {
        String[] given = {"Ana", "Ivo", "Hana", "Tomas", "Mirela"};
        String[] surnames = {"Orlik", "Orlick", "Orlk", "Marchenko", "Marchenkko", "Marcenko", "Rask", "Rusk",
            "Zelenska", "Zelenskaa", "Zelenskka", "Brevik", "Breviik", "Brevijk"};
        Random random = new Random(7L);
        for (int round = 0; round < 40; round++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String surname = surnames[random.nextInt(surnames.length)];
                int shape = random.nextInt(5);
                names.add(shape == 0 ? surname
                    : shape == 1 ? given[random.nextInt(given.length)] + " Van " + surname
                    : given[random.nextInt(given.length)] + " " + surname);
            }
            assertEquals(everyPair(names), SpeakerNames.canonicalMap(names), names::toString);
        }
    }

    /** The quadratic reference: every name against every other. */
    private static Map<String, String> everyPair(List<String> names) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        Map<String, String> canonical = new java.util.HashMap<>();
        for (String name : counts.keySet()) {
            String best = name;
            for (String other : counts.keySet()) {
                if (!other.equals(name) && SpeakerNames.sameperson(name, other) && better(other, best, counts)) {
                    best = other;
                }
            }
            canonical.put(name, best);
        }
        return canonical;
    }

    private static boolean better(String candidate, String current, Map<String, Integer> counts) {
        boolean fullCandidate = candidate.indexOf(' ') >= 0;
        if (fullCandidate != current.indexOf(' ') >= 0) {
            return fullCandidate;
        }
        int c = counts.get(candidate);
        int k = counts.get(current);
        if (c != k) {
            return c > k;
        }
        if (candidate.length() != current.length()) {
            return candidate.length() < current.length();
        }
        return candidate.compareTo(current) < 0;
    }

    @Test
    void noNamesGiveAnEmptyMap() {
        assertEquals(Map.of(), SpeakerNames.canonicalMap(List.of()));
    }
}
