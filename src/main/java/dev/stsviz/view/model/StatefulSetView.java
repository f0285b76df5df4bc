package dev.stsviz.view.model;

import java.util.List;

/**
 * What a StatefulSet's card shows: its replica counts as {@code kubectl get sts -o wide} and the status hold them, how
 * it updates, its two revisions, and for a small set one chip per ordinal with the revision its pod runs.
 *
 * @param desired         spec.replicas
 * @param ready           status.readyReplicas
 * @param updated         status.updatedReplicas: pods at the update revision
 * @param current         status.currentReplicas: pods at the current revision
 * @param currentRevision status.currentRevision (a ControllerRevision's name), or null
 * @param updateRevision  status.updateRevision, or null
 * @param partition       spec.updateStrategy.rollingUpdate.partition (0 when unset): ordinals at or above it update
 * @param chips           ordinals start .. start+desired-1 in order; empty for a set too large to draw them
 */
public record StatefulSetView(String namespace, String name, String serviceName, int desired, int ready, int updated,
                              int current, String strategy, int partition, String podManagementPolicy, String currentRevision,
                              String updateRevision, int startOrdinal, List<OrdinalChip> chips) {

    /**
     * One ordinal of the set.
     *
     * @param pod  the pod's name (it exists or is about to)
     * @param mark its revision against the update revision; {@link RevisionMark#UNKNOWN} when there is no pod
     */
    public record OrdinalChip(int ordinal, String pod, boolean exists, RevisionMark mark) {
    }

    /** A rolling update is under way: the two revisions differ (for good, below a partition). */
    public boolean updating() {
        return currentRevision != null && updateRevision != null && !currentRevision.equals(updateRevision);
    }

    /** A RollingUpdate whose partition holds back some ordinals: the card draws where it falls. */
    public boolean partitioned() {
        return "RollingUpdate".equals(strategy) && partition > 0;
    }

    /** "6ff99": the current revision's short hash, or null. */
    public String currentHash() {
        return RevisionMark.shortHash(currentRevision);
    }

    /** The update revision's short hash, or null. */
    public String updateHash() {
        return RevisionMark.shortHash(updateRevision);
    }

    /** The first ordinal that takes the update: ordinals below it keep the current revision. */
    public int partitionOrdinal() {
        return startOrdinal + partition;
    }
}
