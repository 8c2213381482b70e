package dev.corroborate.eval.group;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets over string keys, with path halving; enough for joining a few thousand FNC-1 bodies. */
final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    /** Adds a key as a set of its own, when it is not there yet. */
    void add(String key) {
        parent.putIfAbsent(key, key);
    }

    /** Joins the sets of two keys, adding either if new. */
    void union(String a, String b) {
        add(a);
        add(b);
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** The representative of a key's set; the key must have been added. */
    String find(String key) {
        String k = key;
        String p = parent.get(k);
        if (p == null) {
            throw new IllegalArgumentException("unknown key " + key);
        }
        while (!p.equals(k)) {
            String grand = parent.get(p);
            parent.put(k, grand);
            k = grand;
            p = parent.get(k);
        }
        return k;
    }
}
