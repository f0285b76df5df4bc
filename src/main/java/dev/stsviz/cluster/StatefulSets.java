package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;

import java.util.Map;

/**
 * Pure questions about a StatefulSet and its pods ({@code pkg/controller/statefulset/stateful_set_utils.go}), shared by
 * the simulated controller and {@link WhyWaiting}, which must agree on which pods are replicas and which are condemned.
 */
public final class StatefulSets {
    /** The label holding the ControllerRevision a pod was created from (apps.ControllerRevisionHashLabelKey). */
    public static final String REVISION_LABEL = "controller-revision-hash";

    /** {@code spec.ordinals.start}, 0 when unset. */
    public static int startOrdinal(StatefulSet set) {
        if (set.getSpec().getOrdinals() != null && set.getSpec().getOrdinals().getStart() != null) {
            return set.getSpec().getOrdinals().getStart();
        }
        return 0;
    }

    /** The highest ordinal in range (getEndOrdinal); below the start when there are no replicas. */
    public static int endOrdinal(StatefulSet set) {
        return startOrdinal(set) + replicas(set) - 1;
    }

    /** {@code spec.replicas}, 1 when unset (the API's default). */
    public static int replicas(StatefulSet set) {
        return set.getSpec().getReplicas() == null ? 1 : set.getSpec().getReplicas();
    }

    /** podInOrdinalRange: a replica to keep; a member outside the range is condemned. */
    public static boolean inOrdinalRange(Pod pod, StatefulSet set) {
        int ord = Pods.ordinal(pod.getMetadata().getName());
        return ord >= startOrdinal(set) && ord <= endOrdinal(set);
    }

    /** getPodRevision: the pod's {@link #REVISION_LABEL}, or null. */
    public static String revisionOf(Pod pod) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        return labels == null ? null : labels.get(REVISION_LABEL);
    }

    /** getParentName(pod) == set.Name, without the substring (the controller asks it for every pod on every sync). */
    public static boolean isMemberOf(StatefulSet set, Pod pod) {
        String name = pod.getMetadata().getName();
        String parent = set.getMetadata().getName();
        int dash = parent.length();
        return name.length() > dash && name.charAt(dash) == '-' && name.startsWith(parent) && name.indexOf('-', dash + 1) < 0;
    }

    /**
     * A member in the set's namespace whose controller reference is the set (by uid when both uids are known, as a
     * live cluster has them; by kind for objects read from disk). A pod without a controller is an orphan the
     * controller would adopt, so it counts.
     */
    public static boolean belongsToSet(StatefulSet set, Pod pod) {
        if (!namespace(pod.getMetadata().getNamespace()).equals(namespace(set.getMetadata().getNamespace()))
                || !isMemberOf(set, pod)) {
            return false;
        }
        OwnerReference ref = Owners.controllerOf(pod);
        if (ref == null) {
            return true;
        }
        String uid = set.getMetadata().getUid();
        return uid != null && ref.getUid() != null ? uid.equals(ref.getUid()) : "StatefulSet".equals(ref.getKind());
    }

    /** {@code spec.updateStrategy.type}, RollingUpdate when unset (the API's default). */
    public static String updateStrategyType(StatefulSet set) {
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        return strategy == null || strategy.getType() == null ? "RollingUpdate" : strategy.getType();
    }

    /** {@code spec.updateStrategy.rollingUpdate.partition}, 0 when unset: the rolling update stops below it. */
    public static int partition(StatefulSet set) {
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        return strategy == null || strategy.getRollingUpdate() == null || strategy.getRollingUpdate().getPartition() == null
                ? 0 : strategy.getRollingUpdate().getPartition();
    }

    /**
     * A RollingUpdate is under way (both revisions known and different) and the replica at index {@code i} (ordinal
     * start + i) is at or above the partition: what happens to it is part of the roll out.
     */
    public static boolean rollingOut(StatefulSet set, int i, String currentRevision, String updateRevision) {
        return "RollingUpdate".equals(updateStrategyType(set)) && i >= partition(set)
                && currentRevision != null && !currentRevision.isEmpty()
                && updateRevision != null && !updateRevision.isEmpty() && !currentRevision.equals(updateRevision);
    }

    private static String namespace(String namespace) {
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }

    private StatefulSets() {
    }
}
