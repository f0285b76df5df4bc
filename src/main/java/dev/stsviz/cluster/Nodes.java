package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;

/** Questions about a Node object, asked the way the Kubernetes code asks them. */
public final class Nodes {
    /** {@code nodeutil.IsNodeReady}: the Ready condition is True (a node without status is not ready). */
    public static boolean isReady(Node node) {
        if (node.getStatus() == null || node.getStatus().getConditions() == null) {
            return false;
        }
        for (NodeCondition c : node.getStatus().getConditions()) {
            if ("Ready".equals(c.getType())) {
                return "True".equals(c.getStatus());
            }
        }
        return false;
    }

    private Nodes() {
    }
}
