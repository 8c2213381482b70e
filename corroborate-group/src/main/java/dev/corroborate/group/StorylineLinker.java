package dev.corroborate.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.corroborate.core.Storyline;

/**
 * Links events into storylines: single-link over event pairs whose centroids are similar enough, so a running
 * topic holds together across weeks even when its first and last events share little.
 */
final class StorylineLinker {
    private final GroupingSettings settings;

    StorylineLinker(GroupingSettings settings) {
        this.settings = settings;
    }

    List<Storyline> link(List<EventGrouper.Cluster> events, Map<String, String> storylineOf) {
        int n = events.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<List<String>> why = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            why.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = similarity(events.get(i), events.get(j));
                List<String> shared = sharedPeople(events.get(i), events.get(j));
                if (s >= settings.storylineSimilarity() && linked(s, shared.size())) {
                    int a = find(parent, i);
                    int b = find(parent, j);
                    if (a != b) {
                        parent[Math.max(a, b)] = Math.min(a, b);
                        why.get(Math.min(a, b)).add(events.get(i).id + " ~ " + events.get(j).id + ": similarity "
                            + Grouping.format(s) + ", " + (shared.isEmpty() ? "no person" : "shared " + String.join(", ", shared))
                            + " (rule: " + ruleFor(shared.size()) + ")");
                    }
                }
            }
        }
        Map<Integer, List<EventGrouper.Cluster>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
        }
        List<Storyline> storylines = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            List<EventGrouper.Cluster> members = entry.getValue();
            members.sort(Comparator.comparing((EventGrouper.Cluster c) -> c.first,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(c -> c.id));
            String id = "st-" + members.get(0).id.substring(3);
            members.forEach(c -> storylineOf.put(c.id, id));
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == entry.getKey()) {
                    reasons.addAll(why.get(i));
                }
            }
            storylines.add(new Storyline(id, Grouping.termsLabel(Grouping.sum(members)),
                members.stream().map(c -> c.id).toList(), reasons));
        }
        storylines.sort(Comparator.comparing(Storyline::id));
        return storylines;
    }

    private double similarity(EventGrouper.Cluster a, EventGrouper.Cluster b) {
        double dot = 0;
        for (var e : a.centroid.entrySet()) {
            Double w = b.centroid.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double cosine = a.norm == 0 || b.norm == 0 ? 0 : dot / (a.norm * b.norm);
        int shared = 0;
        for (String s : a.speakers) {
            if (s.indexOf(' ') > 0 && b.speakers.contains(s)) {
                shared++;
            }
        }
        return cosine + Math.min(shared, 2) * settings.sharedSpeakerBonus();
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

    private static List<String> sharedPeople(EventGrouper.Cluster a, EventGrouper.Cluster b) {
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
