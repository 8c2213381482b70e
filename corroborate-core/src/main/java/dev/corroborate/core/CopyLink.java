package dev.corroborate.core;

import java.util.Objects;

/**
 * One article found to be a copy or light rewrite of another (syndicated wire copy, a republished story): every
 * coverage figure counts the two once, under the original.
 *
 * @param copyId     the later article
 * @param originalId the earliest published article of the same text (ties by id); never itself a copy
 * @param similarity the estimated Jaccard similarity of the copy's shingles to the closest earlier article of that text,
 *                   1.0 for an identical body
 */
public record CopyLink(String copyId, String originalId, double similarity) {
    public CopyLink {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(originalId, "originalId");
        if (copyId.equals(originalId)) {
            throw new IllegalArgumentException("an article is not a copy of itself: " + copyId);
        }
    }
}
