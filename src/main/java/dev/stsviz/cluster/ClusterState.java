package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void apply(ClusterChange change) {
        applyAll(List.of(change));
    }

    /** Applies a batch as one revision: listeners hear once. */
    public void applyAll(List<ClusterChange> changes) {
        for (ClusterChange change : changes) {
            ObjectKey key = change.key();
            if (change.type() == ClusterChange.Type.UPSERT) {
                objects.put(key, change.object());
            } else {
                objects.remove(key);
            }
        }
        revision.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    /** Forgets everything (a relist, a context switch, a simulation reset). */
    public void clear() {
        objects.clear();
        revision.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    public long revision() {
        return revision.get();
    }

    /** Called on the producer's thread after every change; listeners must only schedule work, never draw. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
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

    public int size() {
        return objects.size();
    }
}
