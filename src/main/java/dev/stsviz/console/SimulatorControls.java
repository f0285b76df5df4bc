package dev.stsviz.console;

/** The simulator's own verbs ({@code sim ...}); a live cluster has none of them. */
public interface SimulatorControls {
    void disconnect(String node);

    void reconnect(String node);

    /** Reconnects every disconnected node; returns their names. */
    java.util.List<String> reconnectAll();

    /** Returns the new node's name. */
    String addNode(String nameOrNull);

    /** Switches profile; returns the one-line explanation of the profile. */
    String profile(String id);

    String profileId();

    /** Virtual time since the simulation started, or null where there is no virtual clock (a live cluster). */
    java.time.Duration elapsed();
}
