package dev.corroborate.nlp;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Head words that make a capitalised name an organisation or a place, and acronyms that are neither. */
final class EntityWords {
    /** Heads of organisation names: "Port Authority", "Ministry of Defence", "Lantern Science Group". */
    static final Set<String> ORGANISATION_HEADS = words(
        "ministry", "department", "agency", "council", "committee", "commission", "university", "college",
        "institute", "institution", "association", "bank", "party", "corporation", "corp", "company", "co",
        "group", "fund", "foundation", "alliance", "parliament", "assembly", "senate", "congress", "court",
        "office", "union", "authority", "board", "service", "services", "police", "army", "navy", "forces",
        "guard", "corps", "federation", "administration", "bureau", "inc", "ltd", "llc", "plc", "gmbh",
        "airlines", "airways", "motors", "systems", "technologies", "labs", "laboratories", "holdings", "partners",
        "industries", "network", "society", "trust", "organization", "organisation", "cabinet", "government",
        "coalition", "movement", "league", "club", "museum", "hospital", "school", "church", "media", "news",
        "times", "post", "press", "tribune", "herald", "gazette", "journal", "ledger", "wire", "radio",
        "television", "channel", "secretariat", "directorate", "inspectorate", "observatory", "centre", "center",
        "clinic", "house", "exchange", "reserve", "treasury", "tribunal", "institutes", "academy", "chamber",
        "force", "brigade", "regiment", "command", "nations");
    /** Heads of place names: "Oska Basin", "Gulf of Mexico", "Kent County". */
    static final Set<String> PLACE_HEADS = words(
        "city", "county", "province", "region", "district", "river", "island", "islands", "isle", "mountains",
        "mountain", "mount", "valley", "lake", "bay", "gulf", "sea", "ocean", "coast", "peninsula", "strait",
        "basin", "desert", "forest", "plain", "plains", "delta", "canal", "harbour", "harbor", "street", "avenue",
        "square", "bridge", "airport", "village", "town", "borough", "oblast", "prefecture", "territory",
        "highlands", "heights", "hills", "reef", "glacier", "fjord", "estuary", "park");
    /** Directions that extend a known place into a part of it ("Eastern Ukraine", "Northern Ireland"). */
    static final Set<String> PLACE_PARTS = words("north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "north-east", "north-west", "south-east", "south-west", "northeast",
        "northwest", "southeast", "southwest", "greater", "upper", "lower", "inner", "outer");
    /** Capitalised abbreviations that name no organisation: units, titles, currencies, topics. */
    static final Set<String> NOT_ORGANISATIONS = words(
        "ceo", "cfo", "coo", "cto", "mp", "mep", "pm", "am", "gdp", "ai", "tv", "pdf", "usd", "eur", "gbp", "id",
        "it", "ok", "phd", "dna", "rna", "hiv", "aids", "covid", "covid-19", "vat", "lgbt", "lgbtq", "lgbtq+", "ufo",
        "ceos", "mps", "faq", "url", "gps", "suv", "ev", "evs", "ipo", "diy", "vip", "dj", "mc", "tba", "utc", "gmt",
        "est", "edt", "pst", "pdt", "bst", "cet", "cest", "bc", "ad", "ii", "iii", "iv", "vi", "vii", "viii", "ix",
        "xi", "xii", "km", "kg", "mph", "kph", "mw", "gw", "kwh", "mwh", "co2", "uv", "hd", "usb", "app", "apps",
        "rip", "ps", "nb", "aka", "asap", "etc", "q1", "q2", "q3", "q4", "hq", "rsvp", "mr", "mrs", "ms", "dr", "jr",
        "sr", "st", "vs", "lol", "omg", "i", "a", "ios", "os", "pc", "ppe", "icu", "er", "gp", "nft", "nfts", "api",
        "ceo's", "ptsd", "adhd", "ivf", "mri", "ct", "ecg", "sat", "gcse", "sats", "mba", "bsc", "msc", "ma", "ba",
        "llm", "llms", "agi", "esg", "cpi", "rpi", "sme", "smes", "b2b", "ltd", "inc", "plc", "llc", "co", "corp",
        "cpu", "gpu", "ram", "ssd", "hdd", "hdr", "sdr", "jpeg", "png", "gif", "led", "lcd", "oled", "hepa", "wifi",
        "lte", "nfc", "html", "css", "sql", "ml", "vr", "ar", "xr", "sdk", "ui", "ux", "seo", "roi", "kpi", "b2c",
        "saas", "crm", "erp", "icbm", "svp", "evp", "vp", "mvp", "era", "rbi", "ppi", "pmi", "eps", "etf", "etfs",
        "401k", "apr", "atm", "sms", "dm", "dms", "pr", "hr", "it's", "ota", "4k", "8k", "5g", "4g", "3d", "2d",
        "cbd", "thc", "bmi", "ldl", "hdl", "bp", "ph", "iq", "eq", "tbd", "fyi", "imo", "tl", "emi", "gst", "nw",
        "ne", "sw", "se", "nye", "sim", "sos", "rpm", "rpg", "fomo", "abv", "hp", "ppv", "atp", "tpm", "cctv",
        "lgbtqia", "ootd", "tldr", "ama", "eol", "oem", "psa", "bbq", "dvd", "cd", "mp3", "vpn", "awd", "fwd", "rwd",
        "msrp", "rtx", "gta", "fta", "cmb", "ssn", "ev's", "hvac", "iot", "qr", "nda", "llc's");

    private EntityWords() {
    }

    /** A word set that forgives repeats in the lists above. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
