package dev.corroborate.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.group.ArticleFeatures;
import dev.corroborate.group.Grouping;
import dev.corroborate.group.GroupingSettings;
import dev.corroborate.group.GroupingState;
import dev.corroborate.group.IncrementalGrouper;
import dev.corroborate.store.GroupingStateFiles;

/**
 * Brings the store's persisted grouping up to date: the grouper is restored from its state and only the articles
 * it has not placed yet are placed. A missing, unreadable or outdated state is rebuilt from all the articles, with
 * a note saying why. The new state is saved before this returns.
 */
final class StoredGrouping {
    private final Grouping grouping;
    private final GroupingSettings settings;

    StoredGrouping(Grouping grouping) {
        this.grouping = grouping;
        this.settings = grouping.settings();
    }

    /**
     * @param articles every stored article, speakers already canonical
     * @param files    the store's grouping files
     * @param notes    told why the state was rebuilt, when it was
     */
    IncrementalGrouper update(List<AnalysedArticle> articles, GroupingStateFiles files, List<String> notes)
        throws IOException {
        GroupingStateFiles.Loaded loaded = files.load();
        Map<String, ArticleFeatures> known = loaded.features();
        IncrementalGrouper grouper = null;
        String problem = loaded.problem();
        if (loaded.state() != null) {
            problem = outdated(loaded.state(), articles);
            if (problem == null) {
                try {
                    grouper = IncrementalGrouper.restore(settings, loaded.state(), known);
                } catch (IllegalArgumentException e) {
                    problem = "grouping state does not fit: " + e.getMessage();
                }
            }
        }
        if (grouper == null) {
            grouper = new IncrementalGrouper(settings);
            if (loaded.state() != null && loaded.state().version() != GroupingState.VERSION) {
                files.clearFeatures();
                known = Map.of();
            }
            if (!articles.isEmpty() && !(loaded.state() == null && known.isEmpty())) {
                notes.add(problem + "; grouping rebuilt from " + articles.size() + " stored articles");
            }
        }
        List<AnalysedArticle> unplaced = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            if (!grouper.contains(a.id())) {
                unplaced.add(a);
            }
        }
        Map<String, ArticleFeatures> reusable = known;
        List<AnalysedArticle> toCount = unplaced.stream().filter(a -> !reusable.containsKey(a.id())).toList();
        List<ArticleFeatures> counted = grouping.features(toCount);
        files.appendFeatures(counted);
        List<ArticleFeatures> batch = new ArrayList<>(counted);
        for (AnalysedArticle a : unplaced) {
            ArticleFeatures f = known.get(a.id());
            if (f != null) {
                batch.add(f);
            }
        }
        grouper.place(batch);
        files.save(grouper.state());
        return grouper;
    }

    /** Why a state no longer describes this store, or null when it does. */
    private String outdated(GroupingState state, List<AnalysedArticle> articles) {
        if (state.version() != GroupingState.VERSION) {
            return "grouping state of version " + state.version() + ", expected " + GroupingState.VERSION;
        }
        if (!settings.equals(state.settings())) {
            return "grouping state made with other thresholds";
        }
        Set<String> stored = new HashSet<>();
        articles.forEach(a -> stored.add(a.id()));
        long missing = state.placementOrder().stream().filter(id -> !stored.contains(id)).count();
        return missing == 0 ? null : "grouping state places " + missing + " articles the store no longer holds";
    }
}
