package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.StatefulSets;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A port of updateStatefulSet, processReplica, processCondemned and the rolling update from
 * {@code pkg/controller/statefulset/stateful_set_control.go} (Kubernetes 1.31). One call is one sync: it makes at
 * most the progress the real controller would make in one pass and returns the status to record.
 */
final class StatefulSetControl {
    /** What the sync decided, for the status and for a "why is it waiting" line. */
    record Result(StatefulSetStatus status, String waitingFor, boolean retry) {
    }

    private final StatefulPodControl podControl;
    private final boolean podIndexLabel;

    StatefulSetControl(StatefulPodControl podControl, boolean podIndexLabel) {
        this.podControl = podControl;
        this.podIndexLabel = podIndexLabel;
    }

    private static final class Outcome {
        boolean exit;
        String waitingFor;
    }

    Result update(StatefulSet set, List<Pod> pods, String currentRevision, PodTemplateSpec currentTemplate,
                  String updateRevision, PodTemplateSpec updateTemplate, Instant now) {
        int minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
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

        // First, process each living replica. Exit if something blocks in monotonic mode.
        Outcome outcome = new Outcome();
        for (int i = 0; i < replicas.length; i++) {
            processReplica(set, monotonic, replicas, i, now, outcome);
            if (outcome.exit && monotonic) {
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, outcome.waitingFor);
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
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, o.waitingFor);
            }
        }
        String waiting = outcome.waitingFor;
        if ("OnDelete".equals(set.getSpec().getUpdateStrategy().getType())) {
            return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, waiting);
        }
        // Rolling update: delete the highest ordinal not at the update revision, one at a time.
        for (int target = replicas.length - 1; target >= StatefulSets.partition(set); target--) {
            Pod pod = replicas[target];
            if (!updateRevision.equals(StatefulSets.revisionOf(pod)) && !Pods.isTerminating(pod)) {
                podControl.deletePod(set, pod);
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now,
                        "rolling update: replacing " + pod.getMetadata().getName());
            }
            if (isUnavailable(pod, minReady, now)) {
                return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now,
                        "rolling update: waiting for " + pod.getMetadata().getName() + " to be Running and Ready");
            }
        }
        return result(set, created(replicas, condemned), currentRevision, updateRevision, minReady, now, waiting);
    }

    private void processReplica(StatefulSet set, boolean monotonic, Pod[] replicas, int i, Instant now, Outcome out) {
        Pod pod = replicas[i];
        String name = pod.getMetadata().getName();
        int minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
        // Delete and recreate pods which finished running (Failed or Succeeded).
        if (Pods.isTerminal(pod)) {
            if (!Pods.isTerminating(pod)) {
                podControl.deletePod(set, pod);
            }
            out.exit = true;
            out.waitingFor = "waiting for " + name + " (" + Pods.phase(pod) + ") to be deleted and recreated";
            return;
        }
        if (!isCreated(pod)) {
            if (podControl.podClaimIsStale(set, pod)) {
                out.exit = true;
                out.waitingFor = "waiting for the stale PVC of " + name + " to be deleted";
                return;
            }
            try {
                podControl.createPod(set, pod);
            } catch (RuntimeException e) {
                out.exit = true;
                out.waitingFor = "cannot create " + name + ": " + e.getMessage();
                return;
            }
            if (monotonic) {
                out.exit = true;
                out.waitingFor = "waiting for " + name + " to be Running and Ready";
                return;
            }
            return;
        }
        if ("Pending".equals(Pods.phase(pod))) {
            podControl.createMissingClaims(set, pod);
        }
        if (Pods.isTerminating(pod) && monotonic) {
            out.exit = true;
            out.waitingFor = "waiting for " + name + " to terminate";
            return;
        }
        if (!Pods.isRunningAndReady(pod) && monotonic) {
            out.exit = true;
            out.waitingFor = "waiting for " + name + " to be Running and Ready";
            return;
        }
        if (!Pods.isRunningAndAvailable(pod, minReady, now) && monotonic) {
            out.exit = true;
            out.waitingFor = "waiting for " + name + " to be Available (minReadySeconds " + minReady + ")";
            return;
        }
        boolean retentionMatch = podControl.claimsMatchRetentionPolicy(set, pod);
        if (podControl.identityAndStorageMatch(set, pod) && retentionMatch) {
            return;
        }
        podControl.updatePod(set, pod, podIndexLabel);
    }

    private void processCondemned(StatefulSet set, Pod firstUnavailable, boolean monotonic, List<Pod> condemned, int i,
                                  int minReady, Instant now, Outcome out) {
        Pod pod = condemned.get(i);
        String name = pod.getMetadata().getName();
        if (Pods.isTerminating(pod)) {
            out.exit = monotonic;
            out.waitingFor = "scale-down: waiting for " + name + " to terminate";
            return;
        }
        if (!Pods.isRunningAndReady(pod) && monotonic && pod != firstUnavailable) {
            out.exit = true;
            out.waitingFor = "scale-down halted: " + firstUnavailable.getMetadata().getName() + " is not Running and Ready";
            return;
        }
        if (!Pods.isRunningAndAvailable(pod, minReady, now) && monotonic && pod != firstUnavailable) {
            out.exit = true;
            out.waitingFor = "scale-down halted: " + firstUnavailable.getMetadata().getName() + " is not Available";
            return;
        }
        podControl.deletePod(set, pod);
        out.exit = true;
        out.waitingFor = "scale-down: deleting " + name;
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
                          Instant now, String waitingFor) {
        StatefulSetStatus status = new StatefulSetStatus();
        status.setObservedGeneration(set.getMetadata().getGeneration());
        status.setCurrentRevision(currentRevision);
        status.setUpdateRevision(updateRevision);
        status.setCollisionCount(0);
        int replicas = 0, ready = 0, available = 0, current = 0, updated = 0;
        for (Pod pod : pods) {
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
        boolean retry = minReady > 0 && ready != available;
        return new Result(status, waitingFor, retry);
    }
}
