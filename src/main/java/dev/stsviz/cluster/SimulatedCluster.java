package dev.stsviz.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the window may do with a simulated cluster beyond {@link ClusterActions}: play its virtual time, step it,
 * switch the Kubernetes version it imitates, grow it and start it over. The view reaches the simulator only through
 * this, never through the simulator's classes. Every method may be called from any thread.
 */
public interface SimulatedCluster {
    boolean isPlaying();

    void play();

    void pause();

    /** Pauses and runs the next pending event; returns its label, or null when nothing is pending. */
    String step();

    /**
     * Pauses and runs events until the picture changes (an object changed); returns a line naming what ran, or null
     * when nothing is pending. The toolbar's Step; {@link #step()} is Shift+Step.
     */
    default String stepToNextChange() {
        return step();
    }

    /** Virtual seconds per real second. */
    double speed();

    void setSpeed(double speed);

    /** Virtual time since the simulation started. */
    Duration elapsed();

    /** The virtual clock. */
    Instant now();

    /** The profiles a user may pick, by id ("modern", "book"). */
    List<String> profileIds();

    /** The profile in use, or null before the simulation has started. */
    String profileId();

    /** One line a teacher can read out: how the profile differs from the others. */
    String profileExplanation(String id);

    /** Switches the profile (blocks until the simulator has switched); an unknown id throws IllegalArgumentException. */
    void setProfile(String id);

    /** Adds a node; returns its name. */
    String addNode();

    /** Starts over with a fresh simulation (same seed: same story). */
    void reset();

    /**
     * The nodes cut off with {@code disconnect} and not reconnected yet, as of the last change published to the
     * state: the simulator knows this at once, before the node controller marks the node NotReady. Never blocks.
     */
    default Set<String> disconnectedNodes() {
        return Set.of();
    }
}
