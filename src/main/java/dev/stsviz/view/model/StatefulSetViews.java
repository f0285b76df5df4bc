package dev.stsviz.view.model;

import dev.stsviz.cluster.StatefulSets;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds a {@link StatefulSetView} from a set and the pod views the model holds. Pure. */
final class StatefulSetViews {
    /** Up to this many replicas the card draws one chip per ordinal; beyond, the counts say it. */
    static final int MAX_CHIPS = 24;

    /** {@code pods}: the model's view of a pod by name, or null when there is none. */
    static StatefulSetView of(StatefulSet set, Function<String, PodView> pods) {
        var status = set.getStatus();
        String name = set.getMetadata().getName();
        int desired = set.getSpec() == null ? 0 : StatefulSets.replicas(set);
        int start = set.getSpec() == null ? 0 : StatefulSets.startOrdinal(set);
        List<StatefulSetView.OrdinalChip> chips = new ArrayList<>();
        if (desired <= MAX_CHIPS) {
            for (int ordinal = start; ordinal < start + desired; ordinal++) {
                String pod = name + "-" + ordinal;
                PodView view = pods.apply(pod);
                chips.add(new StatefulSetView.OrdinalChip(ordinal, pod, view != null,
                        view == null ? RevisionMark.UNKNOWN : view.identity().revisionMark()));
            }
        }
        return new StatefulSetView(set.getMetadata().getNamespace(), name, set.getSpec() == null ? null : set.getSpec().getServiceName(),
                desired, count(status == null ? null : status.getReadyReplicas()),
                count(status == null ? null : status.getUpdatedReplicas()),
                count(status == null ? null : status.getCurrentReplicas()),
                set.getSpec() == null ? "" : StatefulSets.updateStrategyType(set),
                set.getSpec() == null ? 0 : StatefulSets.partition(set),
                set.getSpec() == null || set.getSpec().getPodManagementPolicy() == null ? "OrderedReady"
                        : set.getSpec().getPodManagementPolicy(),
                status == null ? null : status.getCurrentRevision(), status == null ? null : status.getUpdateRevision(), start,
                List.copyOf(chips));
    }

    /** Whether a pod change can change the set's card (null: no set): only the chips read pods. */
    static boolean readsPods(StatefulSet set) {
        return set != null && set.getSpec() != null && StatefulSets.replicas(set) <= MAX_CHIPS;
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private StatefulSetViews() {
    }
}
