package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * kubectl's StatefulSetStatusViewer ({@code k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go}): what
 * {@code kubectl rollout status sts NAME} prints for a set at one moment. The console prints it; the why-line quotes it
 * during an update, so both say the same thing.
 */
public final class RolloutStatus {
    /**
     * @param text  kubectl's line, with its newline; empty with an error
     * @param done  the roll out is complete: kubectl stops watching
     * @param error kubectl's error (not a RollingUpdate set), else null
     */
    public record Line(String text, boolean done, String error) {
    }

    public static Line of(StatefulSet sts) {
        var spec = sts.getSpec();
        var status = sts.getStatus();
        if (spec.getUpdateStrategy() == null || !"RollingUpdate".equals(spec.getUpdateStrategy().getType())) {
            return new Line("", true, "error: rollout status is only available for RollingUpdate strategy type");
        }
        long generation = sts.getMetadata().getGeneration() == null ? 0 : sts.getMetadata().getGeneration();
        long observed = status == null || status.getObservedGeneration() == null ? 0 : status.getObservedGeneration();
        if (observed == 0 || generation > observed) {
            return new Line("Waiting for statefulset spec update to be observed...\n", false, null);
        }
        int replicas = spec.getReplicas() == null ? 1 : spec.getReplicas();
        int ready = status.getReadyReplicas() == null ? 0 : status.getReadyReplicas();
        int updated = status.getUpdatedReplicas() == null ? 0 : status.getUpdatedReplicas();
        if (ready < replicas) {
            return new Line("Waiting for " + (replicas - ready) + " pods to be ready...\n", false, null);
        }
        var rolling = spec.getUpdateStrategy().getRollingUpdate();
        if (rolling != null) {
            if (rolling.getPartition() != null && updated < replicas - rolling.getPartition()) {
                return new Line("Waiting for partitioned roll out to finish: " + updated + " out of "
                        + (replicas - rolling.getPartition()) + " new pods have been updated...\n", false, null);
            }
            return new Line("partitioned roll out complete: " + updated + " new pods have been updated...\n", true, null);
        }
        if (!java.util.Objects.equals(status.getUpdateRevision(), status.getCurrentRevision())) {
            return new Line("waiting for statefulset rolling update to complete " + updated + " pods at revision "
                    + status.getUpdateRevision() + "...\n", false, null);
        }
        return new Line("statefulset rolling update complete " + status.getCurrentReplicas() + " pods at revision "
                + status.getCurrentRevision() + "...\n", true, null);
    }

    private RolloutStatus() {
    }
}
