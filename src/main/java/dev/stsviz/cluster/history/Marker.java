package dev.stsviz.cluster.history;

import java.time.Instant;

/**
 * A moment that matters on the time strip: a node going NotReady, a pod turning Terminating, a scale, a Warning...
 *
 * @param index the history entry that made it (the moment shown is just after it)
 * @param label what happened, e.g. "node gke-2 NotReady" or "pod kubia-0 force-deleted"
 */
public record Marker(long index, Instant time, Kind kind, String label) {

    public enum Kind {
        NODE_NOT_READY, NODE_READY, POD_CREATED, POD_DELETED, POD_FORCE_DELETED, POD_EVICTED, POD_TERMINATING,
        POD_UNKNOWN, SCALED, ROLLOUT, WARNING, CUT;

        /** Shown in red on the strip (and named so in the label, colour being never the only signal). */
        public boolean alarming() {
            return this == NODE_NOT_READY || this == POD_UNKNOWN || this == WARNING || this == POD_FORCE_DELETED
                    || this == POD_EVICTED;
        }
    }
}
