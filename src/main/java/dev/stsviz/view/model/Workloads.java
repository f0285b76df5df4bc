package dev.stsviz.view.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workloads whose pods the diagram shows, with how many pods each has: the legend's chips. Counted per node
 * column and remembered by the column's instance, so a pulse that changed one column counts that column only (the
 * incremental model keeps unchanged columns' instances).
 * <p>Not thread-safe: one reader (the FX thread) owns it.
 */
public final class Workloads {
    /** StatefulSets first (the chapter's subject), then the other controllers, bare pods last; by name within a kind. */
    static final Comparator<Workload> ORDER = Comparator.comparingInt((Workload w) -> rank(w.owner()))
            .thenComparing(w -> w.owner().none() ? "" : w.owner().kind())
            .thenComparing(w -> w.owner().none() ? "" : w.owner().name());

    private Map<NodeView, Map<PodOwner, Integer>> byColumn = new IdentityHashMap<>();
    private List<PodView> unscheduledSeen;
    private Map<PodOwner, Integer> unscheduledCounts = Map.of();

    /** One workload and the number of its pods in the picture. */
    public record Workload(PodOwner owner, int pods) {
    }

    /** The model's workloads in {@link #ORDER}. */
    public List<Workload> of(DiagramModel model) {
        Map<NodeView, Map<PodOwner, Integer>> next = new IdentityHashMap<>();
        Map<PodOwner, Integer> total = new LinkedHashMap<>();
        for (NodeView node : model.nodes()) {
            Map<PodOwner, Integer> counts = byColumn.get(node);
            if (counts == null) {
                counts = count(node.pods());
            }
            next.put(node, counts);
            counts.forEach((owner, n) -> total.merge(owner, n, Integer::sum));
        }
        byColumn = next;
        if (model.unscheduled() != unscheduledSeen) {
            unscheduledSeen = model.unscheduled();
            unscheduledCounts = count(unscheduledSeen);
        }
        unscheduledCounts.forEach((owner, n) -> total.merge(owner, n, Integer::sum));
        List<Workload> list = new ArrayList<>();
        total.forEach((owner, n) -> list.add(new Workload(owner, n)));
        list.sort(ORDER);
        return list;
    }

    private static Map<PodOwner, Integer> count(List<PodView> pods) {
        Map<PodOwner, Integer> counts = new LinkedHashMap<>();
        for (PodView pod : pods) {
            counts.merge(pod.owner(), 1, Integer::sum);
        }
        return counts;
    }

    private static int rank(PodOwner owner) {
        if (owner.none()) {
            return 3;
        }
        return switch (owner.kind()) {
            case "sts" -> 0;
            case "deploy", "rs" -> 1;
            default -> 2;
        };
    }
}
