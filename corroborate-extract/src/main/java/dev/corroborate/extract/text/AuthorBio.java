package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.extract.meta.AuthorNames;

/**
 * The writers an author box names: the box under the article, or beside it, opens each writer's bio with the name
 * and the job ("Ona Brask is a sports reporter at the Valley Post", "Teo Lind covers courts") or closes it with how to
 * reach them ("Contact Ona Brask at …") or a link to their page ("More stories by Ona Brask"), where the byline
 * over the article may be a bare name the dump cannot tell from a menu entry.
 */
final class AuthorBio {
    /** The bio's subject: the words before "is", "writes", "covers" (credentials after a comma included). */
    private static final Pattern SUBJECT = Pattern.compile("^(.+?),?\\s+(?:is|was|has been|writes|covers|reports)\\b");
    /**
     * The note that closes an author box, how to reach the writer: "Contact Ona Brask at obrask@valleypost.example",
     * "Follow Ona Brask on X: @onabrask".
     */
    private static final Pattern CONTACT_NOTE = Pattern.compile(
        "^(?:Contact|Email|Reach|Follow)\\s+(.+?)\\s+(?:at\\s+\\S+@\\S+"
        + "|on\\s+(?:X|Twitter|Instagram|Threads|Bluesky|Facebook|LinkedIn|Mastodon)\\b)");
    /** "About the author" or "Author(s)" heads the box, the writer's name on the line under it. */
    private static final Pattern BOX_LABEL = Pattern.compile("(?i)^(?:about the authors?|author\\(s\\)):?$");
    /**
     * The box's link to the writer's page, or its "Written by" credit under the article: "View all posts by Ona
     * Brask", "More stories by Ona Brask »", "Recent articles by Ona Brask:", "Written by Ona Brask".
     */
    private static final Pattern WRITER_LINK = Pattern.compile(
        "(?i)^(?:(?:view all|see all|see more|read more|more|recent)(?:\\s+(?:posts|stories|articles))?\\s+by"
        + "|written by)\\s+(.+?)\\s*[:»]?$");
    /** "Mr. Lind is the deputy editor": a later mention of someone the page named in full before. */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Mx|Dr|Prof)\\.?\\s+\\S+$");
    /** A name is two to five words ({@link AuthorNames#isPersonName}). */
    private static final int NAME_WORDS = 5;
    /** An author box holds a few writers; a list of more is a staff page or a directory. */
    private static final int MAX_WRITERS = 4;

    private AuthorBio() {
    }

    /**
     * @return the writers whose bios, contact notes or links open lines from {@code from} on, or whose names stand
     *     under an "About the author" label or head a card, in page order, each once; none when none
     */
    static List<String> writers(List<DumpLine> lines, int from) {
        List<String> names = new ArrayList<>();
        for (int k = Math.max(0, from); k < lines.size(); k++) {
            String text = lines.get(k).text();
            String name = BOX_LABEL.matcher(text).matches() ? onePerson(textAt(lines, k + 1))
                : card(lines, k) ? onePerson(text) : subject(text);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.size() > MAX_WRITERS ? List.of() : names;
    }

    /** The person a bio line or a contact note is about, or null when the line is neither. */
    static String subject(String line) {
        Matcher contact = CONTACT_NOTE.matcher(line);
        if (contact.lookingAt()) {
            return onePerson(contact.group(1));
        }
        Matcher link = WRITER_LINK.matcher(line);
        if (link.matches()) {
            return onePerson(link.group(1));
        }
        if (!BoilerplateLexicon.isAuthorBio(line)) {
            return null;
        }
        Matcher m = SUBJECT.matcher(line);
        if (!m.find() || HONORIFIC.matcher(m.group(1)).matches()) {
            return null;
        }
        return onePerson(m.group(1));
    }

    /**
     * Whether the line at {@code k} heads a writer's card: the name alone, the job title under it, then the bio,
     * which may call the writer by the given name ("Ona Brask" / "Senior Editor" / "Ona covers …").
     */
    private static boolean card(List<DumpLine> lines, int k) {
        String name = lines.get(k).text();
        int words = lines.get(k).words();
        if (words < 2 || words > NAME_WORDS || !RoleLine.is(textAt(lines, k + 1)) || !name.equals(onePerson(name))) {
            return false;
        }
        return textAt(lines, k + 2).startsWith(name.substring(0, name.indexOf(' ') + 1));
    }

    private static String textAt(List<DumpLine> lines, int k) {
        return k < lines.size() ? lines.get(k).text() : "";
    }

    private static String onePerson(String words) {
        List<String> people = AuthorNames.parse(words);
        return people.size() == 1 ? people.get(0) : null;
    }
}
