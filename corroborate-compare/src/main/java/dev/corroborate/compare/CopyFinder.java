package dev.corroborate.compare;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.corroborate.core.Article;
import dev.corroborate.core.CopyLink;
import dev.corroborate.core.Published;

/**
 * Finds copies and light rewrites of one article among many (wire copy republished by several outlets). Articles are
 * taken earliest published first (undated ones last, ties by id); each is linked to the original of the most similar
 * earlier article whose body is identical, or whose estimated shingle Jaccard is at least {@value #SAME_TEXT}. Only
 * LSH candidates are compared, so a corpus costs about one lookup per article.
 */
public final class CopyFinder {
    /**
     * Least estimated Jaccard of 5-word shingles for a light rewrite: a new headline, a changed or cut paragraph or
     * an edited first line keep well above it, while two outlets' own reports of one event share few 5-word runs
     * beyond their quotes and stay far below.
     */
    public static final double SAME_TEXT = 0.5;
    /** Bodies with fewer shingles than this are too short to call a rewrite (a shared quote would do); only identical ones count. */
    public static final int MIN_SHINGLES = 10;

    private static final Comparator<Article> EARLIEST_FIRST = Comparator
        .comparing((Article a) -> a.published() == null)
        .thenComparing(a -> a.published() == null ? null : a.published().date(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(CopyFinder::timeOf)
        .thenComparing(Article::id);

    private final MinHasher hasher;

    public CopyFinder() {
        this(new MinHasher());
    }

    /** @param hasher makes the signatures; its length must cover the index's bands × rows */
    public CopyFinder(MinHasher hasher) {
        this.hasher = hasher;
    }

    /** @return the copies among the articles, each linked to its original; the articles' order does not matter */
    public Copies find(List<Article> articles) {
        List<Article> ordered = articles.stream().sorted(EARLIEST_FIRST).toList();
        NearDuplicateIndex index = new NearDuplicateIndex();
        Map<String, String> firstWithBody = new HashMap<>();
        Map<String, String> originalOf = new HashMap<>();
        List<CopyLink> links = new ArrayList<>();
        for (Article a : ordered) {
            String sameBody = firstWithBody.putIfAbsent(a.body(), a.id());
            if (sameBody != null) {
                String original = originalOf.getOrDefault(sameBody, sameBody);
                originalOf.put(a.id(), original);
                links.add(new CopyLink(a.id(), original, 1.0));
                continue; // an identical body adds nothing to the index
            }
            MinHashSignature signature = hasher.signatureOf(a.body());
            if (signature.shingles() >= MIN_SHINGLES) {
                NearDuplicateIndex.Candidate best = null;
                for (NearDuplicateIndex.Candidate c : index.candidatesOf(signature)) {
                    if (c.similarity() >= SAME_TEXT && (best == null || c.similarity() > best.similarity())) {
                        best = c; // candidates come earliest first, so a tie keeps the earlier one
                    }
                }
                if (best != null) {
                    String original = originalOf.getOrDefault(best.id(), best.id());
                    originalOf.put(a.id(), original);
                    links.add(new CopyLink(a.id(), original, best.similarity()));
                }
                index.add(a.id(), signature);
            }
        }
        return new Copies(links);
    }

    /** A day-only date counts as the start of that day; offsets are ignored, as most pages show none. */
    private static LocalTime timeOf(Article a) {
        Published p = a.published();
        return p == null || p.time() == null ? LocalTime.MIN : p.time();
    }
}
