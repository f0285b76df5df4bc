package dev.stsviz.cluster;

import java.time.Instant;
import java.util.Map;

/**
 * The simulator's controllers' pending deadlines, read at one moment: for each node whose kubelet is silent or that
 * is not Ready, when it was last heard from and when the controllers will act; for each pod a NoExecute taint will
 * evict, when. Immutable; a live cluster has none ({@link #NONE}) and its clocks are estimated from objects instead.
 *
 * @param nodes     by node name; healthy nodes are absent
 * @param evictions by "namespace/pod": when the taint eviction controller deletes the pod
 */
public record ControllerTimers(Map<String, NodeTimer> nodes, Map<String, Instant> evictions) {
    public static final ControllerTimers NONE = new ControllerTimers(Map.of(), Map.of());

    public ControllerTimers {
        nodes = Map.copyOf(nodes);
        evictions = Map.copyOf(evictions);
    }

    /**
     * One node's deadlines; null fields are not pending.
     *
     * @param lastHeartbeat when its kubelet last renewed its Lease
     * @param silent        its kubelet reaches nothing (disconnected)
     * @param notReadyAt    when the node lifecycle controller marks it NotReady
     * @param evictionAt    when its pods are first evicted
     */
    public record NodeTimer(Instant lastHeartbeat, boolean silent, Instant notReadyAt, Instant evictionAt) {
    }

    /** The node's deadlines, or null for a healthy node. */
    public NodeTimer node(String name) {
        return nodes.get(name);
    }

    /** When the pod is evicted, or null when no eviction is pending. */
    public Instant eviction(String namespace, String pod) {
        return evictions.get((namespace == null || namespace.isEmpty() ? "default" : namespace) + "/" + pod);
    }
}
