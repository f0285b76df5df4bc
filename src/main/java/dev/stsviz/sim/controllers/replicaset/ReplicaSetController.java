package dev.stsviz.sim.controllers.replicaset;

import dev.stsviz.cluster.Owners;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.controllers.ControllerRefs;
import dev.stsviz.sim.apiserver.LabelSelectors;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * The ReplicaSet controller's loop ({@code replica_set.go}: the event handlers, {@code syncReplicaSet},
 * {@code manageReplicas}): claims the pods, creates or deletes to reach spec.replicas, then writes status. Terminating
 * and finished pods do not count ({@code FilterActivePods}), so an evicted pod is replaced at once.
 */
public final class ReplicaSetController {
    static final String COMPONENT = "replicaset-controller";
    private static final String KIND = "ReplicaSet";
    /** BurstReplicas: at most this many creates or deletes per sync. */
    static final int BURST_REPLICAS = 500;

    private final SimContext ctx;
    private final ApiServer api;
    private final WorkQueue queue;
    private final Expectations expectations = new Expectations();
    private final ReplicaSetPodControl podControl;
    private final Random listerOrder;
    private final TreeMap<String, Integer> failures = new TreeMap<>();

    public ReplicaSetController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.queue = new WorkQueue(ctx.engine(), Priority.REPLICASET, "rs-sync", ctx.timings().controllerLatency, this::sync);
        this.podControl = new ReplicaSetPodControl(ctx, ctx.engine().random().stream(COMPONENT));
        this.listerOrder = ctx.engine().random().stream(COMPONENT + ".lister-order");
    }

    // ---- event handlers ----

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof ReplicaSet rs) {
            String key = key(rs.getMetadata().getNamespace(), rs.getMetadata().getName());
            if (event.type() == WatchEvent.Type.DELETED) {
                expectations.delete(key); // deleteRS: a new set of the same name starts clean
            }
            queue.add(key);
        } else if (event.object() instanceof Pod pod) {
            Pod old = (Pod) event.oldObject();
            switch (event.type()) {
                case ADDED -> addPod(pod);
                case MODIFIED -> updatePod(old, pod);
                case DELETED -> deletePod(pod);
                default -> { }
            }
        }
    }

    private void addPod(Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            deletePod(pod);
            return;
        }
        OwnerReference ref = Owners.controllerOf(pod);
        if (ref != null) {
            ReplicaSet rs = resolve(pod.getMetadata().getNamespace(), ref);
            if (rs != null) {
                String key = key(rs);
                expectations.creationObserved(key);
                queue.add(key);
            }
            return;
        }
        enqueueSelecting(pod); // an orphan: does anyone want to adopt it?
    }

    private void updatePod(Pod old, Pod cur) {
        boolean labelChanged = !Objects.equals(old.getMetadata().getLabels(), cur.getMetadata().getLabels());
        if (cur.getMetadata().getDeletionTimestamp() != null) {
            // a graceful delete: replace the pod now, not when its kubelet confirms
            deletePod(cur);
            if (labelChanged) {
                deletePod(old);
            }
            return;
        }
        OwnerReference curRef = Owners.controllerOf(cur);
        OwnerReference oldRef = Owners.controllerOf(old);
        boolean refChanged = !Objects.equals(curRef, oldRef);
        if (refChanged && oldRef != null) {
            ReplicaSet rs = resolve(old.getMetadata().getNamespace(), oldRef);
            if (rs != null) {
                queue.add(key(rs));
            }
        }
        if (curRef != null) {
            ReplicaSet rs = resolve(cur.getMetadata().getNamespace(), curRef);
            if (rs == null) {
                return;
            }
            queue.add(key(rs));
            int minReady = minReadySeconds(rs);
            if (!Pods.isReady(old) && Pods.isReady(cur) && minReady > 0) {
                queue.addAfter(key(rs), minReady * 1000L + 1000L); // a second more against clock skew, as upstream
            }
            return;
        }
        if (labelChanged || refChanged) {
            enqueueSelecting(cur);
        }
    }

    private void deletePod(Pod pod) {
        OwnerReference ref = Owners.controllerOf(pod);
        if (ref == null) {
            return; // no controller cares about a deleted orphan
        }
        ReplicaSet rs = resolve(pod.getMetadata().getNamespace(), ref);
        if (rs != null) {
            String key = key(rs);
            expectations.deletionObserved(key, podKey(pod));
            queue.add(key);
        }
    }

    /** getPodReplicaSets: every set in the pod's namespace whose selector matches its labels. */
    private void enqueueSelecting(Pod pod) {
        for (ReplicaSet rs : api.list(ReplicaSet.class, Kinds.REPLICA_SET, pod.getMetadata().getNamespace())) {
            if (LabelSelectors.matches(rs.getSpec().getSelector(), pod.getMetadata().getLabels())) {
                queue.add(key(rs));
            }
        }
    }

    /** resolveControllerRef: the set by name, if the reference is of our kind and the uid is the same. */
    private ReplicaSet resolve(String namespace, OwnerReference ref) {
        if (!KIND.equals(ref.getKind())) {
            return null;
        }
        ReplicaSet rs = api.get(ReplicaSet.class, Kinds.REPLICA_SET, namespace, ref.getName());
        return rs != null && Objects.equals(rs.getMetadata().getUid(), ref.getUid()) ? rs : null;
    }

    // ---- the sync ----

    private void sync(String key) {
        String[] parts = key.split("/", 2);
        ReplicaSet rs = api.get(ReplicaSet.class, Kinds.REPLICA_SET, parts[0], parts[1]);
        if (rs == null) {
            expectations.delete(key);
            failures.remove(key);
            return;
        }
        long now = ctx.engine().nowMillis();
        boolean needsSync = expectations.satisfied(key, now);
        List<Pod> active = new ArrayList<>();
        for (Pod pod : api.list(Pod.class, Kinds.POD, rs.getMetadata().getNamespace())) {
            if (PodsToDelete.isActive(pod)) {
                active.add(pod);
            }
        }
        ControllerRefs.Claim<Pod> claim = new ControllerRefs(api, rs, rs.getSpec().getSelector()).claim(active);
        if (claim.failed()) {
            retryLater(key);
            return;
        }
        List<Pod> pods = claim.claimed();
        String manageError = null;
        if (needsSync && rs.getMetadata().getDeletionTimestamp() == null) {
            manageError = manageReplicas(key, pods, rs);
        }
        ReplicaSetStatus status = ReplicaSetStatuses.calculate(rs, pods, manageError, ctx.engine().now());
        ReplicaSet updated = rs;
        if (!ReplicaSetStatuses.unchanged(rs, status)) {
            status.setObservedGeneration(rs.getMetadata().getGeneration());
            ReplicaSet copy = Copies.copy(rs);
            copy.setStatus(status);
            updated = api.update(copy);
        }
        if (manageError != null) {
            retryLater(key);
            return;
        }
        failures.remove(key); // queue.Forget
        int minReady = minReadySeconds(updated);
        int replicas = updated.getSpec().getReplicas();
        if (minReady > 0 && updated.getStatus().getReadyReplicas() == replicas && updated.getStatus().getAvailableReplicas() != replicas) {
            queue.addAfter(key, minReady * 1000L);
        }
    }

    /** manageReplicas: creates (slow start) or deletes (best victims first) toward spec.replicas; returns the error. */
    private String manageReplicas(String key, List<Pod> pods, ReplicaSet rs) {
        int diff = pods.size() - rs.getSpec().getReplicas();
        long now = ctx.engine().nowMillis();
        if (diff < 0) {
            int creations = Math.min(-diff, BURST_REPLICAS);
            expectations.expectCreations(key, creations, now);
            SlowStart.Outcome outcome = SlowStart.batch(creations, SlowStart.INITIAL_BATCH_SIZE, () -> podControl.createPod(rs));
            for (int skipped = creations - outcome.successes(); skipped > 0; skipped--) {
                expectations.creationObserved(key); // the watch will never show pods that were not created
            }
            return outcome.error();
        }
        if (diff > 0) {
            int deletions = Math.min(diff, BURST_REPLICAS);
            List<Pod> victims = PodsToDelete.choose(pods, relatedPods(rs), deletions, ctx.engine().now(), listerOrder);
            List<String> podKeys = victims.stream().map(ReplicaSetController::podKey).toList();
            expectations.expectDeletions(key, podKeys, now);
            String firstError = null;
            for (Pod victim : victims) {
                String error = podControl.deletePod(rs, victim);
                if (error != null) {
                    expectations.deletionObserved(key, podKey(victim));
                    if (!error.isEmpty() && firstError == null) {
                        firstError = error; // a pod already gone is no error
                    }
                }
            }
            return firstError;
        }
        return null;
    }

    /**
     * getIndirectlyRelatedPods: the pods of every ReplicaSet with the same controller (a Deployment's). A set without
     * a controller has none, so its pods all rank equally on the node criterion.
     */
    private List<Pod> relatedPods(ReplicaSet rs) {
        OwnerReference owner = Owners.controllerOf(rs);
        List<Pod> related = new ArrayList<>();
        if (owner == null) {
            return related;
        }
        String namespace = rs.getMetadata().getNamespace();
        List<Pod> all = api.list(Pod.class, Kinds.POD, namespace);
        java.util.TreeSet<String> seen = new java.util.TreeSet<>();
        for (ReplicaSet sibling : api.list(ReplicaSet.class, Kinds.REPLICA_SET, namespace)) {
            OwnerReference ref = Owners.controllerOf(sibling);
            if (ref == null || !Objects.equals(ref.getUid(), owner.getUid())) {
                continue;
            }
            for (Pod pod : all) {
                if (LabelSelectors.matches(sibling.getSpec().getSelector(), pod.getMetadata().getLabels())
                        && seen.add(pod.getMetadata().getUid())) {
                    related.add(pod);
                }
            }
        }
        return related;
    }

    private void retryLater(String key) {
        int n = failures.merge(key, 1, Integer::sum); // AddRateLimited: 5 ms doubling, capped at 1000 s
        queue.addAfter(key, Math.min(1_000_000L, 5L << Math.min(n - 1, 30)));
    }

    private static int minReadySeconds(ReplicaSet rs) {
        return rs.getSpec().getMinReadySeconds() == null ? 0 : rs.getSpec().getMinReadySeconds();
    }

    private static String key(ReplicaSet rs) {
        return key(rs.getMetadata().getNamespace(), rs.getMetadata().getName());
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    /** controller.PodKey. */
    private static String podKey(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }
}
