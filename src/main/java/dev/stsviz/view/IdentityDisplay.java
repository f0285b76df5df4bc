package dev.stsviz.view;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How tiles show a pod's identity lines (DNS name, revision, IP): whether the zoom is detailed enough for them, whether
 * the View toggle "Show IPs" is on, and for how long a recreated pod's new IP is still highlighted. One per diagram,
 * shared by its tiles.
 */
final class IdentityDisplay {
    /** How long a new IP stays highlighted, on wall time: long enough to point at it, short enough to not linger. */
    static final long HIGHLIGHT_MILLIS = 8_000;
    private final LongSupplier wallNanos;
    /** When each pod incarnation's (uid's) new IP was first shown; a tile made later continues, not restarts, it. */
    private final Map<String, Long> highlightedSince = new HashMap<>();
    private boolean detailed = true;
    private boolean showIps;

    IdentityDisplay(LongSupplier wallNanos) {
        this.wallNanos = wallNanos;
    }

    /** Identity lines fit: a small cluster, or zoomed in far enough on a large one (see {@link LevelOfDetail}). */
    boolean detailed() {
        return detailed;
    }

    /** True when it changed. */
    boolean detailed(boolean value) {
        boolean changed = value != detailed;
        detailed = value;
        return changed;
    }

    boolean showIps() {
        return showIps;
    }

    void showIps(boolean value) {
        showIps = value;
    }

    /**
     * Milliseconds left of the highlight of incarnation {@code uid}'s new IP; the first call starts it. 0 once over.
     */
    long highlightLeft(String uid) {
        long now = wallNanos.getAsLong();
        Long since = highlightedSince.computeIfAbsent(uid, u -> now);
        long left = HIGHLIGHT_MILLIS - (now - since) / 1_000_000;
        forgetExpired(now);
        return Math.max(0, left);
    }

    /** Expired entries are kept until the map grows, so that a finished highlight does not start again. */
    private void forgetExpired(long now) {
        if (highlightedSince.size() < 1024) {
            return;
        }
        for (Iterator<Long> it = highlightedSince.values().iterator(); it.hasNext(); ) {
            if ((now - it.next()) / 1_000_000 > 4 * HIGHLIGHT_MILLIS) {
                it.remove();
            }
        }
    }
}
