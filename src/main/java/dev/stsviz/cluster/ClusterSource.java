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

    /** One line for the status bar, e.g. "simulator (modern) t=00:05:12" or "minikube: watching". */
    String describeStatus();
}
