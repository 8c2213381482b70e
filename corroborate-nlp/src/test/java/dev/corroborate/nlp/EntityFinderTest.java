package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Entity;
import dev.corroborate.core.Person;

/** Organisations and places on hand-written bodies, each entity written as {@code KIND name [aliases] mentions}. */
class EntityFinderTest {
    private final EntityFinder finder = new EntityFinder();

    @Test
    void headWordsMakeOrganisationsAndPlaces() {
        String body = "The Velorian Space Agency launched the satellite from the Oska Basin. Engineers at the "
            + "Ministry of Defence and the Bank of Marden watched. Floodwater reached the Gulf of Tarrow.";

        assertEquals(List.of("ORGANISATION Velorian Space Agency [] 1", "PLACE Oska Basin [] 1",
            "ORGANISATION Ministry of Defence [] 1", "ORGANISATION Bank of Marden [] 1", "PLACE Gulf of Tarrow [] 1"),
            described(body, List.of()));
    }

    @Test
    void gazetteerPlacesTakeTheirCanonicalNameAndShortForms() {
        String body = "Talks in Nairobi brought Kenya and the U.S. together. Officials from the US and "
            + "Eastern Kenya joined later.";

        assertEquals(List.of("PLACE Nairobi [] 1", "PLACE Kenya [] 1", "PLACE United States [U.S., US] 2",
            "PLACE Eastern Kenya [] 1"), described(body, List.of()));
    }

    @Test
    void anAcronymSpellingAnOrganisationIsItsAlias() {
        String body = "The Velorian Space Agency (VSA) said the launch slipped. VSA engineers blamed the weather, "
            + "and the VSA's board agreed.";

        assertEquals(List.of("ORGANISATION Velorian Space Agency [VSA] 4"), described(body, List.of()));
    }

    @Test
    void aShortFormOfALongerNameIsItsAlias() {
        String body = "The National Audit Office published its report. The Audit Office found a 38% overrun.";

        assertEquals(List.of("ORGANISATION National Audit Office [Audit Office] 2"), described(body, List.of()));
    }

    @Test
    void peopleTitlesAndRolesAreNotEntities() {
        String body = "NATO Secretary General Petra Lind met the Foreign Minister. The Secretary of State of "
            + "Marden did not attend, Lind said.";
        List<Person> people = List.of(new Person("Petra Lind", List.of("Lind"), List.of("NATO Secretary General")));

        assertEquals(List.of("ORGANISATION NATO [] 1"), described(body, people));
    }

    @Test
    void daysDatelinesOpenersAndShoutingAreLeftOut() {
        String body = "MARDEN — The Port Authority of Marden met on Monday. However Kenya objected.\n\n"
            + "READ MORE STORIES HERE\n\nIn Nairobi, the Marden Chamber of Commerce met on Tuesday.";

        assertEquals(List.of("ORGANISATION Port Authority of Marden [] 1", "PLACE Kenya [] 1", "PLACE Nairobi [] 1",
            "ORGANISATION Marden Chamber of Commerce [] 1"), described(body, List.of()));
    }

    @Test
    void connectedNamesThatAreNotOneNameAreSplit() {
        String body = "Leaders of Kenya and Uganda met the President of Tanzania. Flights linked Boston and New York "
            + "City. The Food and Drug Administration agreed, as did Bosnia and Herzegovina.";

        assertEquals(List.of("PLACE Kenya [] 1", "PLACE Uganda [] 1", "PLACE Tanzania [] 1", "PLACE Boston [] 1",
            "PLACE New York City [] 1", "ORGANISATION Food and Drug Administration [] 1",
            "PLACE Bosnia and Herzegovina [] 1"), described(body, List.of()));
    }

    @Test
    void commonAbbreviationsAreNoOrganisations() {
        String body = "The CEO said GDP grew while AI and TV budgets fell on the T60 line. The WMO said otherwise. "
            + "Tap HOME to go home.";

        assertEquals(List.of("ORGANISATION WMO [] 1"), described(body, List.of()));
    }

    @Test
    void aPlaceWrittenInCapitalsIsStillThatPlace() {
        String body = "Pilgrims filled the square.\n\nReporting from VATICAN CITY, our correspondent saw Nairobi fans.";

        assertEquals(List.of("PLACE Vatican City [VATICAN CITY] 1", "PLACE Nairobi [] 1"), described(body, List.of()));
    }

    private List<String> described(String body, List<Person> people) {
        return finder.find(body, people).stream().map(EntityFinderTest::describe).toList();
    }

    private static String describe(Entity e) {
        return e.kind() + " " + e.name() + " " + e.aliases() + " " + e.mentions();
    }
}
