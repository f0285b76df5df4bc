package dev.stsviz.sim.controllers.replicaset;

import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code UIDTrackingControllerExpectations} ({@code pkg/controller/controller_utils.go}): the creations and deletions a
 * sync made and has not yet seen come back through the watch. While any are outstanding, and for at most five minutes
 * ({@code ExpectationsTimeout}), later syncs only update status and do not create or delete again.
 */
final class Expectations {
    static final long TIMEOUT_MILLIS = 5 * 60 * 1000L;

    private static final class Entry {
        int add;
        final TreeSet<String> deletes = new TreeSet<>();
        long timestamp;
    }

    private final TreeMap<String, Entry> entries = new TreeMap<>();

    /** SatisfiedExpectations: none recorded, all observed, or expired. */
    boolean satisfied(String key, long nowMillis) {
        Entry e = entries.get(key);
        return e == null || (e.add <= 0 && e.deletes.isEmpty()) || nowMillis - e.timestamp > TIMEOUT_MILLIS;
    }

    /** ExpectCreations (SetExpectations: replaces what was expected before). */
    void expectCreations(String key, int adds, long nowMillis) {
        Entry e = new Entry();
        e.add = adds;
        e.timestamp = nowMillis;
        entries.put(key, e);
    }

    /** ExpectDeletions: remembers which pods, so each deletion is observed once (as an update or as a delete). */
    void expectDeletions(String key, Iterable<String> podKeys, long nowMillis) {
        Entry e = new Entry();
        podKeys.forEach(e.deletes::add);
        e.timestamp = nowMillis;
        entries.put(key, e);
    }

    void creationObserved(String key) {
        Entry e = entries.get(key);
        if (e != null) {
            e.add--;
        }
    }

    void deletionObserved(String key, String podKey) {
        Entry e = entries.get(key);
        if (e != null) {
            e.deletes.remove(podKey);
        }
    }

    void delete(String key) {
        entries.remove(key);
    }
}
