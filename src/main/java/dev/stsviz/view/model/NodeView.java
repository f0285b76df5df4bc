package dev.stsviz.view.model;

import dev.stsviz.cluster.NodeClock;

import java.util.List;

/**
 * A node column: kubectl's STATUS text, its taints, its pods in ordinal order, and how long its waits last (null
 * while nothing waits on it or the clocks are not shown).
 */
public record NodeView(String name, String status, boolean ready, boolean cordoned, List<String> taints, String roles,
                       List<PodView> pods, NodeClock clock) {

    public NodeView(String name, String status, boolean ready, boolean cordoned, List<String> taints, String roles,
                    List<PodView> pods) {
        this(name, status, ready, cordoned, taints, roles, pods, null);
    }

    /**
     * The status of a node this user may not read (403 on nodes): its pods are grouped by spec.nodeName, and nothing
     * claims the node is gone or NotReady, since the API did not say so.
     */
    public static final String HIDDEN = "status not visible (no permission to read nodes)";

    public boolean hidden() {
        return HIDDEN.equals(status);
    }

    public String glyph() {
        return hidden() ? "?" : ready ? (cordoned ? "⊘" : "✓") : "✗";
    }
}
