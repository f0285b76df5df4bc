package dev.stsviz.console;

/** Cutting a node off and bringing it back: what the simulator and a live context's fault commands both can do. */
public interface NodeFaultControls {
    void disconnect(String node);

    void reconnect(String node);
}
