package dev.corroborate.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.corroborate.core.CopyLink;

/** Which articles are copies of which: the lookup every coverage figure uses to count a copy under its original. */
public final class Copies {
    private final List<CopyLink> links;
    private final Map<String, String> originalByCopy = new HashMap<>();

    /** @param links one link per copy */
    public Copies(List<CopyLink> links) {
        this.links = List.copyOf(links);
        links.forEach(l -> originalByCopy.put(l.copyId(), l.originalId()));
    }

    /** @return one link per copy, in the order the copies were found */
    public List<CopyLink> links() {
        return links;
    }

    /** @return the original the article copies, or the article itself when it is no copy */
    public String originalOf(String articleId) {
        return originalByCopy.getOrDefault(articleId, articleId);
    }

    /** @return the original the article copies, or null when it is no copy */
    public String copyOf(String articleId) {
        return originalByCopy.get(articleId);
    }
}
