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
    void noNamesGiveAnEmptyMap() {
        assertEquals(Map.of(), SpeakerNames.canonicalMap(List.of()));
    }
}
