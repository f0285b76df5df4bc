package dev.stsviz.console;

import java.time.Duration;
import java.util.List;

/** The verbs only a simulator has ({@code sim add-node}, {@code sim profile}, virtual time), beside its node faults. */
public interface SimulatorControls extends NodeFaultControls {
    /** Reconnects every disconnected node; returns their names. */
    List<String> reconnectAll();

    /** Returns the new node's name. */
    String addNode(String nameOrNull);

    /** Switches profile; returns the one-line explanation of the profile. */
    String profile(String id);

    String profileId();

    /** Virtual time since the simulation started. */
    Duration elapsed();
}
