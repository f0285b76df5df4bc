package dev.stsviz.sim.apiserver;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.ObjectKey;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.engine.Engine;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An in-memory API server: one store of objects keyed by kind/namespace/name, a global resourceVersion,
 * generation for spec changes, graceful deletion (deletionTimestamp + deletionGracePeriodSeconds), finalizers,
 * admission defaults, and watch fan-out. Watchers are called synchronously after each commit and must only
 * enqueue work (as an informer handler does); they never write back from inside the callback.
 *
 * Deletion follows {@code staging/src/k8s.io/apiserver/pkg/registry/rest/delete.go} (BeforeDelete) and the pod
 * strategy's CheckGracefulDelete ({@code pkg/registry/core/pod/strategy.go}).
 */
public final class ApiServer {
    private final Engine engine;
    private final Random uids;
    private final Admission admission;
    private final TreeMap<ObjectKey, HasMetadata> store = new TreeMap<>();
    /** The same objects for lookups by key (a hash beats a dozen key comparisons); never iterated. */
    private final Map<ObjectKey, HasMetadata> byKey = new HashMap<>();
    /** Pods by spec.nodeName, in key order: the index kubelets and node controllers list through (as informers do). */
    private final Map<String, TreeMap<ObjectKey, Pod>> podsByNode = new HashMap<>();
    private final List<Consumer<WatchEvent>> watchers = new ArrayList<>();
    private long resourceVersion = 1;

    public ApiServer(Engine engine) {
        this.engine = engine;
        this.uids = engine.random().stream("apiserver.uid");
        this.admission = new Admission();
    }

    public Engine engine() {
        return engine;
    }

    public Admission admission() {
        return admission;
    }

    public void watch(Consumer<WatchEvent> watcher) {
        watchers.add(watcher);
    }

    public void unwatch(Consumer<WatchEvent> watcher) {
        watchers.remove(watcher);
    }

    // ---- reads: stored instances are shared and must not be mutated (copy with Copies.copy first) ----

    public <T extends HasMetadata> T get(Class<T> type, String kind, String namespace, String name) {
        HasMetadata object = byKey.get(new ObjectKey(kind, namespace, name));
        return type.isInstance(object) ? type.cast(object) : null;
    }

    public <T extends HasMetadata> T require(Class<T> type, String kind, String namespace, String name) {
        T object = get(type, kind, namespace, name);
        if (object == null) {
            throw ApiException.notFound(kind, name);
        }
        return object;
    }

    /** Objects of a kind in one namespace (or all namespaces when namespace is null), in name order. */
    public <T extends HasMetadata> List<T> list(Class<T> type, String kind, String namespace) {
        List<T> result = new ArrayList<>();
        ObjectKey from = new ObjectKey(kind, namespace == null ? "" : namespace, "");
        for (Map.Entry<ObjectKey, HasMetadata> e : store.tailMap(from, true).entrySet()) {
            ObjectKey key = e.getKey();
            if (!key.kind().equals(kind) || (namespace != null && !key.namespace().equals(namespace))) {
                break;
            }
            if (type.isInstance(e.getValue())) {
                result.add(type.cast(e.getValue()));
            }
        }
        return result;
    }

    public List<HasMetadata> all() {
        return new ArrayList<>(store.values());
    }

    public long resourceVersion() {
        return resourceVersion;
    }

    // ---- writes ----

    public <T extends HasMetadata> T create(T object) {
        T copy = Copies.copy(object);
        String kind = copy.getKind();
        ObjectMeta meta = copy.getMetadata();
        if (meta == null || meta.getName() == null || meta.getName().isEmpty()) {
            throw ApiException.invalid(kind, "", "metadata.name: Required value");
        }
        if (!Kinds.isClusterScoped(kind) && meta.getNamespace() == null) {
            meta.setNamespace("default");
        }
        if (Kinds.isClusterScoped(kind)) {
            meta.setNamespace(null);
        }
        ObjectKey key = ObjectKey.of(copy);
        if (byKey.containsKey(key)) {
            throw ApiException.alreadyExists(kind, meta.getName());
        }
        meta.setUid(newUid());
        meta.setCreationTimestamp(Timestamps.format(engine.now()));
        meta.setGeneration(1L);
        meta.setDeletionTimestamp(null);
        meta.setDeletionGracePeriodSeconds(null);
        admission.admit(copy, this);
        meta.setResourceVersion(Long.toString(++resourceVersion));
        put(key, copy);
        notify(new WatchEvent(WatchEvent.Type.ADDED, null, copy));
        return copy;
    }

    /**
     * Replaces an existing object (spec and status alike: the simulator's components are trusted). Bumps
     * generation when the spec changed; completes a pending deletion when the last finalizer goes.
     */
    public <T extends HasMetadata> T update(T object) {
        return updateOwned(Copies.copy(object));
    }

    /**
     * {@link #update} without the defensive copy, for a writer that built {@code fresh} for this call and never touches
     * it again (the endpoints controller's thousand-address objects: copying them was most of its cost). The stored
     * object is {@code fresh} itself; its parts may be shared with the writer's own cache, which never mutates them.
     */
    public <T extends HasMetadata> T updateOwned(T fresh) {
        T copy = fresh;
        ObjectKey key = ObjectKey.of(copy);
        HasMetadata old = byKey.get(key);
        if (old == null) {
            throw ApiException.notFound(copy.getKind(), copy.getMetadata().getName());
        }
        ObjectMeta meta = copy.getMetadata();
        ObjectMeta oldMeta = old.getMetadata();
        meta.setUid(oldMeta.getUid());
        meta.setCreationTimestamp(oldMeta.getCreationTimestamp());
        meta.setNamespace(oldMeta.getNamespace());
        // deletionTimestamp can only be set by delete, never cleared.
        meta.setDeletionTimestamp(oldMeta.getDeletionTimestamp());
        meta.setDeletionGracePeriodSeconds(oldMeta.getDeletionGracePeriodSeconds());
        if (copy instanceof io.fabric8.kubernetes.api.model.apps.StatefulSet set
                && old instanceof io.fabric8.kubernetes.api.model.apps.StatefulSet stored) {
            admission.dropDisabledFields(set, stored);
        }
        meta.setGeneration(SpecChanges.specChanged(old, copy) ? oldMeta.getGeneration() + 1 : oldMeta.getGeneration());
        meta.setResourceVersion(Long.toString(++resourceVersion));
        if (meta.getDeletionTimestamp() != null && meta.getFinalizers().isEmpty() && !(copy instanceof Pod)) {
            removeKey(key);
            notify(new WatchEvent(WatchEvent.Type.DELETED, old, copy));
            return copy;
        }
        put(key, copy);
        notify(new WatchEvent(WatchEvent.Type.MODIFIED, old, copy));
        return copy;
    }

    /** Deletes with the object's default grace period (pods: terminationGracePeriodSeconds). */
    public void delete(String kind, String namespace, String name) {
        delete(kind, namespace, name, null);
    }

    /**
     * Deletes an object. Pods on a node get a grace period (null = the pod's own) and stay, with a
     * deletionTimestamp, until the kubelet confirms with a delete of grace 0; grace 0 removes them at once
     * ({@code --force --grace-period 0}). Objects with finalizers stay until the finalizers are removed.
     */
    public void delete(String kind, String namespace, String name, Long gracePeriodSeconds) {
        ObjectKey key = new ObjectKey(kind, Kinds.isClusterScoped(kind) ? "" : namespace, name);
        HasMetadata old = byKey.get(key);
        if (old == null) {
            throw ApiException.notFound(kind, name);
        }
        long grace = gracePeriod(old, gracePeriodSeconds);
        ObjectMeta oldMeta = old.getMetadata();
        boolean hasFinalizers = !oldMeta.getFinalizers().isEmpty();
        if (grace == 0 && !hasFinalizers) {
            remove(key, old);
            return;
        }
        if (oldMeta.getDeletionTimestamp() != null) {
            Long current = oldMeta.getDeletionGracePeriodSeconds();
            if (current != null && grace >= current) {
                return; // a later delete may only shorten the grace period
            }
        }
        HasMetadata copy = Copies.copy(old);
        ObjectMeta meta = copy.getMetadata();
        meta.setDeletionTimestamp(Timestamps.format(engine.now().plusSeconds(grace)));
        meta.setDeletionGracePeriodSeconds(grace);
        meta.setResourceVersion(Long.toString(++resourceVersion));
        put(key, copy);
        notify(new WatchEvent(WatchEvent.Type.MODIFIED, old, copy));
        if (grace == 0 && !(copy instanceof Pod) && meta.getFinalizers().isEmpty()) {
            remove(key, copy);
        }
    }

    private long gracePeriod(HasMetadata object, Long requested) {
        if (!(object instanceof Pod pod)) {
            return 0;
        }
        // CheckGracefulDelete: an unscheduled or already terminal pod goes at once.
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        if (pod.getSpec().getNodeName() == null || "Succeeded".equals(phase) || "Failed".equals(phase)) {
            return 0;
        }
        if (requested != null) {
            return requested;
        }
        Long own = pod.getSpec().getTerminationGracePeriodSeconds();
        return own == null ? 30 : own;
    }

    private void remove(ObjectKey key, HasMetadata old) {
        removeKey(key);
        resourceVersion++;
        notify(new WatchEvent(WatchEvent.Type.DELETED, old, old));
    }

    private void put(ObjectKey key, HasMetadata object) {
        store.put(key, object);
        unindexPod(key, byKey.put(key, object));
        if (object instanceof Pod pod && pod.getSpec() != null && pod.getSpec().getNodeName() != null) {
            podsByNode.computeIfAbsent(pod.getSpec().getNodeName(), n -> new TreeMap<>()).put(key, pod);
        }
    }

    private void removeKey(ObjectKey key) {
        store.remove(key);
        unindexPod(key, byKey.remove(key));
    }

    private void unindexPod(ObjectKey key, HasMetadata old) {
        if (old instanceof Pod pod && pod.getSpec() != null && pod.getSpec().getNodeName() != null) {
            TreeMap<ObjectKey, Pod> onNode = podsByNode.get(pod.getSpec().getNodeName());
            onNode.remove(key);
            if (onNode.isEmpty()) {
                podsByNode.remove(pod.getSpec().getNodeName());
            }
        }
    }

    /** The pods bound to a node, in all namespaces, in the order {@link #list} gives them. */
    public List<Pod> podsOnNode(String nodeName) {
        TreeMap<ObjectKey, Pod> onNode = podsByNode.get(nodeName);
        return onNode == null ? List.of() : new ArrayList<>(onNode.values());
    }

    private String newUid() {
        return new UUID((uids.nextLong() & ~0xF000L) | 0x4000L, (uids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString();
    }

    private void notify(WatchEvent event) {
        Objects.requireNonNull(event.object());
        for (Consumer<WatchEvent> watcher : List.copyOf(watchers)) {
            watcher.accept(event);
        }
    }
}
