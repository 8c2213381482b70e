package dev.corroborate.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.corroborate.core.AnalysedArticle;

/**
 * Streaming event placement. Each batch of new articles is placed in publication order (day, then id): each joins
 * the nearest event the {@link EventIndex} offers within the day window, or opens one. Then, only among the events
 * the batch touched and their indexed neighbours, events with very similar centres merge and articles clearly
 * nearer another event move there. The work per article does not grow with the store.
 *
 * <p>Term weights use document frequencies frozen at a snapshot, taken again whenever the store has doubled
 * since: every vector and centre then shares one weighting, a small store is not stuck with the weights of its
 * first page, and re-weighting costs a constant amount per article over time. A re-weighting never moves an
 * article: placements, once made, change only through later merges and moves.
 *
 * <p>The result is a function of the arrival order of batches. A fresh store fed one batch gets its weights from
 * the whole batch, so analysing a folder is a pure function of its pages.
 */
public final class IncrementalGrouper {
    /** Above this size only the newly arrived members of an event are checked for a move. */
    static final int MOVE_CHECK_LIMIT = 16;
    /** The most rounds of moves a batch makes; each reads only the touched events, so the cost stays flat. */
    static final int MOVE_ROUNDS = 5;
    /** Above this size an event is not checked for a split: two-means over it would cost too much a batch. */
    static final int SPLIT_CHECK_LIMIT = 64;
    /** The most articles an event may hold and still be adopted whole by a clearly nearer one. */
    static final int ADOPT_SIZE_LIMIT = 4;
    /** At most this many distinct stems make an article short: a sentence or two. */
    static final int SHORT_TERMS = 20;

    /**
     * Below this many articles a batch groups the whole store afresh: term weights from a handful of pages are
     * too rough to place by, and re-grouping a few hundred articles costs little. A small store's grouping is so
     * the same whatever order its pages came in.
     */
    public static final int REGROUP_BELOW = 200;

    private final GroupingSettings settings;
    private final int regroupBelow;
    private final EventSimilarity similarity;
    private DocumentFrequencies live = new DocumentFrequencies();
    private DocumentFrequencies weighting = new DocumentFrequencies();
    private final List<String> placementOrder = new ArrayList<>();
    private final Map<String, ArticleFeatures> features = new LinkedHashMap<>();
    private final Map<String, EventCluster> eventOf = new HashMap<>();
    /** Live events in the order they were opened. */
    private final Set<EventCluster> events = Collections.newSetFromMap(new LinkedHashMap<>());
    private EventIndex index;
    private int reweightings;

    public IncrementalGrouper(GroupingSettings settings) {
        this(settings, REGROUP_BELOW);
    }

    /** @param regroupBelow store size below which each batch groups the store afresh (0: never) */
    public IncrementalGrouper(GroupingSettings settings, int regroupBelow) {
        this.settings = settings;
        this.regroupBelow = regroupBelow;
        this.similarity = new EventSimilarity(settings);
        this.index = new EventIndex(settings.maxDaysApart());
    }

    /** Features of articles, counted in parallel, in the order given. */
    public static List<ArticleFeatures> featuresOf(List<AnalysedArticle> articles) {
        return featuresOf(articles, TextEmbedder.NONE);
    }

    /** As {@link #featuresOf(List)}, each with the embedding of its headline and lead. */
    public static List<ArticleFeatures> featuresOf(List<AnalysedArticle> articles, TextEmbedder embedder) {
        return articles.parallelStream().map(a -> ArticleFeatures.of(a, embedder)).toList();
    }

    public boolean contains(String articleId) {
        return features.containsKey(articleId);
    }

    public int size() {
        return placementOrder.size();
    }

    /** How many times the weights were taken afresh, for benchmarks. */
    public int reweightings() {
        return reweightings;
    }

    /** Places a batch of new articles; articles already placed are left as they are. */
    public void place(List<ArticleFeatures> batch) {
        Map<String, ArticleFeatures> fresh = new HashMap<>();
        for (ArticleFeatures f : batch) {
            if (!features.containsKey(f.articleId())) {
                fresh.putIfAbsent(f.articleId(), f);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        if (!features.isEmpty() && features.size() + fresh.size() < regroupBelow) {
            features.values().forEach(f -> fresh.put(f.articleId(), f));
            clear();
        }
        List<ArticleFeatures> ordered = new ArrayList<>(fresh.values());
        ordered.sort(Comparator.comparing(ArticleFeatures::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleFeatures::articleId));
        for (ArticleFeatures f : ordered) {
            live.add(f.counts());
            features.put(f.articleId(), f);
            placementOrder.add(f.articleId());
        }
        if (weighting.documents() == 0 || live.documents() >= 2 * weighting.documents()) {
            reweigh(placementOrder.size());
        }
        Set<EventCluster> touched = Collections.newSetFromMap(new LinkedHashMap<>());
        for (ArticleFeatures f : ordered) {
            ArticleProfile p = Profiles.weigh(f, weighting);
            touched.add(join(p));
        }
        mergeAmong(touched);
        Set<EventCluster> splitParts = splitAmong(touched);
        touched.removeIf(c -> !events.contains(c));
        // A move changes two centres, which may make other members' moves worth it: repeat until none is.
        for (int round = 0; round < MOVE_ROUNDS && moveFrom(touched, fresh.keySet()) > 0; round++) {
            touched.removeIf(c -> !events.contains(c));
        }
        adoptAmong(touched, splitParts);
    }

    /**
     * Pass 4, locally: a touched event of a few articles is adopted by the event that is clearly nearer to its
     * members than any other, so the order articles came in does not leave a story's stragglers apart. Its members
     * must fit that event on average as well as a join asks (an article alone, or a group of short ones: the lower
     * adoption threshold, as a lone or short article's own words weigh on it more) and that many times better than
     * any other event; the adopting event is at least as large, and an article alone is never adopted by another
     * article alone.
     */
    private void adoptAmong(Set<EventCluster> touched, Set<EventCluster> splitParts) {
        if (settings.adoptSimilarity() <= 0) {
            return;
        }
        for (EventCluster small : List.copyOf(touched)) {
            // A split is a decision on evidence; adoption, a tidy-up of stragglers, does not undo it.
            if (!events.contains(small) || small.members.size() > ADOPT_SIZE_LIMIT || splitParts.contains(small)) {
                continue;
            }
            Set<EventCluster> candidates = new LinkedHashSet<>();
            for (ArticleProfile p : small.members) {
                candidates.addAll(index.candidates(p.strongTerms(), p.day(), p.day()));
            }
            EventCluster best = null;
            double bestValue = 0;
            double bestThreshold = 0;
            double second = 0;
            for (EventCluster c : candidates) {
                if (c == small || !events.contains(c)) {
                    continue;
                }
                Fit fit = meanFit(small, c);
                if (fit == null) {
                    continue;
                }
                if (best == null || fit.mean() > bestValue || fit.mean() == bestValue && c.id.compareTo(best.id) < 0) {
                    if (best != null) {
                        second = Math.max(second, bestValue);
                    }
                    best = c;
                    bestValue = fit.mean();
                    bestThreshold = fit.threshold();
                } else {
                    second = Math.max(second, fit.mean());
                }
            }
            if (best == null || best.members.size() < Math.max(2, small.members.size()) || bestValue < bestThreshold
                || bestValue < settings.adoptRatio() * second) {
                continue;
            }
            String who = small.members.size() == 1 ? small.members.get(0).articleId() : small.id;
            best.why.add(String.format(Locale.ROOT, "%s adopted: similarity %.3f >= %.2f and %.1f times the next "
                + "event's %.3f", who, bestValue, bestThreshold, settings.adoptRatio(), second));
            absorb(best, small);
        }
    }

    /**
     * The mean similarity of an event's members to another event, and the threshold adoption asks of it; null
     * where some member may not join that event at all (days, occasion cues).
     */
    private Fit meanFit(EventCluster small, EventCluster c) {
        double sum = 0;
        double threshold = 0;
        for (ArticleProfile p : small.members) {
            EventSimilarity.Score s = small.members.size() == 1 || isShort(p) ? similarity.adopt(p, c)
                : similarity.join(p, c);
            if (s == null) {
                return null;
            }
            sum += s.value();
            threshold = Math.max(threshold, s.threshold());
        }
        return new Fit(sum / small.members.size(), threshold);
    }

    /** A small event's mean similarity to another event, and the threshold adoption asks of it. */
    private record Fit(double mean, double threshold) {
    }

    /**
     * Whether an article says so little (a sentence or two) that its cosine with a large event's centre stays low
     * however much on topic it is: like an article alone, it is adopted at the lower threshold.
     */
    static boolean isShort(ArticleProfile p) {
        return p.terms().size() <= SHORT_TERMS;
    }

    private void clear() {
        live = new DocumentFrequencies();
        weighting = new DocumentFrequencies();
        placementOrder.clear();
        features.clear();
        eventOf.clear();
        events.clear();
        index = new EventIndex(settings.maxDaysApart());
    }

    /** Pass 1 for one article: the nearest event that accepts it, else a new one. */
    private EventCluster join(ArticleProfile p) {
        EventCluster best = null;
        EventSimilarity.Score bestScore = null;
        for (EventCluster c : index.candidates(p.strongTerms(), p.day(), p.day())) {
            if (!events.contains(c)) {
                continue;
            }
            EventSimilarity.Score score = similarity.join(p, c);
            if (score != null && score.passes() && (best == null || score.value() > bestScore.value()
                || score.value() == bestScore.value() && c.id.compareTo(best.id) < 0)) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null) {
            best = new EventCluster("ev-" + p.articleId());
            best.why.add("opened by " + p.articleId());
            events.add(best);
        } else {
            best.why.add(String.format(Locale.ROOT, "%s joined: similarity %.3f >= %.2f (%s)", p.articleId(),
                bestScore.value(), bestScore.threshold(), bestScore.evidence()));
        }
        LocalDate firstBefore = best.first;
        best.add(p);
        eventOf.put(p.articleId(), best);
        renamed(best);
        file(best, firstBefore, p.strongTerms());
        return best;
    }

    /** Pass 2, locally: the touched events merge with indexed neighbours whose centres are very similar. */
    private void mergeAmong(Set<EventCluster> touched) {
        record Pair(EventCluster a, EventCluster b, EventSimilarity.Score score) {
        }
        Set<EventCluster> round = new LinkedHashSet<>(touched);
        while (!round.isEmpty()) {
            List<Pair> pairs = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (EventCluster a : round) {
                if (!events.contains(a)) {
                    continue;
                }
                List<String> strong = TopTerms.of(a.centroid, TopTerms.INDEX_TERMS);
                for (EventCluster b : index.candidates(strong, a.first, a.last == null ? a.first : a.last)) {
                    if (b == a || !events.contains(b)) {
                        continue;
                    }
                    EventCluster low = a.id.compareTo(b.id) < 0 ? a : b;
                    EventCluster high = low == a ? b : a;
                    if (!seen.add(low.id + "\u0001" + high.id)) {
                        continue;
                    }
                    EventSimilarity.Score s = similarity.merge(a, b);
                    if (s != null && s.passes()) {
                        pairs.add(new Pair(low, high, s));
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble((Pair p) -> p.score().value()).reversed()
                .thenComparing(p -> p.a().id).thenComparing(p -> p.b().id));
            // Each event takes part in at most one merge a round, so every merge is judged on unmerged centres.
            Set<EventCluster> used = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<EventCluster> merged = Collections.newSetFromMap(new LinkedHashMap<>());
            for (Pair pair : pairs) {
                if (used.contains(pair.a()) || used.contains(pair.b())) {
                    continue;
                }
                used.add(pair.a());
                used.add(pair.b());
                pair.a().why.add(String.format(Locale.ROOT, "%s merged in: centres' similarity %.3f >= %.2f (%s)",
                    pair.b().id, pair.score().value(), pair.score().threshold(), pair.score().evidence()));
                absorb(pair.a(), pair.b());
                merged.add(pair.a());
            }
            touched.addAll(merged);
            round = merged;
        }
    }

    /**
     * Pass 2b, locally: a touched event whose members fall into two groups less alike across than each is within
     * splits in two, and each part is checked again. Events above {@link #SPLIT_CHECK_LIMIT} are left whole, so the
     * cost per batch stays bounded.
     *
     * @return the parts split off this batch
     */
    private Set<EventCluster> splitAmong(Set<EventCluster> touched) {
        Set<EventCluster> splitOff = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<EventCluster> work = new java.util.ArrayDeque<>(touched);
        while (!work.isEmpty()) {
            EventCluster whole = work.poll();
            int size = whole.members.size();
            if (!events.contains(whole) || size < 2 * EventSimilarity.SPLIT_LEAST || size > SPLIT_CHECK_LIMIT) {
                continue;
            }
            List<EventCluster> parts = EventBisection.of(whole);
            if (parts == null || !similarity.apart(parts.get(0), parts.get(1))) {
                continue;
            }
            String reason = String.format(Locale.ROOT, "split from %s: mean similarity across %.3f, within %.3f and %.3f",
                whole.id, parts.get(0).meanCrossSimilarity(parts.get(1)), parts.get(0).cohesion(), parts.get(1).cohesion());
            events.remove(whole);
            for (EventCluster part : parts) {
                part.why.addAll(whole.why);
                part.why.add(reason);
                for (ArticleProfile p : part.members) {
                    eventOf.put(p.articleId(), part);
                }
                renamed(part);
                events.add(part);
                index.add(part, termsOf(part));
                touched.add(part);
                splitOff.add(part);
                work.add(part);
            }
        }
        return splitOff;
    }

    private void absorb(EventCluster into, EventCluster from) {
        for (ArticleProfile p : from.members) {
            into.add(p);
            eventOf.put(p.articleId(), into);
        }
        into.why.addAll(from.why);
        events.remove(from);
        renamed(into);
        index.add(into, termsOf(into));
    }

    /**
     * Pass 3, locally: an article of a touched event that is clearly nearer another event's centre than the rest
     * of its own moves there. Decided on the centres as they stand, then applied.
     *
     * @return how many articles moved
     */
    private int moveFrom(Set<EventCluster> touched, Set<String> arrived) {
        Map<ArticleProfile, EventCluster> moves = new LinkedHashMap<>();
        Map<ArticleProfile, String> reasons = new HashMap<>();
        for (EventCluster own : touched) {
            for (ArticleProfile p : own.members) {
                if (own.members.size() > MOVE_CHECK_LIMIT && !arrived.contains(p.articleId())) {
                    continue;
                }
                double here = similarity.stay(p, own);
                EventCluster best = null;
                double bestScore = here + settings.moveMargin();
                for (EventCluster c : index.candidates(p.strongTerms(), p.day(), p.day())) {
                    // An article alone may join a larger event, never swap with another article alone.
                    if (c == own || !events.contains(c) || own.members.size() == 1 && c.members.size() == 1) {
                        continue;
                    }
                    EventSimilarity.Score s = similarity.move(p, c);
                    if (s != null && s.passes() && (s.value() > bestScore
                        || s.value() == bestScore && best != null && c.id.compareTo(best.id) < 0)) {
                        best = c;
                        bestScore = s.value();
                    }
                }
                if (best != null) {
                    moves.put(p, best);
                    reasons.put(p, String.format(Locale.ROOT, "%s moved in from %s: similarity %.3f here, %.3f there",
                        p.articleId(), own.id, bestScore, here));
                }
            }
        }
        Map<ArticleProfile, EventCluster> sources = new HashMap<>();
        for (var move : moves.entrySet()) {
            ArticleProfile p = move.getKey();
            EventCluster target = move.getValue();
            EventCluster own = eventOf.get(p.articleId());
            sources.put(p, own);
            LocalDate ownFirst = own.first;
            own.remove(p);
            own.why.add(p.articleId() + " moved out to " + target.id);
            if (!own.members.isEmpty()) {
                renamed(own);
                file(own, ownFirst, List.of());
            }
            LocalDate targetFirst = target.first;
            target.add(p);
            target.why.add(reasons.get(p));
            eventOf.put(p.articleId(), target);
            renamed(target);
            file(target, targetFirst, p.strongTerms());
        }
        // Emptied only after all moves: an event left by its one article may have taken another in meanwhile.
        // Only the events articles left are looked at, so the cost does not grow with the store.
        for (ArticleProfile p : moves.keySet()) {
            EventCluster left = sources.get(p);
            if (left.members.isEmpty()) {
                events.remove(left);
            }
        }
        return moves.size();
    }

    /** Files an event's new terms, or all its terms again when its first day changed. */
    private void file(EventCluster c, LocalDate firstBefore, List<String> newTerms) {
        index.add(c, Objects.equals(firstBefore, c.first) ? newTerms : termsOf(c));
    }

    private static List<String> termsOf(EventCluster c) {
        Set<String> terms = new LinkedHashSet<>();
        c.members.forEach(m -> terms.addAll(m.strongTerms()));
        return List.copyOf(terms);
    }

    /** An event is named after its earliest article (day, then id). */
    private static void renamed(EventCluster c) {
        ArticleProfile first = Collections.min(c.members, ArticleProfile.TIME_ORDER);
        c.id = "ev-" + first.articleId();
    }

    /** Weights every placed article against the document frequencies of the first {@code over} placed articles. */
    private void reweigh(int over) {
        DocumentFrequencies snapshot = new DocumentFrequencies();
        if (over == live.documents()) {
            snapshot = live.copy();
        } else {
            for (int i = 0; i < over; i++) {
                snapshot.add(features.get(placementOrder.get(i)).counts());
            }
        }
        weighting = snapshot;
        reweightings++;
        index = new EventIndex(settings.maxDaysApart());
        List<EventCluster> rebuilt = new ArrayList<>();
        for (EventCluster old : events) {
            EventCluster fresh = new EventCluster(old.id);
            fresh.why.addAll(old.why);
            for (ArticleProfile m : old.members) {
                ArticleProfile p = Profiles.weigh(features.get(m.articleId()), weighting);
                    fresh.add(p);
                eventOf.put(p.articleId(), fresh);
            }
            rebuilt.add(fresh);
        }
        events.clear();
        for (EventCluster c : rebuilt) {
            events.add(c);
            index.add(c, termsOf(c));
        }
    }

    /** The live events, ordered by id, for output. */
    List<EventCluster> events() {
        List<EventCluster> all = new ArrayList<>(events);
        all.sort(Comparator.comparing(c -> c.id));
        return all;
    }

    /** The state to persist beside the articles' features. */
    public GroupingState state() {
        List<GroupingState.EventState> saved = new ArrayList<>();
        for (EventCluster c : events) {
            saved.add(new GroupingState.EventState(c.members.stream().map(ArticleProfile::articleId).toList(), c.why));
        }
        return new GroupingState(GroupingState.VERSION, settings, placementOrder, weighting.documents(), saved);
    }

    /**
     * Carries on from a persisted state: the same events, weights and index as when it was saved.
     *
     * @throws IllegalArgumentException when the state does not fit these settings or these features
     */
    public static IncrementalGrouper restore(GroupingSettings settings, GroupingState state,
                                             Map<String, ArticleFeatures> features) {
        return restore(settings, REGROUP_BELOW, state, features);
    }

    /** As {@link #restore(GroupingSettings, GroupingState, Map)}, with a store size to regroup below. */
    public static IncrementalGrouper restore(GroupingSettings settings, int regroupBelow, GroupingState state,
                                             Map<String, ArticleFeatures> features) {
        if (state.version() != GroupingState.VERSION) {
            throw new IllegalArgumentException("written by grouping version " + state.version() + ", this is "
                + GroupingState.VERSION);
        }
        if (!settings.equals(state.settings())) {
            throw new IllegalArgumentException("written with other grouping thresholds");
        }
        IncrementalGrouper g = new IncrementalGrouper(settings, regroupBelow);
        for (String id : state.placementOrder()) {
            ArticleFeatures f = features.get(id);
            if (f == null) {
                throw new IllegalArgumentException("no features for placed article " + id);
            }
            if (g.features.put(id, f) != null) {
                throw new IllegalArgumentException("article " + id + " placed twice");
            }
            g.live.add(f.counts());
            g.placementOrder.add(id);
        }
        if (state.weightedOver() < 0 || state.weightedOver() > g.placementOrder.size()) {
            throw new IllegalArgumentException("weights taken over " + state.weightedOver() + " of "
                + g.placementOrder.size() + " articles");
        }
        for (GroupingState.EventState e : state.events()) {
            if (e.members().isEmpty()) {
                throw new IllegalArgumentException("an event without members");
            }
            EventCluster c = new EventCluster("ev-" + e.members().get(0));
            c.why.addAll(e.why());
            for (String id : e.members()) {
                if (!g.features.containsKey(id) || g.eventOf.put(id, c) != null) {
                    throw new IllegalArgumentException("article " + id + " is in no or several events");
                }
                // A profile placeholder; reweigh gives every member its weights.
                c.members.add(new ArticleProfile(id, Map.of(), Set.of(), Set.of(), null, null, List.of()));
            }
            g.events.add(c);
        }
        if (g.eventOf.size() != g.placementOrder.size()) {
            throw new IllegalArgumentException((g.placementOrder.size() - g.eventOf.size()) + " placed articles in no event");
        }
        g.reweigh(state.weightedOver());
        g.reweightings = 0;
        for (EventCluster c : g.events) {
            renamed(c);
        }
        return g;
    }
}
