package dev.corroborate.eval.group;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Event;
import dev.corroborate.core.Storyline;

/**
 * The engine's events and storylines read back onto the gold pages, each page labelled with its predicted event and
 * storyline. A page is found by its page id (the content hash), so a page the store kept once for two identical
 * inputs lands in the same clusters for both; a page with no article, or an article in no event or storyline, is a
 * cluster of its own.
 *
 * @param events         gold source to predicted event label
 * @param storylines     gold source to predicted storyline label
 * @param withoutArticle gold pages that gave no article
 * @param withArticle    the gold sources that gave an article
 */
public record PredictedGrouping(Map<String, String> events, Map<String, String> storylines, int withoutArticle,
                                Set<String> withArticle) {
    private static final String SINGLETON = "page:";

    public PredictedGrouping {
        events = Map.copyOf(events);
        storylines = Map.copyOf(storylines);
        withArticle = Set.copyOf(withArticle);
    }

    /**
     * @param analysis  what the engine found
     * @param pageIds   gold source to the id of the page read from it, in gold order; null where it could not be read
     * @return the predicted labels of every gold source
     */
    public static PredictedGrouping of(Analysis analysis, Map<String, String> pageIds) {
        Set<String> articleIds = new HashSet<>();
        for (AnalysedArticle article : analysis.articles()) {
            articleIds.add(article.id());
        }
        Map<String, String> eventOfArticle = new HashMap<>();
        Map<String, String> storylineOfEvent = new HashMap<>();
        for (Event event : analysis.events()) {
            event.articleIds().forEach(id -> eventOfArticle.putIfAbsent(id, event.id()));
            if (event.storyline() != null) {
                storylineOfEvent.put(event.id(), event.storyline());
            }
        }
        for (Storyline storyline : analysis.storylines()) {
            storyline.eventIds().forEach(id -> storylineOfEvent.putIfAbsent(id, storyline.id()));
        }
        Map<String, String> events = new LinkedHashMap<>();
        Map<String, String> storylines = new LinkedHashMap<>();
        int withoutArticle = 0;
        Set<String> withArticle = new HashSet<>();
        for (Map.Entry<String, String> page : pageIds.entrySet()) {
            String source = page.getKey();
            String pageId = page.getValue();
            String own = SINGLETON + source;
            boolean hasArticle = pageId != null && articleIds.contains(pageId);
            if (!hasArticle) {
                withoutArticle++;
            } else {
                withArticle.add(source);
            }
            String event = hasArticle ? eventOfArticle.get(pageId) : null;
            if (event == null) {
                events.put(source, own);
                storylines.put(source, own);
                continue;
            }
            events.put(source, "event:" + event);
            String storyline = storylineOfEvent.get(event);
            storylines.put(source, storyline == null ? "event:" + event : "storyline:" + storyline);
        }
        return new PredictedGrouping(events, storylines, withoutArticle, withArticle);
    }
}
