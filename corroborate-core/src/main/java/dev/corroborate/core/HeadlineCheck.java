package dev.corroborate.core;

/**
 * Whether an article's headline is borne out by its own body.
 *
 * @param supported true, false, or null when there is no headline to check
 * @param coverage  share of the headline's content words found in the body, 0..1
 * @param reason    a short explanation a reader can check
 */
public record HeadlineCheck(Boolean supported, double coverage, String reason) {
    public static HeadlineCheck noHeadline() {
        return new HeadlineCheck(null, 0, "no headline");
    }
}
