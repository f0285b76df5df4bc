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

    @Override
    public void disconnect(String node) {
        faults.disconnect(node);
    }

    @Override
    public void reconnect(String node) {
        faults.reconnect(node);
    }
}
