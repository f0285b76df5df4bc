package dev.stsviz.sim.controllers.replicaset;

import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.apiserver.LabelSelectors;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatusBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code calculateStatus} and the no-op test of {@code updateReplicaSetStatus} ({@code replicaset_utils.go}, 1.24). */
final class ReplicaSetStatuses {
    static final String REPLICA_FAILURE = "ReplicaFailure";

    /**
     * The status for the claimed active pods; {@code manageError} (null when the sync's creates and deletes went well)
     * sets the ReplicaFailure condition, with reason FailedCreate or FailedDelete, once.
     */
    static ReplicaSetStatus calculate(ReplicaSet rs, List<Pod> pods, String manageError, Instant now) {
        ReplicaSetStatus old = rs.getStatus() == null ? new ReplicaSetStatus() : rs.getStatus();
        int fullyLabeled = 0;
        int ready = 0;
        int available = 0;
        LabelSelector templateLabels = new LabelSelector(null, rs.getSpec().getTemplate().getMetadata().getLabels());
        int minReady = rs.getSpec().getMinReadySeconds() == null ? 0 : rs.getSpec().getMinReadySeconds();
        for (Pod pod : pods) {
            if (LabelSelectors.matches(templateLabels, pod.getMetadata().getLabels())) {
                fullyLabeled++;
            }
            if (Pods.isReady(pod)) {
                ready++;
                if (isAvailable(pod, minReady, now)) {
                    available++;
                }
            }
        }
        List<ReplicaSetCondition> conditions = new ArrayList<>(old.getConditions());
        boolean hasFailure = conditions.stream().anyMatch(c -> REPLICA_FAILURE.equals(c.getType()));
        if (manageError != null && !hasFailure) {
            int diff = pods.size() - rs.getSpec().getReplicas();
            String reason = diff < 0 ? "FailedCreate" : diff > 0 ? "FailedDelete" : "";
            conditions.add(new ReplicaSetConditionBuilder().withType(REPLICA_FAILURE).withStatus("True").withReason(reason)
                    .withMessage(manageError).withLastTransitionTime(Timestamps.format(now)).build());
        } else if (manageError == null && hasFailure) {
            conditions.removeIf(c -> REPLICA_FAILURE.equals(c.getType()));
        }
        return new ReplicaSetStatusBuilder(old)
                .withConditions(conditions)
                .withReplicas(pods.size())
                .withFullyLabeledReplicas(fullyLabeled)
                .withReadyReplicas(ready)
                .withAvailableReplicas(available)
                .build();
    }

    /** updateReplicaSetStatus writes nothing in the steady state: same counts and conditions, generation observed. */
    static boolean unchanged(ReplicaSet rs, ReplicaSetStatus status) {
        ReplicaSetStatus old = rs.getStatus();
        return old != null && eq(old.getReplicas(), status.getReplicas())
                && eq(old.getFullyLabeledReplicas(), status.getFullyLabeledReplicas())
                && eq(old.getReadyReplicas(), status.getReadyReplicas())
                && eq(old.getAvailableReplicas(), status.getAvailableReplicas())
                && Objects.equals(rs.getMetadata().getGeneration(), old.getObservedGeneration())
                && Objects.equals(old.getConditions(), status.getConditions());
    }

    /** podutil.IsPodAvailable: ready, and for minReadySeconds when that is set. */
    static boolean isAvailable(Pod pod, int minReadySeconds, Instant now) {
        if (!Pods.isReady(pod)) {
            return false;
        }
        if (minReadySeconds == 0) {
            return true;
        }
        PodCondition c = Pods.condition(pod, "Ready");
        Instant since = Timestamps.parse(c.getLastTransitionTime());
        return since != null && since.plusSeconds(minReadySeconds).isBefore(now);
    }

    private static boolean eq(Integer a, Integer b) {
        return (a == null ? 0 : a) == (b == null ? 0 : b);
    }

    private ReplicaSetStatuses() {
    }
}
