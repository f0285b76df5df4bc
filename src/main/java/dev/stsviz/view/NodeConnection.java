package dev.stsviz.view;

import dev.stsviz.cluster.SimulatedCluster;
import dev.stsviz.view.model.NodeView;

import java.util.function.Function;

/**
 * Whether a node is cut off, so that only the fault action that applies is offered (Disconnect on a connected node,
 * Reconnect on a disconnected one). The simulator knows at once; on a live cluster the node's own status tells
 * (Ready not True, or the unreachable taint), which is all the API says about a node's connection.
 */
final class NodeConnection {
    /** The answer: connected, disconnected, or not known (a node this user may not read, or not in the picture). */
    enum State { CONNECTED, DISCONNECTED, UNKNOWN }

    private static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    private final SimulatedCluster sim;
    private final Function<String, NodeView> nodes;

    /** @param sim null on a live cluster; @param nodes the node's view by name, or null when not shown */
    NodeConnection(SimulatedCluster sim, Function<String, NodeView> nodes) {
        this.sim = sim;
        this.nodes = nodes;
    }

    State of(String node) {
        if (sim != null) {
            return sim.disconnectedNodes().contains(node) ? State.DISCONNECTED : State.CONNECTED;
        }
        NodeView view = nodes.apply(node);
        if (view == null || view.hidden()) {
            return State.UNKNOWN;
        }
        boolean unreachable = !view.ready() || view.taints().stream().anyMatch(t -> t.startsWith(UNREACHABLE));
        return unreachable ? State.DISCONNECTED : State.CONNECTED;
    }
}
