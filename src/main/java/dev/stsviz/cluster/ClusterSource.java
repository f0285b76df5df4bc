package dev.stsviz.cluster;

import java.time.Instant;

/** A place API objects come from: the built-in simulator or a live cluster. */
public interface ClusterSource extends AutoCloseable {

    /** Begins feeding {@link #state()}. */
    void start();

    /** Stops feeding; the state keeps what it had. */
    @Override
    void close();

    ClusterState state();

    ClusterActions actions();

    /** "Now" on this source's clock: virtual time for the simulator, wall time for a live cluster. Used for AGE. */
    Instant now();

    /** The namespace the picture, the console and the actions work in; the simulator's is "default". */
    default String namespace() {
        return "default";
    }

    /**
     * Null while what {@link #state()} holds is current; else the moment the source lost its cluster (a live API
     * server stopped answering), whose picture the window then greys out and labels with that time.
     */
    default Instant staleSince() {
        return null;
    }

    /**
     * The controller settings this source's clocks count with. A live cluster's are the defaults, estimated; the
     * simulator's are its own, exact.
     */
    default ControllerClocks clocks() {
        return ControllerClocks.LIVE_DEFAULTS;
    }

    /** The controllers' pending deadlines, as of the latest state; only the simulator knows them. */
    default ControllerTimers timers() {
        return ControllerTimers.NONE;
    }

    /** One line for the status bar, e.g. "simulator (modern) t=00:05:12" or "minikube: watching". */
    String describeStatus();
}
