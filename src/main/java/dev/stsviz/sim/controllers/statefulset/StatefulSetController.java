package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Owners;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.StatefulSetBlock;
import dev.stsviz.cluster.StatefulSets;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.controllers.ControllerRefs;
import dev.stsviz.sim.apiserver.LabelSelectors;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The StatefulSet controller's outer loop ({@code pkg/controller/statefulset/stateful_set.go}): reacts to the
 * set and its pods, keeps ControllerRevisions, runs one sync of {@link StatefulSetControl} and writes status.
 * Failed syncs are retried with client-go's default per-item backoff (5 ms doubling, capped at 1000 s).
 */
public final class StatefulSetController {
    private static final String CONTROLLER_KIND = "StatefulSet";
    private final SimContext ctx;
    private final ApiServer api;
    private final WorkQueue queue;
    private final StatefulPodControl podControl;
    private final TreeMap<String, Integer> failures = new TreeMap<>();
    /** The last sync's block per set; absent or null when it was not blocked. */
    private final TreeMap<String, StatefulSetBlock> blocks = new TreeMap<>();
    private final RevisionHistory history;
    /** Templates decoded from ControllerRevisions, per revision uid and resourceVersion. */
    private final Map<String, PodTemplateSpec> revisionTemplates = new HashMap<>();
    /** Per set, when the status its last sync wrote reaches the API server. */
    private final TreeMap<String, Long> statusWrites = new TreeMap<>();

    public StatefulSetController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.queue = new WorkQueue(ctx.engine(), Priority.STATEFULSET, "sts-sync", ctx.timings().controllerLatency, this::sync);
        this.podControl = new StatefulPodControl(ctx);
        this.history = new RevisionHistory(api);
    }

    /** The controller's last reason for not making progress on a set, worded as the window words it, or null. */
    public String waitingFor(String namespace, String name) {
        StatefulSetBlock block = blocks.get(key(namespace, name));
        return block == null ? null : block.line();
    }

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof StatefulSet set) {
            if (event.type() == WatchEvent.Type.DELETED) {
                blocks.remove(key(set.getMetadata().getNamespace(), set.getMetadata().getName()));
                return;
            }
            queue.add(key(set.getMetadata().getNamespace(), set.getMetadata().getName()));
        } else if (event.object() instanceof Pod pod) {
            onPod(event.type(), (Pod) event.oldObject(), pod);
        }
    }

    /**
     * addPod / updatePod / deletePod of {@code stateful_set.go}: a pod wakes its controller (and, when its controller
     * reference changed, the old one); an orphan that is new or changed its labels wakes every set that selects it,
     * to see whether one adopts it.
     */
    private void onPod(WatchEvent.Type type, Pod old, Pod pod) {
        OwnerReference ref = Owners.controllerOf(pod);
        OwnerReference oldRef = old == null ? null : Owners.controllerOf(old);
        if (oldRef != null && !Objects.equals(oldRef, ref) && CONTROLLER_KIND.equals(oldRef.getKind())) {
            queue.add(key(old.getMetadata().getNamespace(), oldRef.getName()));
        }
        if (ref != null) {
            if (CONTROLLER_KIND.equals(ref.getKind())) {
                queue.add(key(pod.getMetadata().getNamespace(), ref.getName()));
            }
            return;
        }
        boolean changed = old == null || !Objects.equals(old.getMetadata().getLabels(), pod.getMetadata().getLabels())
                || !Objects.equals(oldRef, ref);
        if (type != WatchEvent.Type.DELETED && changed) {
            for (StatefulSet set : api.list(StatefulSet.class, Kinds.STATEFUL_SET, pod.getMetadata().getNamespace())) {
                if (LabelSelectors.matches(set.getSpec().getSelector(), pod.getMetadata().getLabels())) {
                    queue.add(key(set.getMetadata().getNamespace(), set.getMetadata().getName()));
                }
            }
        }
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    private void sync(String key) {
        Long statusDue = statusWrites.get(key);
        if (statusDue != null) {
            // the previous sync's status request is still on its way: a worker runs one sync of a key at a time
            queue.addAfter(key, statusDue - ctx.engine().nowMillis());
            return;
        }
        String[] parts = key.split("/", 2);
        StatefulSet set = api.get(StatefulSet.class, Kinds.STATEFUL_SET, parts[0], parts[1]);
        if (set == null) {
            return;
        }
        List<Pod> pods = claimPods(set);
        if (pods == null) {
            return;
        }
        PodTemplateSpec updateTemplate = set.getSpec().getTemplate();
        List<ControllerRevision> revisions = history.revisions(set);
        RevisionHistory.Update update = history.ensureUpdateRevision(set, revisions);
        String updateRevision = update.name();
        String currentRevision = updateRevision;
        PodTemplateSpec currentTemplate = updateTemplate;
        String recorded = set.getStatus() == null ? null : set.getStatus().getCurrentRevision();
        if (recorded != null && !recorded.isEmpty()) {
            ControllerRevision revision = api.get(ControllerRevision.class, Kinds.CONTROLLER_REVISION, parts[0], recorded);
            if (revision != null) {
                currentRevision = recorded;
                currentTemplate = revisionTemplates.computeIfAbsent(
                        revision.getMetadata().getUid() + "/" + revision.getMetadata().getResourceVersion(),
                        k -> Revisions.templateOf(revision.getData()));
            }
        }
        StatefulSetControl control = new StatefulSetControl(podControl, ctx.profile().has(Capability.POD_INDEX_LABEL),
                ctx.profile().has(Capability.STATEFUL_SET_STATUS_RECOUNT));
        StatefulSetControl.Result result;
        try {
            result = control.update(set, pods, currentRevision, currentTemplate, updateRevision, updateTemplate, ctx.engine().now());
        } catch (RuntimeException e) {
            int n = failures.merge(key, 1, Integer::sum);
            queue.addAfter(key, Math.min(1_000_000L, 5L << Math.min(n - 1, 30)));
            return;
        }
        if (result.block() != null && result.block().error()) {
            // a sync error (processReplica returned one): AddRateLimited, the per-item backoff keeps growing until a sync succeeds
            int n = failures.merge(key, 1, Integer::sum);
            queue.addAfter(key, Math.min(1_000_000L, 5L << Math.min(n - 1, 30)));
        } else {
            failures.remove(key); // queue.Forget(key)
        }
        blocks.put(key, result.block());
        history.truncate(set, pods, revisions, currentRevision, updateRevision);
        StatefulSetStatus status = completeRollingUpdate(set, result.status());
        status.setCollisionCount(update.collisionCount());
        if (set.getStatus() == null || !Objects.equals(set.getStatus(), status)) {
            writeStatusAfterRoundTrip(key, status);
        }
        if (result.retry()) {
            queue.addAfter(key, set.getSpec().getMinReadySeconds() * 1000L);
        }
    }

    /**
     * updateStatefulSetStatus, the sync's last request: it reaches the API server a round trip after the sync's pod and
     * claim writes, so a new pod is seen for a moment before the status that counts it (and, for the set's first pod,
     * before any status names its revision). Written on the set as it is then (the status updater retries on conflict).
     */
    private void writeStatusAfterRoundTrip(String key, StatefulSetStatus status) {
        long due = ctx.engine().nowMillis() + ctx.timings().apiRoundTrip;
        statusWrites.put(key, due);
        ctx.engine().scheduleAt(due, Priority.STATEFULSET, "sts-status " + key, () -> {
            statusWrites.remove(key);
            String[] parts = key.split("/", 2);
            StatefulSet current = api.get(StatefulSet.class, Kinds.STATEFUL_SET, parts[0], parts[1]);
            if (current != null && !Objects.equals(current.getStatus(), status)) {
                StatefulSet copy = Copies.copy(current);
                copy.setStatus(status);
                api.update(copy);
            }
        });
    }

    /** When every pod runs the update revision and is ready, it becomes the current revision. */
    private static StatefulSetStatus completeRollingUpdate(StatefulSet set, StatefulSetStatus status) {
        int replicas = StatefulSets.replicas(set);
        if ("RollingUpdate".equals(set.getSpec().getUpdateStrategy().getType())
                && status.getUpdatedReplicas() == replicas && status.getReadyReplicas() == replicas
                && status.getReplicas() == replicas) {
            status.setCurrentReplicas(status.getUpdatedReplicas());
            status.setCurrentRevision(status.getUpdateRevision());
        }
        return status;
    }

    /**
     * sync's adoptOrphanRevisions and getPodsForStatefulSet: adopts the orphaned revisions and pods the set selects
     * (pods only when named like its members: isMemberOf), releases the pods it owns that no longer match, and returns
     * the pods it owns; null when a claim failed, after scheduling the retry (the sync returned the error).
     */
    private List<Pod> claimPods(StatefulSet set) {
        String namespace = set.getMetadata().getNamespace();
        String key = key(namespace, set.getMetadata().getName());
        List<ControllerRevision> orphanRevisions = new ArrayList<>();
        for (ControllerRevision r : api.list(ControllerRevision.class, Kinds.CONTROLLER_REVISION, namespace)) {
            if (Owners.controllerOf(r) == null) {
                orphanRevisions.add(r);
            }
        }
        List<String> errors = new ArrayList<>();
        if (!orphanRevisions.isEmpty()) {
            errors.addAll(new ControllerRefs(api, set, set.getSpec().getSelector()).claim(orphanRevisions).errors());
        }
        ControllerRefs.Claim<Pod> claim = errors.isEmpty()
                ? new ControllerRefs(api, set, set.getSpec().getSelector()).claim(api.list(Pod.class, Kinds.POD, namespace),
                        pod -> StatefulSets.isMemberOf(set, pod) && Pods.ordinal(pod.getMetadata().getName()) >= 0)
                : null;
        if (claim != null) {
            errors.addAll(claim.errors());
        }
        if (!errors.isEmpty()) {
            int n = failures.merge(key, 1, Integer::sum);
            queue.addAfter(key, Math.min(1_000_000L, 5L << Math.min(n - 1, 30)));
            return null;
        }
        return claim.claimed();
    }
}
