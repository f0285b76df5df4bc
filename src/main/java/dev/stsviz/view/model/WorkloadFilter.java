package dev.stsviz.view.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The picture without the pods of the workloads the legend hides. With nothing hidden the model passes through
 * untouched; otherwise a column that did not change since the last call keeps its filtered instance, so the diagram
 * still skips unchanged columns by identity. Claims stay: a claim of a hidden pod shows as mounted, without its link.
 * <p>Not thread-safe: one reader (the FX thread) owns it.
 */
public final class WorkloadFilter {
    private Set<PodOwner> hidden = Set.of();
    private Map<NodeView, NodeView> filtered = new IdentityHashMap<>();
    private List<PodView> unscheduledIn;
    private List<PodView> unscheduledOut;

    /** The model with the pods of {@code hiddenNow} left out. */
    public DiagramModel apply(DiagramModel model, Set<PodOwner> hiddenNow) {
        if (!hiddenNow.equals(hidden)) {
            hidden = Set.copyOf(hiddenNow);
            filtered = new IdentityHashMap<>();
            unscheduledIn = null;
        }
        if (hidden.isEmpty()) {
            return model;
        }
        Map<NodeView, NodeView> next = new IdentityHashMap<>();
        List<NodeView> nodes = new ArrayList<>(model.nodes().size());
        for (NodeView node : model.nodes()) {
            NodeView out = filtered.get(node);
            if (out == null) {
                List<PodView> pods = shown(node.pods());
                out = pods.size() == node.pods().size() ? node : new NodeView(node.name(), node.status(), node.ready(),
                        node.cordoned(), node.taints(), node.roles(), pods, node.clock());
            }
            next.put(node, out);
            nodes.add(out);
        }
        filtered = next;
        if (model.unscheduled() != unscheduledIn) {
            unscheduledIn = model.unscheduled();
            unscheduledOut = shown(unscheduledIn);
        }
        return new DiagramModel(nodes, unscheduledOut, model.claims(), model.sets());
    }

    private List<PodView> shown(List<PodView> pods) {
        List<PodView> out = new ArrayList<>(pods.size());
        for (PodView pod : pods) {
            if (!hidden.contains(pod.owner())) {
                out.add(pod);
            }
        }
        return out;
    }
}
