package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Period;
import dev.corroborate.core.Person;
import dev.corroborate.core.Published;
import dev.corroborate.core.Span;
import dev.corroborate.core.Statement;

/**
 * Golden statements on hand-written bodies. Each statement is written as
 * {@code speaker | mention | KIND | cue | content | saidOn | saidOnText}, content read back through its span.
 */
class ArticleReaderTest {
    /** A Wednesday: "on Tuesday" is 2025-03-04. */
    private static final LocalDate WEDNESDAY_5_MARCH = LocalDate.of(2025, 3, 5);
    private static final String ORLIK_INTRO = "Labour Minister Hana Orlik visited a joinery workshop in Marden.\n\n";

    private final ArticleReader reader = new ArticleReader();

    // --- speakers introduced with an aside or a title ---

    @Test
    void appositionBetweenSpeakerAndCue() {
        String body = "Ansa Rook, the harbour board's finance officer, said the ferry budget would hold until June.";

        assertEquals(List.of(
            "Ansa Rook | Ansa Rook | REPORTED | said | the ferry budget would hold until June | null | null"),
            described(body, null));
    }

    @Test
    void lowerCaseTitleAndItsModifiersLeadTheName() {
        String body = "Ferry line chief executive Oren Vale said in a statement that timetables would change in May.";

        assertEquals(List.of(
            "Oren Vale | Oren Vale | REPORTED | said | timetables would change in May | null | null"),
            described(body, null));
    }

    @Test
    void titledNameAfterAccordingTo() {
        String body = "The crossing will close for two days next week, according to spokeswoman Lida Marsh.";

        assertEquals(List.of(
            "Lida Marsh | Lida Marsh | REPORTED | according to | The crossing will close for two days next week | null | null"),
            described(body, null));
    }

    @Test
    void hyphenatedTitleIsNotPartOfTheName() {
        String body = "\"The accounts are in order, but the plan is late,\" Auditor-General Tam Oskarsson said.";

        assertEquals(List.of(
            "Tam Oskarsson | Auditor-General Tam Oskarsson | DIRECT | said | The accounts are in order, but the plan is late, | null | null"),
            described(body, null));
    }

    // --- direct quotes ---

    @Test
    void directQuoteWithAttributionAfter() {
        String body = ORLIK_INTRO + "\"The fund will open to every apprentice by the end of the year,\" Orlik said.";

        assertEquals(List.of(
            "Hana Orlik | Orlik | DIRECT | said | The fund will open to every apprentice by the end of the year, | null | null"),
            described(body, null));
    }

    @Test
    void directQuoteWithAttributionBefore() {
        String body = ORLIK_INTRO + "Orlik said: \"We have waited far too long for this decision.\"";

        assertEquals(List.of(
            "Hana Orlik | Orlik | DIRECT | said | We have waited far too long for this decision. | null | null"),
            described(body, null));
    }

    @Test
    void splitQuoteGivesTwoStatementsOfOneSentence() {
        String body = ORLIK_INTRO
            + "\"This is a good day for young workers,\" she said, \"and a better one for the workshops that train them.\"";

        List<Statement> statements = read(body, null);

        assertEquals(List.of(
            "Hana Orlik | she | DIRECT | said | This is a good day for young workers, | null | null",
            "Hana Orlik | she | DIRECT | said | and a better one for the workshops that train them. | null | null"),
            describe(statements, body));
        assertEquals(statements.get(0).sentence(), statements.get(1).sentence());
        assertEquals(body.substring(ORLIK_INTRO.length()), statements.get(0).sentence().of(body));
    }

    @Test
    void shortQuoteIsNoStatement() {
        String body = ORLIK_INTRO + "Orlik called the plan \"long overdue\" in her speech.";

        assertEquals(List.of(), described(body, null));
    }

    // --- reported speech ---

    @Test
    void reportedSpeechWithSaidThat() {
        String body = "Finance Minister Tomas Brevik said that the budget deficit would shrink to two percent next year.";

        assertEquals(List.of("Tomas Brevik | Finance Minister Tomas Brevik | REPORTED | said | "
            + "the budget deficit would shrink to two percent next year | null | null"), described(body, null));
    }

    @Test
    void trailingAttributionWithADayAfterIt() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "The northern railway will reopen before the summer holidays, Brevik said on Tuesday.";

        assertEquals(List.of("Tomas Brevik | Brevik | REPORTED | said | "
            + "The northern railway will reopen before the summer holidays | 2025-03-04 | on Tuesday"),
            described(body, WEDNESDAY_5_MARCH));
    }

    @Test
    void accordingToAtTheStartTakesWhatFollowsTheComma() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "According to Brevik, the port tariffs will stay frozen until the autumn.";

        Statement s = single(body, null);

        assertEquals("Tomas Brevik", s.speaker());
        assertEquals("according to", s.cue());
        assertEquals("the port tariffs will stay frozen until the autumn", s.content().of(body).replaceFirst("\\.$", ""));
    }

    @Test
    
    void accordingToContentIsTrimmedLikeOtherReportedSpeech() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "According to Brevik, the port tariffs will stay frozen until the autumn.";

        assertEquals("the port tariffs will stay frozen until the autumn", single(body, null).content().of(body));
    }

    @Test
    void accordingToAtTheEndTakesWhatLeadsIt() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "The port tariffs will stay frozen until the autumn, according to Brevik.";

        Statement s = single(body, null);

        assertEquals("Tomas Brevik", s.speaker());
        assertEquals("according to", s.cue());
        assertEquals("The port tariffs will stay frozen until the autumn", s.content().of(body));
    }

    @Test
    
    void speakerMentionAtTheSentenceEndLeavesTheFullStopOut() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "The port tariffs will stay frozen until the autumn, according to Brevik.";

        assertEquals("Brevik", single(body, null).speakerMention());
    }

    @Test
    void asNotedByDuringSkipsTheOccasionToTheContent() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "As noted by Brevik during a hearing in the Assembly, the reserve fund has never been larger.";

        Statement s = single(body, null);

        assertEquals("Tomas Brevik", s.speaker());
        assertEquals("noted", s.cue());
        assertEquals("the reserve fund has never been larger", s.content().of(body).replaceFirst("\\.$", ""));
    }

    @Test
    void isConvincedThat() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "Brevik is convinced that the currency will hold its value through the winter.";

        assertEquals(List.of("Tomas Brevik | Brevik | REPORTED | is convinced | "
            + "the currency will hold its value through the winter | null | null"), described(body, null));
    }

    @Test
    void trailingStatesX() {
        String body = "Finance Minister Tomas Brevik visited the port of Kestrel.\n\n"
            + "Inflation has already started to fall in the coastal provinces, states Brevik.";

        assertEquals(List.of("Tomas Brevik | Brevik | REPORTED | states | "
            + "Inflation has already started to fall in the coastal provinces | null | null"), described(body, null));
    }

    @Test
    void toldReportersThat() {
        String body = "Harbour Commissioner Ilse Varga told reporters that the Oska ferry would run twice a day.";

        assertEquals(List.of("Ilse Varga | Harbour Commissioner Ilse Varga | REPORTED | told reporters | "
            + "the Oska ferry would run twice a day | null | null"), described(body, null));
    }

    @Test
    void namedGroupSpeakerKeepsTheGroupWithoutTheNumber() {
        String body = "Three Marden officials told the Ledger that the plan had been drafted in a single weekend.";

        assertEquals(List.of("Marden officials | Three Marden officials | REPORTED | told the Ledger | "
            + "the plan had been drafted in a single weekend | null | null"), described(body, null));
    }

    @Test
    void unnamedGenericSourcesAreNoSpeakers() {
        String body = "Three officials told the Ledger that the plan had been drafted in a single weekend.\n\n"
            + "The ferry will be late every Monday, according to a new study.";

        assertEquals(List.of(), described(body, null));
    }

    // --- speaker resolution ---

    @Test
    void pronounResolvesToThePreviousSpeaker() {
        String body = ORLIK_INTRO
            + "\"The fund will open to every apprentice by the end of the year,\" Orlik said.\n\n"
            + "She told reporters that the money would come from an existing reserve.";

        List<Statement> statements = read(body, null);

        assertEquals(2, statements.size());
        assertEquals("Hana Orlik", statements.get(1).speaker());
        assertEquals("She", statements.get(1).speakerMention());
        assertEquals("the money would come from an existing reserve", statements.get(1).content().of(body));
    }

    @Test
    void heResolvesToTheLastSpeakerNotTheLastPersonNamed() {
        String body = "Finance Minister Tomas Brevik said that the budget deficit would shrink next year.\n\n"
            + "He added that the tax on ferry tickets paid by Anna Kovac and other islanders would fall.";

        List<Statement> statements = read(body, null);

        assertEquals("Tomas Brevik", statements.get(1).speaker());
        assertEquals("He", statements.get(1).speakerMention());
        assertEquals("added", statements.get(1).cue());
    }

    @Test
    void theMinisterResolvesToThePersonNamedWithThatTitle() {
        String body = ORLIK_INTRO + "\"Every apprentice will be paid from the first day,\" the minister said.";

        assertEquals(List.of("Hana Orlik | the minister | DIRECT | said | "
            + "Every apprentice will be paid from the first day, | null | null"), described(body, null));
    }

    @Test
    void theLabourMinisterResolvesToThePersonNamedWithThatTitle() {
        String body = "Labour Minister Hana Orlik and Finance Minister Tomas Brevik met union leaders in Marden.\n\n"
            + "\"Every apprentice will be paid from the first day,\" the Labour Minister said.";

        assertEquals("Hana Orlik", single(body, null).speaker());
    }

    @Test
    void formerTitleMidSentenceDoesNotTakeTheCurrentTitlesMentions() {
        String body = "Labour Minister Hana Orlik defended the apprenticeship plan in the Assembly. "
            + "It was criticised by former Labour Minister Petra Lindqvist at a union rally in Marden.\n\n"
            + "\"Every apprentice will be paid from the first day,\" the Labour Minister said.";

        assertEquals("Hana Orlik", single(body, null).speaker());
        assertEquals(List.of("former Labour Minister"), person(body, "Petra Lindqvist").roles());
    }

    @Test
    void formerTitleOpeningASentenceDoesNotTakeTheCurrentTitlesMentions() {
        // Regression: a capitalised "Former" opens the capitalised run, so the look-behind for "former" saw nothing.
        String body = "Labour Minister Hana Orlik defended the apprenticeship plan in the Assembly. "
            + "Former Labour Minister Petra Lindqvist criticised it at a union rally in Marden.\n\n"
            + "\"Every apprentice will be paid from the first day,\" the Labour Minister said.";

        assertEquals("Hana Orlik", single(body, null).speaker());
        assertEquals(List.of("former Labour Minister"), person(body, "Petra Lindqvist").roles());
    }

    @Test
    void peopleCarryTheirTitles() {
        String body = "Labour Minister Hana Orlik and Harbour Commissioner Ilse Varga toured the docks. "
            + "Orlik spoke first.";

        assertEquals(List.of(
            new Person("Hana Orlik", List.of(), List.of("Labour Minister")),
            new Person("Ilse Varga", List.of(), List.of("Harbour Commissioner"))), reader.read(article(body, null)).people());
    }

    // --- when it was said ---

    @Test
    void monthAndDayResolveAgainstThePublicationDate() {
        String body = "Labour Minister Hana Orlik defended the plan in the Assembly on March 3.\n\n"
            + "\"Every apprentice will be paid from the first day,\" the Labour Minister said.";

        Statement s = single(body, WEDNESDAY_5_MARCH);

        assertEquals(LocalDate.of(2025, 3, 3), s.saidOn());
        assertEquals("on March 3", s.saidOnText());
    }

    @Test
    void weekdayResolvesToTheLatestSuchDayUpToPublication() {
        String body = ORLIK_INTRO
            + "\"The fund will open to every apprentice by the end of the year,\" Orlik said on Tuesday.";

        Statement s = single(body, WEDNESDAY_5_MARCH);

        assertEquals(LocalDate.of(2025, 3, 4), s.saidOn());
        assertEquals("on Tuesday", s.saidOnText());
    }

    @Test
    void laterQuoteWithoutADateInheritsTheSameSpeakersDate() {
        String body = ORLIK_INTRO
            + "\"The fund will open to every apprentice by the end of the year,\" Orlik said on Tuesday.\n\n"
            + "\"Nobody will pay a single extra tax for this,\" she added.";

        List<Statement> statements = read(body, WEDNESDAY_5_MARCH);

        assertEquals(2, statements.size());
        assertEquals(LocalDate.of(2025, 3, 4), statements.get(1).saidOn());
        assertEquals("on Tuesday", statements.get(1).saidOnText());
    }

    @Test
    void anotherSpeakerDoesNotInheritTheDate() {
        String body = ORLIK_INTRO
            + "\"The fund will open to every apprentice by the end of the year,\" Orlik said on Tuesday.\n\n"
            + "Finance Minister Tomas Brevik said that the money would come from the training levy.";

        List<Statement> statements = read(body, WEDNESDAY_5_MARCH);

        assertEquals("Tomas Brevik", statements.get(1).speaker());
        assertNull(statements.get(1).saidOn());
        assertNull(statements.get(1).saidOnText());
    }

    @Test
    void dateInsideTheQuoteIsNotWhenItWasSaid() {
        String body = ORLIK_INTRO + "\"The first payments will arrive on Friday, not a day later,\" Orlik said.";

        Statement s = single(body, WEDNESDAY_5_MARCH);

        assertNull(s.saidOn());
        assertNull(s.saidOnText());
    }

    @Test
    void withoutPublicationDateADayWithoutYearIsKeptAsTextOnly() {
        String body = "On 14 October, Harbour Commissioner Ilse Varga told reporters that the Oska ferry would run "
            + "twice a day.";

        Statement s = single(body, null);

        assertNull(s.saidOn());
        assertEquals("On 14 October", s.saidOnText());
    }

    @Test
    void withPublicationDateADayWithoutYearIsTheLatestSuchDayBeforeIt() {
        String body = "On 14 October, Harbour Commissioner Ilse Varga told reporters that the Oska ferry would run "
            + "twice a day.";

        Statement s = single(body, LocalDate.of(2025, 3, 5));

        assertEquals(LocalDate.of(2024, 10, 14), s.saidOn());
        assertEquals("On 14 October", s.saidOnText());
    }

    // --- offsets ---

    @Test
    void contentAndSentenceSpansPointIntoTheBody() {
        String body = ORLIK_INTRO + "\"The fund will open to every apprentice by the end of the year,\" Orlik said.";

        Statement s = single(body, null);

        assertEquals(new Span(67, 129), s.content());
        assertEquals(new Span(66, 142), s.sentence());
        assertEquals("The fund will open to every apprentice by the end of the year,", s.content().of(body));
        assertEquals("\"The fund will open to every apprentice by the end of the year,\" Orlik said.",
            s.sentence().of(body));
    }

    @Test
    void sentencesCoverEveryParagraph() {
        String body = ORLIK_INTRO + "She spoke to apprentices. Then she left for Kestrel.";

        List<Span> sentences = reader.read(article(body, null)).sentences();

        assertEquals(List.of("Labour Minister Hana Orlik visited a joinery workshop in Marden.",
            "She spoke to apprentices.", "Then she left for Kestrel."),
            sentences.stream().map(s -> s.of(body)).toList());
    }

    // --- helpers ---

    // --- when: periods ---

    @Test
    void aPeriodBesideTheCueTellsWhenItWasSaid() {
        Statement s = single("Last summer, Mayor Ines Dorr said the ferry budget would hold.", WEDNESDAY_5_MARCH);

        assertNull(s.saidOn());
        assertEquals("Last summer", s.saidOnText());
        assertEquals(new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)), s.saidWithin());
    }

    @Test
    void aPeriodBetweenCueAndThatDatesTheStatementAndStaysOutOfIt() {
        String body = "Mayor Ines Dorr said last summer that the ferry budget would hold until June.";

        assertEquals(List.of("Ines Dorr | Mayor Ines Dorr | REPORTED | said | the ferry budget would hold until June | "
            + "null | last summer"), described(body, WEDNESDAY_5_MARCH));
        assertEquals(new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 8, 31)),
            read(body, WEDNESDAY_5_MARCH).get(0).saidWithin());
    }

    @Test
    void anAdverbOfTimeMayStandBetweenSpeakerAndCue() {
        String body = "Ines Dorr initially said the ferry budget would hold until June.";

        assertEquals(List.of("Ines Dorr | Ines Dorr | REPORTED | said | the ferry budget would hold until June | "
            + "null | null"), described(body, null));
    }

    @Test
    void aPeriodFarFromTheCueDatesSomethingElse() {
        String body = "Ines Dorr spoke on Tuesday.\n\nDorr, who ran the harbour board's ferry office in 2019 and "
            + "2020 before the merger, added that fares would stay as they are.";

        Statement added = read(body, WEDNESDAY_5_MARCH).get(0);

        assertNull(added.saidWithin());
        assertEquals(LocalDate.of(2025, 3, 4), added.saidOn());
    }

    private List<Statement> read(String body, LocalDate published) {
        return reader.read(article(body, published)).statements();
    }

    private Statement single(String body, LocalDate published) {
        List<Statement> statements = read(body, published);
        assertEquals(1, statements.size(), () -> describe(statements, body).toString());
        return statements.get(0);
    }

    // --- inverted cues, lone names, clauses after cues ---

    @Test
    void invertedCueNamesATitledSpeakerLedByLowerCaseWords() {
        String body = "Eels in the upper reach were already thinning out from the heat, said Marden Tech biologist Ossi Varn.";

        assertEquals(List.of("Ossi Varn | Ossi Varn | REPORTED | said | "
            + "Eels in the upper reach were already thinning out from the heat | null | null"), described(body, null));
    }

    @Test
    void invertedCueWithARoleResolvesToThePersonHoldingIt() {
        String body = "Harbour doctor Lise Orwen examined the crew on Monday.\n\n"
            + "\"The crew were tired but nobody was hurt in the storm,\" said the doctor.";

        assertEquals(List.of("Lise Orwen | the doctor | DIRECT | said | The crew were tired but nobody was hurt in the storm, | null | null"),
            described(body, null));
    }

    @Test
    void invertedCueDoesNotTakeTheEndOfAClauseForASpeaker() {
        String body = "Ansa Rook, the finance officer, said the ferry budget would hold until June.";

        assertEquals("Ansa Rook", read(body, null).get(0).speaker());
    }

    @Test
    void loneCapitalisedSubjectSpeaksAsWritten() {
        String body = "\"I wrote the whole record in a cabin by the sea,\" Tavi says.";

        assertEquals(List.of("Tavi | Tavi | DIRECT | says | I wrote the whole record in a cabin by the sea, | null | null"),
            described(body, null));
    }

    @Test
    void middleInitialKeepsTheFullName() {
        String body = "Marden County Capt. Ivo R. Kestrel inspected the wreck.\n\n"
            + "Kestrel said the driver had been travelling far too fast.";

        assertEquals("Ivo R. Kestrel", read(body, null).get(0).speaker());
    }

    @Test
    void cueWithANounObjectIsNoStatement() {
        String body = "Orlen Motors recalled 40,000 vans over a faulty brake hose last spring.\n\n"
            + "Minister Hana Orlik stressed the importance of safe roads in a long speech.";

        assertEquals(List.of(), described(body, null));
    }

    @Test
    void quoteAfterAnAttributionWithAnAsideIsDirect() {
        String body = "Ilse Varga, the commissioner in charge of the ferries, said: \"We will run the boats twice a day from May.\"";

        assertEquals(List.of("Ilse Varga | Ilse Varga | DIRECT | said | We will run the boats twice a day from May. | null | null"),
            described(body, null));
    }

    @Test
    void leadInBeforeAnAttributedQuoteIsNoReportedStatement() {
        String body = "Asked again about the delays at the harbour, Ilse Varga said: \"The boats will run on time from May.\"";

        assertEquals(List.of("Ilse Varga | Ilse Varga | DIRECT | said | The boats will run on time from May. | null | null"),
            described(body, null));
    }

    private Person person(String body, String name) {
        return reader.read(article(body, null)).people().stream().filter(p -> p.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no person " + name));
    }

    private List<String> described(String body, LocalDate published) {
        return describe(read(body, published), body);
    }

    private static List<String> describe(List<Statement> statements, String body) {
        return statements.stream().map(s -> String.join(" | ", s.speaker(), String.valueOf(s.speakerMention()),
            s.kind().name(), s.cue(), s.content().of(body), String.valueOf(s.saidOn()), String.valueOf(s.saidOnText())))
            .toList();
    }

    private static Article article(String body, LocalDate published) {
        return new Article("a1", "a1.txt", null, "Headline", published == null ? null : Published.ofDate(published),
            "The Marden Ledger", List.of(), "en", body);
    }
}
