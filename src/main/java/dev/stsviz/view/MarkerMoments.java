package dev.stsviz.view;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Marker;
import dev.stsviz.cluster.history.Timeline;

import java.util.List;

/**
 * The markers of a timeline and the moments they show, for the strip's clicks and the Left / Right keys. A marker
 * shows the end of the batch it came in: everything that happened at that instant (a pod's deletion and its event
 * together), as dragging to that time does. The list is fetched again only when the history's marker count or
 * start changed.
 */
final class MarkerMoments {
    private final Timeline timeline;
    private List<Marker> markers = List.of();
    private int fetchedCount = -1;
    private int fetchedStart = -1;

    MarkerMoments(Timeline timeline) {
        this.timeline = timeline;
    }

    /** Fetches the markers again if they changed; true when they did. */
    boolean refresh() {
        History history = timeline.history();
        int count = history.markerCount();
        int start = history.start();
        if (count == fetchedCount && start == fetchedStart) {
            return false;
        }
        markers = history.markers();
        fetchedCount = count;
        fetchedStart = start;
        return true;
    }

    List<Marker> markers() {
        return markers;
    }

    /** The moment clicking this marker shows. */
    int momentOf(Marker marker) {
        History history = timeline.history();
        if (marker.kind() == Marker.Kind.CUT) {
            return history.start();
        }
        return history.nextChange((int) marker.index());
    }

    /** The moment of the last marker before {@code shown}, or the history's start. */
    int previous(int shown) {
        int lo = 0;
        int hi = markers.size();
        while (lo < hi) { // the first marker whose moment is at or after `shown` (moments grow with the index)
            int mid = (lo + hi) >>> 1;
            if (momentOf(markers.get(mid)) < shown) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? Math.min(shown, timeline.history().firstMoment()) : momentOf(markers.get(lo - 1));
    }

    /** The moment of the first marker after {@code shown}, or the history's end (now). */
    int next(int shown) {
        int i = firstAfter(shown);
        return i < markers.size() ? momentOf(markers.get(i)) : timeline.history().end();
    }

    private int firstAfter(int shown) {
        int lo = 0;
        int hi = markers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (momentOf(markers.get(mid)) <= shown) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The range between the markers around {@code shown}: from the last one at or before it to the next one after it. */
    Range around(int shown) {
        History history = timeline.history();
        int after = firstAfter(shown);
        int from = after == 0 ? history.start() : momentOf(markers.get(after - 1));
        int to = after < markers.size() ? momentOf(markers.get(after)) : history.end();
        return new Range(history.timeOf(from), history.timeOf(to));
    }

    record Range(java.time.Instant from, java.time.Instant to) {
    }
}
