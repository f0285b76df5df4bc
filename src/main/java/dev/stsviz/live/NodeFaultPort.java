package dev.stsviz.live;

import dev.stsviz.cluster.ActionException;

/**
 * Cutting a real node off the control plane is outside the Kubernetes API (it needs access to the machine); the
 * node-fault commands implement this port and {@link LiveActions} delegates to it.
 */
public interface NodeFaultPort {

    void disconnect(String node);

    void reconnect(String node);

    /** When no node-fault commands are configured: both operations are refused with an explanation. */
    NodeFaultPort UNSUPPORTED = new NodeFaultPort() {
        @Override
        public void disconnect(String node) {
            throw new ActionException("disconnecting node \"" + node + "\" needs node-fault commands, none are configured");
        }

        @Override
        public void reconnect(String node) {
            throw new ActionException("reconnecting node \"" + node + "\" needs node-fault commands, none are configured");
        }
    };
}
