package dev.stsviz.realcluster;

import dev.stsviz.console.NodeFaultControls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Node faults as a context's fault commands do them on the control plane: the hollow node's kubelet stops, then continues. */
public final class NodeFreezer implements NodeFaultControls {
    private final ControlPlane cluster;
    private final Set<String> frozen = new LinkedHashSet<>();

    public NodeFreezer(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @Override
    public synchronized void disconnect(String node) {
        cluster.freeze(node);
        frozen.add(node);
    }

    @Override
    public synchronized void reconnect(String node) {
        cluster.thaw(node);
        frozen.remove(node);
    }

    /** Thaws every node this freezer froze; also what a test's cleanup calls. */
    @Override
    public synchronized List<String> reconnectAll() {
        List<String> nodes = new ArrayList<>(frozen);
        nodes.forEach(this::reconnect);
        return nodes;
    }
}
