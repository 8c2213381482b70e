package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An office as a key that one person holds at a time: the organisation (or country word) it belongs to, if written,
 * and the title. "NATO Secretary General", "NATO's secretary general" and "the secretary general of NATO" give the
 * same key; "Deputy Secretary General" is a different title.
 *
 * @param organisation lower-case organisation words ("nato", "latvian"), or null when none is written
 * @param title        lower-case title words ("secretary general", "deputy secretary general", "chief")
 */
public record RoleTitle(String organisation, String title) {
    /** Words a title is made of; what stands before them names the organisation. */
    private static final Set<String> TITLE_WORDS = Set.of("deputy", "vice", "assistant", "under", "acting",
        "secretary", "general", "prime", "minister", "president", "chancellor", "premier", "chief", "head", "leader",
        "director", "chair", "chairman", "chairwoman", "ceo", "mayor", "governor", "spokesperson", "spokesman",
        "spokeswoman", "commissioner", "ambassador", "envoy", "foreign", "defence", "defense", "finance", "interior",
        "executive", "high", "representative");
    /** The last word of a title that one person holds at a time; "expert" or "lawyer" is no office. */
    private static final Set<String> OFFICE_HEADS = Set.of("general", "minister", "president", "chancellor",
        "premier", "chief", "head", "leader", "director", "chair", "chairman", "chairwoman", "ceo", "mayor",
        "governor", "secretary", "spokesperson", "spokesman", "spokeswoman", "commissioner", "representative");
    /** Heads that say only "the top person": they need an organisation, and any main office of it fits. */
    private static final Set<String> GENERIC_HEADS = Set.of("chief", "head", "leader");
    private static final Set<String> SUBORDINATE = Set.of("deputy", "vice", "assistant", "under");
    private static final Set<String> PAST = Set.of("former", "ex", "then", "late", "outgoing", "incoming");

    /**
     * @param phrase a role as written: "the NATO Secretary General", "NATO's secretary general", "the alliance chief"
     * @return the office key, or empty when the phrase names no single-holder office or a past or future holder
     */
    public static Optional<RoleTitle> parse(String phrase) {
        String text = phrase.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[,.]$", "");
        String organisation = null;
        int of = text.indexOf(" of ");
        if (of > 0) {
            organisation = organisationOf(text.substring(of + 4));
            text = text.substring(0, of);
        }
        List<String> words = new ArrayList<>(Arrays.stream(text.split("[\\s-]+"))
            .map(w -> w.replaceAll("'s?$", "")).filter(w -> !w.isEmpty()).toList());
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.isEmpty() || words.stream().anyMatch(PAST::contains)) {
            return Optional.empty();
        }
        int titleStart = words.size();
        while (titleStart > 0 && TITLE_WORDS.contains(words.get(titleStart - 1))) {
            titleStart--;
        }
        if (titleStart == words.size() || !OFFICE_HEADS.contains(words.get(words.size() - 1))) {
            return Optional.empty();
        }
        String title = String.join(" ", words.subList(titleStart, words.size()));
        if (titleStart > 0) {
            organisation = organisationOf(String.join(" ", words.subList(0, titleStart)));
        }
        return Optional.of(new RoleTitle(organisation, title));
    }

    private static String organisationOf(String words) {
        String org = words.strip().replaceFirst("^the\\s+", "").replaceAll("'s?\\b", "").strip();
        return org.isEmpty() ? null : org;
    }

    /**
     * Whether a mention of this office ("the Secretary General", "the NATO chief") can mean the holder of an office
     * seen in the corpus. A lone one-word title ("the president") names no office without its organisation, a
     * generic head needs one, and a deputy never stands for the main office nor the main office for a deputy.
     */
    public boolean canName(RoleTitle observed) {
        if (isGeneric()) {
            return organisation != null && organisation.equals(observed.organisation) && !observed.isSubordinate();
        }
        if (!title.equals(observed.title)) {
            return false;
        }
        if (organisation == null) {
            return title.contains(" ");
        }
        return organisation.equals(observed.organisation); // an office seen with no organisation may be anyone's
    }

    /** Whether this key may teach who holds an office: a generic "chief" teaches nothing about a title. */
    public boolean isGeneric() {
        return GENERIC_HEADS.contains(title);
    }

    private boolean isSubordinate() {
        return Arrays.stream(title.split(" ")).anyMatch(SUBORDINATE::contains);
    }
}
