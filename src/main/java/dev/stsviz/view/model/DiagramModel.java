package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.Ages;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodSummary;
import dev.stsviz.cluster.print.PvcPrinter;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One immutable picture of the cluster for the diagram, computed from the state: node columns with their pods,
 * unscheduled pods, and the storage row. Pure: no JavaFX, so it is built and tested anywhere.
 */
public record DiagramModel(List<NodeView> nodes, List<PodView> unscheduled, List<ClaimView> claims) {

    private static final Comparator<PodView> BY_SET_THEN_ORDINAL = Comparator
            .comparing((PodView p) -> p.ordinal() < 0 ? p.name() : p.name().substring(0, p.name().lastIndexOf('-')))
            .thenComparingInt(PodView::ordinal).thenComparing(PodView::name);

    /** data-kubia-0, data-kubia-1, ..., data-kubia-10: by prefix, then ordinal (no regex per comparison). */
    private static final Comparator<ClaimView> BY_TEMPLATE_THEN_ORDINAL = Comparator
            .comparing((ClaimView c) -> c.name().lastIndexOf('-') < 0 ? c.name() : c.name().substring(0, c.name().lastIndexOf('-')))
            .thenComparingInt(c -> Pods.ordinal(c.name())).thenComparing(ClaimView::name);

    public static DiagramModel of(ClusterState state, String namespace, Instant now) {
        Map<String, List<PodView>> byNode = new TreeMap<>();
        List<PodView> unscheduled = new ArrayList<>();
        Map<String, String> mounts = new TreeMap<>();
        for (Pod pod : state.list(Pod.class, Kinds.POD)) {
            if (!namespace.equals(pod.getMetadata().getNamespace())) {
                continue;
            }
            PodView view = podView(pod, now);
            if (view.node() == null) {
                unscheduled.add(view);
            } else {
                byNode.computeIfAbsent(view.node(), n -> new ArrayList<>()).add(view);
            }
            for (String claim : view.claims()) {
                mounts.put(claim, view.name());
            }
        }
        List<NodeView> nodes = new ArrayList<>();
        for (Node node : state.list(Node.class, Kinds.NODE)) {
            String name = node.getMetadata().getName();
            List<PodView> pods = new ArrayList<>(byNode.getOrDefault(name, List.of()));
            byNode.remove(name);
            pods.sort(BY_SET_THEN_ORDINAL);
            String status = NodePrinter.status(node);
            List<String> taints = node.getSpec() == null ? List.of() : node.getSpec().getTaints().stream()
                    .map(t -> t.getKey() + (t.getValue() == null ? "" : "=" + t.getValue()) + ":" + t.getEffect()).toList();
            boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
            nodes.add(new NodeView(name, status, status.startsWith("Ready"), cordoned,
                    taints, NodePrinter.roles(node), pods));
        }
        // pods bound to a node the API no longer has (deleted node, before PodGC)
        byNode.forEach((name, pods) -> nodes.add(new NodeView(name, "Gone", false, false, List.of(), "<none>", pods)));
        unscheduled.sort(BY_SET_THEN_ORDINAL);
        List<ClaimView> claims = new ArrayList<>(); // live objects may lack spec or status: read them null-safe
        for (PersistentVolumeClaim pvc : state.list(PersistentVolumeClaim.class, Kinds.PVC)) {
            if (!namespace.equals(pvc.getMetadata().getNamespace())) {
                continue;
            }
            String name = pvc.getMetadata().getName();
            Quantity capacity = pvc.getStatus() == null ? null : pvc.getStatus().getCapacity().get("storage");
            claims.add(new ClaimView(namespace, name, PvcPrinter.status(pvc), pvc.getSpec() == null ? null : pvc.getSpec().getVolumeName(),
                    capacity == null ? "" : capacity.toString(), mounts.get(name)));
        }
        claims.sort(BY_TEMPLATE_THEN_ORDINAL);
        return new DiagramModel(nodes, unscheduled, claims);
    }

    static PodView podView(Pod pod, Instant now) {
        String name = pod.getMetadata().getName();
        PodSummary summary = PodSummary.of(pod); // printPod's work once per pod, not once per column
        return new PodView(pod.getMetadata().getNamespace(), name, Pods.ordinal(name), Pods.nodeName(pod), summary.ready(),
                summary.reason(), summary.restarts(now), Ages.since(pod.getMetadata().getCreationTimestamp(), now),
                Pods.isReady(pod), Pods.isTerminating(pod), Pods.claimNames(pod));
    }
}
