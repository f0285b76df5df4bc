package dev.stsviz.live;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects what the informers report (errors, refusals) from their threads and turns it, together with their
 * synced/watching flags, into a {@link LiveStatus}. Errors are sticky until every watch is open again, since
 * fabric8 reports failures but not recoveries.
 */
final class StatusTracker {
    private final String context;
    private final String namespace;
    private final Clock clock;
    private final CopyOnWriteArrayList<String> forbidden = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<String> notServed = new CopyOnWriteArrayList<>();
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    StatusTracker(String context, String namespace, Clock clock) {
        this.context = context;
        this.namespace = namespace;
        this.clock = clock;
    }

    void error(String message) {
        lastError = message;
        lastErrorAt = clock.instant();
    }

    void forbidden(String verbAndResource) {
        forbidden.addIfAbsent(verbAndResource);
    }

    void notServed(String resource) {
        notServed.addIfAbsent(resource);
    }

    /**
     * @param allSynced every informer still running has listed once; @param allWatching every one has its watch open
     * @param lostAt when the server stopped answering (null: it answers); @param lostError why
     * @param refusedWrites write requests the access review refused, e.g. "patch nodes"
     */
    LiveStatus snapshot(boolean started, boolean allSynced, boolean allWatching, Instant lostAt, String lostError,
                        java.util.List<String> refusedWrites) {
        java.util.List<String> refused = new java.util.ArrayList<>(forbidden);
        refusedWrites.forEach(w -> {
            if (!refused.contains(w)) {
                refused.add(w);
            }
        });
        if (started && lostAt != null) {
            return new LiveStatus(context, namespace, LiveStatus.Phase.LOST, lostError, lostAt, refused, notServed);
        }
        LiveStatus.Phase phase;
        if (started && allWatching) {
            lastError = null; // recovered
            phase = LiveStatus.Phase.WATCHING;
        } else if (lastError != null) {
            phase = LiveStatus.Phase.RETRYING;
        } else if (started && allSynced) {
            phase = LiveStatus.Phase.SYNCED;
        } else {
            phase = LiveStatus.Phase.CONNECTING;
        }
        return new LiveStatus(context, namespace, phase, lastError, lastErrorAt, refused, notServed);
    }
}
