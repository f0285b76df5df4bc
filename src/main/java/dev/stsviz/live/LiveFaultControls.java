package dev.stsviz.live;

import dev.stsviz.console.NodeFaultControls;

/**
 * {@code sim disconnect|reconnect NODE} on a live cluster: the context's node-fault commands. The simulator's other
 * verbs (add-node, profile, time) are not offered, so the console refuses them with a clear message.
 */
final class LiveFaultControls implements NodeFaultControls {
    private final NodeFaultPort faults;

    LiveFaultControls(NodeFaultPort faults) {
        this.faults = faults;
    }

    /** The nodes this console cut off, in order: {@code sim reconnect} without a node brings them back. */
    private final java.util.Set<String> disconnected = new java.util.LinkedHashSet<>();

    @Override
    public synchronized void disconnect(String node) {
        faults.disconnect(node);
        disconnected.add(node);
    }

    @Override
    public synchronized void reconnect(String node) {
        faults.reconnect(node);
        disconnected.remove(node);
    }

    @Override
    public synchronized java.util.List<String> reconnectAll() {
        java.util.List<String> nodes = new java.util.ArrayList<>(disconnected);
        nodes.forEach(this::reconnect);
        return nodes;
    }
}
