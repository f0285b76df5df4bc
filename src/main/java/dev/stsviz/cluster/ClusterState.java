package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The latest known API objects, indexed by kind/namespace/name, with a revision counter that grows with every
 * applied change. Written by one producer thread (an informer or the simulator), read by anyone: the view reads
 * it once per pulse and compares revisions to know whether anything changed. Objects are shared, never mutated.
 */
public final class ClusterState {

    private final ConcurrentSkipListMap<ObjectKey, HasMetadata> objects = new ConcurrentSkipListMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final Set<String> unreadable = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Recorder> recorders = new CopyOnWriteArrayList<>();
    /** Which keys each recent revision touched, so a reader can update only those (guarded by itself). */
    private final Deque<Revision> journal = new ArrayDeque<>();
    private int journaledKeys;
    /** Changes up to this revision are no longer journaled: a reader that old must rebuild (guarded by journal). */
    private long forgottenUpTo;

    /** At most this many keys are remembered; a reader further behind than that rebuilds, which is as cheap. */
    static final int JOURNAL_KEYS = 100_000;

    private record Revision(long number, ObjectKey[] keys) {
    }

    /** Hears every change as it is applied, on the producer's thread: a history records what the source showed. */
    public interface Recorder {
        void changed(List<ClusterChange> changes);

        /** The state was emptied to start over (a new connection, a new simulation). */
        void cleared();

        /** This user may not read the kind (see {@link #markUnreadable}): a copy of the state must say so too. */
        default void unreadable(String kind) {
        }
    }

    /**
     * What changed after a revision the reader has seen: the keys touched since, and the revision they bring the
     * reader to. {@code keys} is null when the journal no longer reaches back that far (or the state was cleared):
     * the reader must look at everything.
     */
    public record Changes(long revision, Set<ObjectKey> keys) {
        public boolean everything() {
            return keys == null;
        }
    }

    public void apply(ClusterChange change) {
        applyAll(List.of(change));
    }

    /** Applies a batch as one revision: listeners hear once. */
    public void applyAll(List<ClusterChange> changes) {
        ObjectKey[] keys = new ObjectKey[changes.size()];
        int i = 0;
        for (ClusterChange change : changes) {
            ObjectKey key = change.key();
            keys[i++] = key;
            if (change.type() == ClusterChange.Type.UPSERT) {
                objects.put(key, change.object());
            } else {
                objects.remove(key);
            }
        }
        recorders.forEach(r -> r.changed(changes));
        synchronized (journal) {
            journal.addLast(new Revision(revision.incrementAndGet(), keys));
            journaledKeys += keys.length;
            while (journaledKeys > JOURNAL_KEYS && journal.size() > 1) {
                Revision oldest = journal.removeFirst();
                journaledKeys -= oldest.keys().length;
                forgottenUpTo = oldest.number();
            }
        }
        listeners.forEach(Runnable::run);
    }

    /**
     * The keys changed after {@code seen} (a revision this reader read earlier, or -1 for none). Objects read after
     * this call may already be newer than the returned revision; those keys come again next time, so a reader that
     * recomputes what a key shows stays consistent.
     */
    public Changes changesSince(long seen) {
        synchronized (journal) {
            long now = revision.get();
            if (seen < forgottenUpTo || seen < 0 || seen > now) {
                return new Changes(now, null);
            }
            Set<ObjectKey> keys = new LinkedHashSet<>();
            for (var it = journal.descendingIterator(); it.hasNext(); ) {
                Revision r = it.next();
                if (r.number() <= seen) {
                    break;
                }
                keys.addAll(Arrays.asList(r.keys()));
            }
            return new Changes(now, keys);
        }
    }

    /** Forgets everything (a relist, a context switch, a simulation reset). */
    public void clear() {
        objects.clear();
        recorders.forEach(Recorder::cleared);
        forgetJournal();
    }

    /** A new revision that no journal reaches back past: every reader rebuilds once, and hears of it. */
    private void forgetJournal() {
        synchronized (journal) {
            forgottenUpTo = revision.incrementAndGet();
            journal.clear();
            journaledKeys = 0;
        }
        listeners.forEach(Runnable::run);
    }

    /**
     * Records that this user may not read a kind (a live cluster answered 403): readers then say "not visible"
     * instead of treating its absence as deletion (no node means "hidden", not "gone"). Readers rebuild once.
     */
    public void markUnreadable(String kind) {
        if (unreadable.add(kind)) {
            forgetJournal();
            recorders.forEach(r -> r.unreadable(kind));
        }
    }

    /** The kinds this user may not read, sorted. */
    public java.util.SortedSet<String> unreadableKinds() {
        return new java.util.TreeSet<>(unreadable);
    }

    /** False when this user may not read the kind; its objects are then unknown, not absent. */
    public boolean readable(String kind) {
        return !unreadable.contains(kind);
    }

    public long revision() {
        return revision.get();
    }

    /** Called on the producer's thread after every change; listeners must only schedule work, never draw. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void addRecorder(Recorder recorder) {
        recorders.add(recorder);
    }

    public void removeRecorder(Recorder recorder) {
        recorders.remove(recorder);
    }

    public <T extends HasMetadata> Optional<T> get(Class<T> type, String kind, String namespace, String name) {
        HasMetadata object = objects.get(new ObjectKey(kind, namespace, name));
        return type.isInstance(object) ? Optional.of(type.cast(object)) : Optional.empty();
    }

    /** All objects of a kind, in key order (namespace, then name). */
    public <T extends HasMetadata> List<T> list(Class<T> type, String kind) {
        ObjectKey from = new ObjectKey(kind, "", "");
        List<T> result = new ArrayList<>();
        for (Map.Entry<ObjectKey, HasMetadata> entry : objects.tailMap(from, true).entrySet()) {
            if (!entry.getKey().kind().equals(kind)) {
                break;
            }
            if (type.isInstance(entry.getValue())) {
                result.add(type.cast(entry.getValue()));
            }
        }
        return result;
    }

    /** Every object, in key order (kind, namespace, name). */
    public List<HasMetadata> all() {
        return new ArrayList<>(objects.values());
    }

    public int size() {
        return objects.size();
    }
}
