package dev.corroborate.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.corroborate.core.Storyline;

/**
 * Links events into storylines. A pair of events is a link when the storyline rules accept it (similar centres,
 * people in common); links are taken strongest first, and a link joins two storylines only when their events are
 * similar on average, so a running topic holds together across weeks while a chain of loosely related events
 * does not pull two topics into one. Candidate pairs come from an inverted index on strong terms and people, so
 * the work grows with the corpus, not with its square.
 */
final class StorylineLinker {
    private final GroupingSettings settings;

    StorylineLinker(GroupingSettings settings) {
        this.settings = settings;
    }

    private record Link(int a, int b, double similarity, List<String> shared) {
    }

    List<Storyline> link(List<EventCluster> events, Map<String, String> storylineOf) {
        int n = events.size();
        List<Link> links = candidateLinks(events);
        links.sort(Comparator.comparingDouble(Link::similarity).reversed().thenComparingInt(Link::a)
            .thenComparingInt(Link::b));
        // Each storyline's sum of unit-length event centres: the dot product of two sums over the product of their
        // sizes is the average cosine over every pair of their events.
        List<Map<String, Double>> sums = new ArrayList<>(n);
        int[] parent = new int[n];
        int[] size = new int[n];
        List<List<String>> why = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            sums.add(unit(events.get(i)));
            why.add(new ArrayList<>());
        }
        for (Link link : links) {
            int a = find(parent, link.a());
            int b = find(parent, link.b());
            if (a == b) {
                continue;
            }
            double average = Vectors.dot(sums.get(a), sums.get(b)) / ((double) size[a] * size[b]);
            if (average < settings.storylineAverage()) {
                continue;
            }
            int root = Math.min(a, b);
            int child = Math.max(a, b);
            parent[child] = root;
            size[root] += size[child];
            Map<String, Double> into = sums.get(root);
            sums.get(child).forEach((t, w) -> into.merge(t, w, Double::sum));
            sums.set(child, null);
            why.get(root).addAll(why.get(child));
            why.get(child).clear();
            EventCluster x = events.get(link.a());
            EventCluster y = events.get(link.b());
            why.get(root).add(x.id + " ~ " + y.id + ": similarity " + Grouping.format(link.similarity()) + ", "
                + (link.shared().isEmpty() ? "no person" : "shared " + String.join(", ", link.shared()))
                + " (rule: " + ruleFor(link.shared().size()) + "; storylines' average text similarity "
                + Grouping.format(average) + " >= " + settings.storylineAverage() + ")");
        }
        Map<Integer, List<EventCluster>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
        }
        List<Storyline> storylines = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            List<EventCluster> members = entry.getValue();
            members.sort(Comparator.comparing((EventCluster c) -> c.first,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> c.id));
            String id = "st-" + members.get(0).id.substring(3);
            members.forEach(c -> storylineOf.put(c.id, id));
            storylines.add(new Storyline(id, StorylineLabel.of(members),
                members.stream().map(c -> c.id).toList(), why.get(entry.getKey())));
        }
        storylines.sort(Comparator.comparing(Storyline::id));
        return storylines;
    }

    /** The event pairs the rules accept, among those sharing a strong term or a person. */
    private List<Link> candidateLinks(List<EventCluster> events) {
        Map<String, List<Integer>> index = new HashMap<>();
        List<Link> links = new ArrayList<>();
        for (int j = 0; j < events.size(); j++) {
            EventCluster b = events.get(j);
            List<String> keys = keys(b);
            Set<Integer> candidates = new LinkedHashSet<>();
            for (String key : keys) {
                candidates.addAll(index.getOrDefault(key, List.of()));
            }
            for (int i : candidates) {
                EventCluster a = events.get(i);
                double s = similarity(a, b);
                List<String> shared = sharedPeople(a, b);
                if (s >= settings.storylineSimilarity() && linked(s, shared.size())) {
                    links.add(new Link(i, j, s, shared));
                }
            }
            for (String key : keys) {
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(j);
            }
        }
        return links;
    }

    /**
     * What a linked pair shares: a person (the rules for one or two people in common), or, for the rule with no
     * person, a similarity of at least storylineAlone, which centres reach through their strong terms.
     */
    private static List<String> keys(EventCluster c) {
        List<String> keys = new ArrayList<>();
        for (String term : TopTerms.of(c.centroid, TopTerms.INDEX_TERMS * 2)) {
            keys.add("t\u0001" + term);
        }
        for (String person : c.people) {
            keys.add("p\u0001" + person);
        }
        return keys;
    }

    private double similarity(EventCluster a, EventCluster b) {
        return a.centreCosine(b) + Math.min(EventSimilarity.sharedSpeakers(a.speakers, b.speakers), 2)
            * settings.sharedSpeakerBonus();
    }

    private static Map<String, Double> unit(EventCluster c) {
        Map<String, Double> unit = new HashMap<>();
        if (c.norm > 0) {
            c.centroid.forEach((t, w) -> unit.put(t, w / c.norm));
        }
        return unit;
    }

    /**
     * Events of one running topic name the same people: two shared people and some common vocabulary link them;
     * one shared person needs more vocabulary; a topic alone needs much more.
     */
    private String ruleFor(int sharedPeople) {
        return sharedPeople >= 2 ? "two people in common and similarity >= " + settings.storylineSimilarity()
            : sharedPeople == 1 ? "one person in common and similarity >= " + settings.storylineOnePerson()
            : "similarity >= " + settings.storylineAlone();
    }

    private boolean linked(double similarity, long sharedPeople) {
        return sharedPeople >= 2 || sharedPeople == 1 && similarity >= settings.storylineOnePerson()
            || similarity >= settings.storylineAlone();
    }

    private static List<String> sharedPeople(EventCluster a, EventCluster b) {
        return a.people.stream().filter(b.people::contains).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
