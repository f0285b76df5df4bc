package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The namespace's StatefulSets and their cards for {@link IncrementalDiagramModel}: which set owns a pod, which card a
 * pod change redraws (only a card that draws ordinal chips reads pods), and when a set's change re-marks its pods.
 * <p>Not thread-safe: the model's reader owns it.
 */
final class StatefulSetCards {
    private final String namespace;
    private final TreeMap<String, StatefulSet> sets = new TreeMap<>();
    private final TreeMap<String, StatefulSetView> cards = new TreeMap<>();

    StatefulSetCards(String namespace) {
        this.namespace = namespace;
    }

    /** Starts again from a model built from scratch. */
    void rebuild(Map<String, StatefulSet> all, List<StatefulSetView> views) {
        sets.clear();
        cards.clear();
        sets.putAll(all);
        views.forEach(card -> cards.put(card.name(), card));
    }

    StatefulSet ownerOf(Pod pod) {
        return DiagramModel.ownerOf(sets, pod);
    }

    /** The set whose card shows a chip for this pod name, or null. */
    String cardReading(String podName) {
        StatefulSet parent = sets.get(Pods.parentName(podName));
        return parent != null && StatefulSetViews.readsPods(parent) ? parent.getMetadata().getName() : null;
    }

    /**
     * Reads a changed set. True when what marks and owns its pods changed (the set came, went or was replaced, or its
     * revisions moved): its pods must be recomputed.
     */
    boolean setChanged(ClusterState state, String name) {
        StatefulSet before = sets.get(name);
        StatefulSet after = state.get(StatefulSet.class, Kinds.STATEFUL_SET, namespace, name).orElse(null);
        if (after == null) {
            sets.remove(name);
        } else {
            sets.put(name, after);
        }
        return !marksAlike(before, after);
    }

    /** Recomputes one card from the model's pods; true when it differs from what was shown. */
    boolean refresh(String name, Function<String, PodView> pods) {
        StatefulSet set = sets.get(name);
        if (set == null) {
            return cards.remove(name) != null;
        }
        StatefulSetView next = StatefulSetViews.of(set, pods);
        if (next.equals(cards.get(name))) {
            return false;
        }
        cards.put(name, next);
        return true;
    }

    /** The cards in name order (a new list: the model's is immutable once shown). */
    List<StatefulSetView> cards() {
        return new ArrayList<>(cards.values());
    }

    private static boolean marksAlike(StatefulSet a, StatefulSet b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.getMetadata().getUid(), b.getMetadata().getUid()) && revisions(a).equals(revisions(b));
    }

    private static List<String> revisions(StatefulSet set) {
        var status = set.getStatus();
        return status == null ? List.of() : Arrays.asList(status.getCurrentRevision(), status.getUpdateRevision());
    }
}
