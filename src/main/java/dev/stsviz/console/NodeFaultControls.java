package dev.stsviz.console;

/** Cutting a node off and bringing it back: what the simulator and a live context's fault commands both can do. */
public interface NodeFaultControls {
    void disconnect(String node);

    void reconnect(String node);

    /** Reconnects every node these controls disconnected and names them; {@code sim reconnect} without a node. */
    java.util.List<String> reconnectAll();
}
