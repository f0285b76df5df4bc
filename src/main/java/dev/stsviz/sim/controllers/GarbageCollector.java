package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.ObjectKey;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Background cascading deletion ({@code pkg/controller/garbagecollector}): an object all of whose owners are
 * gone (no object with the owner's uid) is deleted. Keeps an index owner uid -> dependents.
 */
public final class GarbageCollector {
    private final ApiServer api;
    private final WorkQueue queue;
    private final TreeMap<String, TreeSet<ObjectKey>> dependentsByOwner = new TreeMap<>();
    private final TreeMap<String, ObjectKey> keyByUid = new TreeMap<>();

    public GarbageCollector(SimContext ctx) {
        this.api = ctx.api();
        this.queue = new WorkQueue(ctx.engine(), Priority.GC, "gc", ctx.timings().controllerLatency, this::attemptToDelete);
    }

    public void onWatch(WatchEvent event) {
        HasMetadata o = event.object();
        if (Kinds.EVENT.equals(o.getKind()) || Kinds.LEASE.equals(o.getKind())) {
            return;
        }
        ObjectKey key = ObjectKey.of(o);
        String uid = o.getMetadata().getUid();
        if (event.oldObject() != null) {
            for (OwnerReference ref : event.oldObject().getMetadata().getOwnerReferences()) {
                TreeSet<ObjectKey> deps = dependentsByOwner.get(ref.getUid());
                if (deps != null) {
                    deps.remove(key);
                }
            }
        }
        if (event.type() == WatchEvent.Type.DELETED) {
            keyByUid.remove(uid);
            TreeSet<ObjectKey> deps = dependentsByOwner.remove(uid);
            if (deps != null) {
                deps.forEach(d -> queue.add(encode(d)));
            }
            return;
        }
        keyByUid.put(uid, key);
        for (OwnerReference ref : o.getMetadata().getOwnerReferences()) {
            dependentsByOwner.computeIfAbsent(ref.getUid(), u -> new TreeSet<>()).add(key);
        }
        if (!o.getMetadata().getOwnerReferences().isEmpty()) {
            queue.add(encode(key));
        }
    }

    private static String encode(ObjectKey key) {
        return key.kind() + "/" + key.namespace() + "/" + key.name();
    }

    private void attemptToDelete(String encoded) {
        String[] parts = encoded.split("/", 3);
        HasMetadata object = api.get(HasMetadata.class, parts[0], parts[1], parts[2]);
        if (object == null || object.getMetadata().getDeletionTimestamp() != null) {
            return;
        }
        List<OwnerReference> owners = object.getMetadata().getOwnerReferences();
        if (owners.isEmpty()) {
            return;
        }
        for (OwnerReference ref : owners) {
            if (ownerExists(ref, object)) {
                return;
            }
        }
        api.delete(parts[0], parts[1], parts[2]);
    }

    private boolean ownerExists(OwnerReference ref, HasMetadata dependent) {
        String namespace = Kinds.isClusterScoped(ref.getKind()) ? "" : dependent.getMetadata().getNamespace();
        HasMetadata owner = api.get(HasMetadata.class, ref.getKind(), namespace, ref.getName());
        return owner != null && ref.getUid().equals(owner.getMetadata().getUid());
    }
}
