package dev.corroborate.nlp;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A gazetteer of place names built from what the JDK already ships: the English names of ISO countries and the
 * cities of the IANA time zones, plus the states, capitals and short forms news writes that neither holds. Each
 * written form maps to one canonical name ("U.S." and "US" to "United States").
 */
final class PlaceNames {
    /** Time-zone areas whose second segment is a real city or island; "US/Pacific" and "Etc/GMT" are not. */
    private static final Set<String> ZONE_AREAS = Set.of("Africa", "America", "Asia", "Atlantic", "Australia",
        "Europe", "Indian", "Pacific");
    /** Zone cities that are more often a first name or a word than a place in news text. */
    private static final Set<String> AMBIGUOUS = Set.of("Victoria", "Regina", "Stanley", "Phoenix", "Darwin",
        "Nome", "Center", "Central", "Eastern", "Mountain", "North", "South", "East", "West", "Yancowinna", "Godthab", "Troll", "Casey", "Davis", "Palmer", "Mawson",
        "Vostok", "Wake", "Knox", "Rainy River", "Swift Current", "General", "Resolute", "Creston", "Midway",
        "Chad", "Jersey", "Guernsey", "Christmas", "Easter", "Cocos", "Johnston", "Hebron", "Marengo", "Monticello", "Vevay", "Menominee", "Beulah");
    private static final String[] EXTRA = {
        // US states
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
        "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
        // capitals and large cities no time zone is named after
        "Washington D.C.", "New York City", "Beijing", "New Delhi", "Delhi", "Mumbai", "Ottawa", "Brasilia", "Rio de Janeiro",
        "Ankara", "Islamabad", "Abuja", "Pretoria", "Cape Town", "Canberra", "Wellington", "Kharkiv", "Odesa",
        "Odessa", "Lviv", "St Petersburg", "Saint Petersburg", "Milan", "Munich", "Frankfurt", "Hamburg",
        "Barcelona", "Geneva", "The Hague", "Rotterdam", "Edinburgh", "Manchester", "Birmingham", "Glasgow",
        "Cardiff", "Liverpool", "Osaka", "Kyoto", "Busan", "Hanoi", "Bangalore", "Bengaluru", "Chennai", "Lahore",
        "Kandahar", "Mosul", "Aleppo", "Basra", "Gaza", "West Bank", "Ramallah", "Rafah", "Crimea", "Donbas",
        "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Mariupol", "Bakhmut", "Avdiivka", "San Francisco",
        "Boston", "Seattle", "Houston", "Dallas", "Miami", "Atlanta", "Philadelphia", "Baltimore", "Las Vegas",
        "San Diego", "Austin", "Portland", "Minneapolis", "New Orleans", "Brooklyn", "Manhattan", "Silicon Valley",
        "Hollywood", "Wall Street", "Scotland", "England", "Wales", "Northern Ireland", "Britain", "Great Britain",
        "Quebec", "Ontario", "British Columbia", "Alberta", "Bavaria", "Catalonia", "Kashmir", "Tibet", "Xinjiang",
        "Kosovo", "Palestine", "Burma", "Siberia", "Sahel", "Balkans", "Caucasus", "Scandinavia",
        // continents and world regions
        "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Antarctica", "Oceania",
        "Middle East", "Arctic", "Eastern Europe", "Western Europe", "Central Asia", "Southeast Asia", "East Asia",
        "South Asia", "Horn of Africa", "Persian Gulf", "Black Sea", "Baltic Sea", "Mediterranean", "Red Sea",
        "South China Sea", "Pacific", "Atlantic", "Indian Ocean"};
    /** Short and older forms news writes, with the name they stand for. */
    private static final String[][] SHORT_FORMS = {
        {"US", "United States"}, {"U.S.", "United States"}, {"USA", "United States"}, {"U.S.A.", "United States"},
        {"America", "United States"}, {"UK", "United Kingdom"}, {"U.K.", "United Kingdom"},
        {"UAE", "United Arab Emirates"}, {"DRC", "Congo - Kinshasa"}, {"Turkey", "Türkiye"},
        {"Czech Republic", "Czechia"}, {"Ivory Coast", "Côte d’Ivoire"}, {"Kiev", "Kyiv"},
        {"Calcutta", "Kolkata"}, {"L.A.", "Los Angeles"}, {"D.C.", "Washington D.C."}, {"NYC", "New York City"},
        {"Saigon", "Ho Chi Minh"}, {"Rangoon", "Yangon"}, {"Dacca", "Dhaka"}};

    private static final Map<String, String> CANONICAL = build();

    private PlaceNames() {
    }

    /** @return the canonical place a written form names, if the gazetteer knows it */
    static Optional<String> canonical(String written) {
        String place = CANONICAL.get(written);
        if (place == null && written.length() > 3 && written.equals(written.toUpperCase(Locale.ROOT))) {
            place = CANONICAL.get(titleCase(written)); // a dateline or label in capitals: "VATICAN CITY"
        }
        return Optional.ofNullable(place);
    }

    private static String titleCase(String capitals) {
        StringBuilder title = new StringBuilder(capitals.length());
        boolean wordStart = true;
        for (char c : capitals.toCharArray()) {
            title.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return title.toString();
    }

    private static Map<String, String> build() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String country = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            int bracket = country.indexOf(" (");
            country = bracket > 0 ? country.substring(0, bracket) : country; // "Myanmar (Burma)"
            if (!country.contains(" SAR ") && !AMBIGUOUS.contains(country)) {
                String written = country.replace(" & ", " and "); // "Bosnia and Herzegovina", as news writes it
                names.put(country, written);
                names.put(written, written);
            }
        }
        for (String zone : ZoneId.getAvailableZoneIds()) {
            String[] parts = zone.split("/");
            if (parts.length == 2 && ZONE_AREAS.contains(parts[0])) {
                String city = parts[1].replace('_', ' ');
                if (!AMBIGUOUS.contains(city) && city.chars().anyMatch(Character::isLowerCase)
                    && !city.matches(".*\\p{Ll}\\p{Lu}.*")) { // "DumontDUrville", "BajaNorte": zone spellings
                    names.putIfAbsent(city, city);
                }
            }
        }
        for (String extra : EXTRA) {
            names.put(extra, extra);
        }
        for (String[] form : SHORT_FORMS) {
            names.put(form[0], form[1]);
        }
        return Map.copyOf(names);
    }
}
