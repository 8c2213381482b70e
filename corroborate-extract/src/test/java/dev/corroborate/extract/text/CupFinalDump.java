package dev.corroborate.extract.text;

/** A short sports story as a dump prints it, for the tests that put a byline or an author box around it. */
final class CupFinalDump {
    /** A section label and the headline. */
    static final String HEAD = "Sport\nRovers and Harlan City meet in the final\n";
    static final String BODY = """
        The Lakeside Cup final on Saturday brings together two clubs that have not met in a final for more than twenty years, and both arrive in form.
        Velor Rovers won nine of their last ten league games, while Harlan City have not conceded a goal since the end of January.
        Tickets for the home end sold out within an hour, the organisers said on Tuesday.
        """;

    private CupFinalDump() {
    }
}
