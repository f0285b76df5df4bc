package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.StatefulSetBlock;
import dev.stsviz.cluster.StatefulSets;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.stsviz.cluster.StatefulSetBlock.Reason.CREATE_FAILED;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.POD_TERMINAL;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.ROLLING_UPDATE_REPLACING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.ROLLING_UPDATE_WAITING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_DELETING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_HALTED_NOT_AVAILABLE;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_HALTED_NOT_READY;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_TERMINATING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.STALE_CLAIM;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.WAITING_AVAILABLE;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.WAITING_READY;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.WAITING_TERMINATE;

/**
 * A port of updateStatefulSet, processReplica, processCondemned and the rolling update from
 * {@code pkg/controller/statefulset/stateful_set_control.go} (Kubernetes 1.31). One call is one sync: it makes at
 * most the progress the real controller would make in one pass and returns the status to record, counted as the
 * profile's Kubernetes counts it ({@link StatusTally}).
 */
final class StatefulSetControl {
    /**
     * What the sync decided: the status to record, what stopped it (null when nothing did; {@link StatefulSetBlock#error()}
     * when Go's sync would have returned an error), and whether to sync again after minReadySeconds.
     */
    record Result(StatefulSetStatus status, StatefulSetBlock block, boolean retry) {
    }

    private final StatefulPodControl podControl;
    private final boolean podIndexLabel;
    /** Whether the status recounts the pods as they were before this sync's writes (1.28+) instead of tallying them. */
    private final boolean recount;
    /** The pods this sync began with and what it created and deleted: the status of Kubernetes before 1.28. */
    private List<Pod> observed = List.of();
    private final StatusTally tally = new StatusTally();

    StatefulSetControl(StatefulPodControl podControl, boolean podIndexLabel, boolean recount) {
        this.podControl = podControl;
        this.podIndexLabel = podIndexLabel;
        this.recount = recount;
    }

    private static final class Outcome {
        boolean exit;
        StatefulSetBlock block;
    }

    Result update(StatefulSet set, List<Pod> pods, String currentRevision, PodTemplateSpec currentTemplate,
                  String updateRevision, PodTemplateSpec updateTemplate, Instant now) {
        int minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
        observed = pods;
        int replicaCount = StatefulSets.replicas(set);
        int start = StatefulSets.startOrdinal(set);
        Pod[] replicas = new Pod[replicaCount];
        List<Pod> condemned = new ArrayList<>();
        for (Pod pod : pods) {
            int ord = Pods.ordinal(pod.getMetadata().getName());
            if (StatefulSets.inOrdinalRange(pod, set)) {
                replicas[ord - start] = pod;
            } else if (ord >= 0) {
                condemned.add(pod);
            }
        }
        for (int ord = start; ord <= StatefulSets.endOrdinal(set); ord++) {
            if (replicas[ord - start] == null) {
                replicas[ord - start] = newVersionedPod(set, currentRevision, currentTemplate, updateRevision, updateTemplate, ord);
            }
        }
        condemned.sort(Comparator.comparingInt((Pod p) -> Pods.ordinal(p.getMetadata().getName())).reversed());
        Pod firstUnavailable = null;
        for (Pod p : replicas) {
            if (isUnavailable(p, minReady, now) && firstUnavailable == null) {
                firstUnavailable = p;
            }
        }
        for (int i = condemned.size() - 1; i >= 0; i--) {
            if (isUnavailable(condemned.get(i), minReady, now) && firstUnavailable == null) {
                firstUnavailable = condemned.get(i);
            }
        }
        if (set.getMetadata().getDeletionTimestamp() != null) {
            return result(set, pods, currentRevision, updateRevision, minReady, now, null);
        }
        boolean monotonic = !"Parallel".equals(set.getSpec().getPodManagementPolicy());
        BlockContext context = new BlockContext(currentRevision, updateRevision, !condemned.isEmpty());

        // First, process each living replica. Exit if something blocks in monotonic mode.
        Outcome outcome = new Outcome();
        for (int i = 0; i < replicas.length; i++) {
            processReplica(set, monotonic, context, replicas, i, now, outcome);
            if (outcome.exit && monotonic) {
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, outcome.block);
            }
        }
        // Fix claims of condemned pods for the retention policy.
        for (Pod pod : condemned) {
            if (!podControl.claimsMatchRetentionPolicy(set, pod)) {
                podControl.updateClaimsForRetention(set, pod);
            }
        }
        // Scale down, highest ordinal first; in monotonic mode one at a time and only when all are healthy.
        for (int i = 0; i < condemned.size(); i++) {
            Outcome o = new Outcome();
            processCondemned(set, firstUnavailable, monotonic, condemned, i, minReady, now, o);
            if (o.exit && monotonic) {
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, o.block);
            }
        }
        StatefulSetBlock waiting = outcome.block;
        if ("OnDelete".equals(set.getSpec().getUpdateStrategy().getType())) {
            return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, waiting);
        }
        // Rolling update: delete the highest ordinal not at the update revision, one at a time.
        for (int target = replicas.length - 1; target >= StatefulSets.partition(set); target--) {
            Pod pod = replicas[target];
            if (!updateRevision.equals(StatefulSets.revisionOf(pod)) && !Pods.isTerminating(pod)) {
                podControl.deletePod(set, pod);
                tally.replacedForUpdate();
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now,
                        StatefulSetBlock.of(ROLLING_UPDATE_REPLACING, pod.getMetadata().getName()));
            }
            if (isUnavailable(pod, minReady, now)) {
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now,
                        StatefulSetBlock.of(ROLLING_UPDATE_WAITING, pod.getMetadata().getName()));
            }
        }
        return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, waiting);
    }

    /**
     * What the blocks of one sync are worded against: the two revisions (is a replica being rolled out?) and whether pods
     * are condemned (then a replica that is not healthy halts the scale-down, as processCondemned is never reached).
     */
    private record BlockContext(String current, String update, boolean scalingDown) {
        boolean rollingOut(StatefulSet set, int i) {
            return StatefulSets.rollingOut(set, i, current, update);
        }
    }

    /** processReplica: one replica's step; {@code out.exit} when the sync stops here (in Go: return true). */
    private void processReplica(StatefulSet set, boolean monotonic, BlockContext context, Pod[] replicas, int i, Instant now,
                                Outcome out) {
        Pod pod = replicas[i];
        String name = pod.getMetadata().getName();
        int minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
        // Delete and recreate pods which finished running (Failed or Succeeded).
        if (Pods.isTerminal(pod)) {
            boolean terminating = Pods.isTerminating(pod);
            if (!terminating) {
                podControl.deletePod(set, pod);
                tally.deletedFailed(StatefulSets.revisionOf(pod));
            }
            out.exit = true;
            // once its deletion has started, it waits to terminate like any other pod
            out.block = terminating ? terminatingBlock(set, context, i, pod) : StatefulSetBlock.of(POD_TERMINAL, name, Pods.phase(pod));
            return;
        }
        if (!isCreated(pod)) {
            String staleClaim = podControl.staleClaim(set, pod);
            if (staleClaim != null) {
                out.exit = true;
                out.block = StatefulSetBlock.of(STALE_CLAIM, name, staleClaim);
                return;
            }
            try {
                podControl.createPod(set, pod);
                tally.created(StatefulSets.revisionOf(pod));
            } catch (RuntimeException e) {
                out.exit = true; // Go returns the error: the controller retries with backoff (StatefulSetBlock.error())
                out.block = StatefulSetBlock.of(CREATE_FAILED, name, e.getMessage());
                return;
            }
            if (monotonic) {
                out.exit = true;
                out.block = notReadyBlock(set, context, i, name);
                return;
            }
            return;
        }
        if ("Pending".equals(Pods.phase(pod))) {
            podControl.createMissingClaims(set, pod);
        }
        if (Pods.isTerminating(pod) && monotonic) {
            out.exit = true;
            out.block = terminatingBlock(set, context, i, pod);
            return;
        }
        if (!Pods.isRunningAndReady(pod) && monotonic) {
            out.exit = true;
            out.block = notReadyBlock(set, context, i, name);
            return;
        }
        if (!Pods.isRunningAndAvailable(pod, minReady, now) && monotonic) {
            out.exit = true;
            out.block = context.scalingDown() ? StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_AVAILABLE, name, minReady)
                    : StatefulSetBlock.of(WAITING_AVAILABLE, name, minReady).rollingUpdate(context.rollingOut(set, i));
            return;
        }
        boolean retentionMatch = podControl.claimsMatchRetentionPolicy(set, pod);
        if (podControl.identityAndStorageMatch(set, pod) && retentionMatch) {
            return;
        }
        podControl.updatePod(set, pod, podIndexLabel);
    }

    /** A terminating replica: in a roll out, the outdated pod being replaced; else just a pod to wait for. */
    private static StatefulSetBlock terminatingBlock(StatefulSet set, BlockContext context, int i, Pod pod) {
        String name = pod.getMetadata().getName();
        return context.rollingOut(set, i) && !context.update().equals(StatefulSets.revisionOf(pod))
                ? StatefulSetBlock.of(ROLLING_UPDATE_REPLACING, name) : StatefulSetBlock.of(WAITING_TERMINATE, name);
    }

    /** A replica not (yet) Running and Ready: it halts a scale-down, else the next ordinal waits for it. */
    private static StatefulSetBlock notReadyBlock(StatefulSet set, BlockContext context, int i, String name) {
        return context.scalingDown() ? StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_READY, name)
                : StatefulSetBlock.of(WAITING_READY, name).rollingUpdate(context.rollingOut(set, i));
    }

    /** processCondemned: deletes pod i, or says in {@code out} why it may not yet (monotonic only). */
    private void processCondemned(StatefulSet set, Pod firstUnavailable, boolean monotonic, List<Pod> condemned, int i,
                                  int minReady, Instant now, Outcome out) {
        Pod pod = condemned.get(i);
        String name = pod.getMetadata().getName();
        if (Pods.isTerminating(pod)) {
            out.exit = monotonic;
            out.block = StatefulSetBlock.of(SCALE_DOWN_TERMINATING, name);
            return;
        }
        if (!Pods.isRunningAndReady(pod) && monotonic && pod != firstUnavailable) {
            out.exit = true;
            out.block = StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_READY, firstUnavailable.getMetadata().getName());
            return;
        }
        if (!Pods.isRunningAndAvailable(pod, minReady, now) && monotonic && pod != firstUnavailable) {
            out.exit = true;
            out.block = StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_AVAILABLE, firstUnavailable.getMetadata().getName(), minReady);
            return;
        }
        podControl.deletePod(set, pod);
        tally.deletedCondemned(StatefulSets.revisionOf(pod));
        out.exit = true;
        out.block = StatefulSetBlock.of(SCALE_DOWN_DELETING, name);
    }

    /** newVersionedStatefulSetPod, including the upstream precedence of && over ||. */
    private Pod newVersionedPod(StatefulSet set, String currentRevision, PodTemplateSpec currentTemplate,
                                String updateRevision, PodTemplateSpec updateTemplate, int ordinal) {
        var strategy = set.getSpec().getUpdateStrategy();
        int start = StatefulSets.startOrdinal(set);
        int currentReplicas = set.getStatus() == null || set.getStatus().getCurrentReplicas() == null ? 0
                : set.getStatus().getCurrentReplicas();
        boolean rolling = "RollingUpdate".equals(strategy.getType());
        boolean useCurrent = (rolling && strategy.getRollingUpdate() == null && ordinal < start + currentReplicas)
                || (strategy.getRollingUpdate() != null && strategy.getRollingUpdate().getPartition() != null
                && ordinal < start + strategy.getRollingUpdate().getPartition());
        if (useCurrent) {
            return StatefulPods.newPod(set, currentTemplate, ordinal, currentRevision, podIndexLabel);
        }
        return StatefulPods.newPod(set, updateTemplate, ordinal, updateRevision, podIndexLabel);
    }

    static boolean isCreated(Pod pod) {
        return !Pods.phase(pod).isEmpty();
    }

    static boolean isHealthy(Pod pod) {
        return Pods.isRunningAndReady(pod) && !Pods.isTerminating(pod);
    }

    static boolean isUnavailable(Pod pod, int minReady, Instant now) {
        // with minReadySeconds 0, available is running-and-ready, which isHealthy checked: skip the second scan
        return !isHealthy(pod) || (minReady > 0 && !Pods.isRunningAndAvailable(pod, minReady, now));
    }

    private static List<Pod> created(Pod[] replicas, List<Pod> condemned) {
        List<Pod> result = new ArrayList<>();
        for (Pod p : replicas) {
            if (isCreated(p)) {
                result.add(p);
            }
        }
        result.addAll(condemned);
        return result;
    }

    private Result result(StatefulSet set, List<Pod> pods, String currentRevision, String updateRevision, int minReady,
                          Instant now, StatefulSetBlock block) {
        StatefulSetStatus status = new StatefulSetStatus();
        status.setObservedGeneration(set.getMetadata().getGeneration());
        status.setCurrentRevision(currentRevision);
        status.setUpdateRevision(updateRevision);
        status.setCollisionCount(0);
        int replicas = 0, ready = 0, available = 0, current = 0, updated = 0;
        for (Pod pod : recount ? pods : observed) {
            if (isCreated(pod)) {
                replicas++;
            }
            if (Pods.isRunningAndReady(pod)) {
                ready++;
                if (Pods.isRunningAndAvailable(pod, minReady, now)) {
                    available++;
                }
            }
            if (isCreated(pod) && !Pods.isTerminating(pod)) {
                String revision = StatefulSets.revisionOf(pod);
                if (currentRevision.equals(revision)) {
                    current++;
                }
                if (updateRevision.equals(revision)) {
                    updated++;
                }
            }
        }
        status.setReplicas(replicas);
        status.setReadyReplicas(ready);
        status.setAvailableReplicas(available);
        status.setCurrentReplicas(current);
        status.setUpdatedReplicas(updated);
        if (!recount) {
            tally.applyTo(status, currentRevision, updateRevision);
        }
        boolean retry = minReady > 0 && ready != available;
        return new Result(status, block, retry);
    }
}
