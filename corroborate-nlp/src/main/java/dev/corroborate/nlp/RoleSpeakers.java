package dev.corroborate.nlp;

/**
 * Marks a speaker that is a role the article names no holder of ("the Secretary General said"), so the statement
 * survives the article stage and waits for the corpus to tell who held the role on the day.
 */
final class RoleSpeakers {
    /** A character no article text carries, so a marked speaker never collides with a written name. */
    private static final String MARK = "\u0000role:";

    private RoleSpeakers() {
    }

    static String marker(String role) {
        return MARK + role;
    }

    static boolean isMarker(String speaker) {
        return speaker != null && speaker.startsWith(MARK);
    }

    /** The role as written, without its article: "the NATO chief" gives "NATO chief". */
    static String roleOf(String marker) {
        return marker.substring(MARK.length()).strip().replaceFirst("^(?i:the)\\s+", "");
    }
}
