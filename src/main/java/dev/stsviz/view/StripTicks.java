package dev.stsviz.view;

import dev.stsviz.cluster.history.Marker;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the strip draws its markers: one tick per marker, except that markers closer than {@link #MIN_GAP} pixels
 * merge into one tick (a 20,000-pod history has tens of thousands of markers; a strip has a thousand pixels). A
 * merged tick is alarming when any of its markers is. No JavaFX: the strip draws what this computes.
 */
final class StripTicks {
    static final double MIN_GAP = 3;

    /**
     * @param first the index in the marker list of the tick's first marker
     * @param count how many markers it stands for
     * @param cut   true for the mark where the oldest history was dropped
     */
    record Tick(double x, int first, int count, boolean alarming, boolean cut) {
    }

    private final List<Tick> ticks;

    private StripTicks(List<Tick> ticks) {
        this.ticks = ticks;
    }

    /** Lays the markers out over {@code [left, right]} pixels for times {@code [startMillis, endMillis]}. */
    static StripTicks layout(List<Marker> markers, long startMillis, long endMillis, double left, double right) {
        List<Tick> ticks = new ArrayList<>();
        double span = Math.max(1, endMillis - startMillis);
        double width = Math.max(0, right - left);
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            boolean cut = m.kind() == Marker.Kind.CUT;
            long t = Math.max(startMillis, Math.min(endMillis, m.time().toEpochMilli()));
            double x = endMillis == startMillis ? right : left + (t - startMillis) / span * width;
            Tick last = ticks.isEmpty() ? null : ticks.get(ticks.size() - 1);
            if (last != null && !cut && !last.cut() && x - last.x() < MIN_GAP) {
                ticks.set(ticks.size() - 1, new Tick(last.x(), last.first(), last.count() + 1,
                        last.alarming() || m.kind().alarming(), false));
            } else {
                ticks.add(new Tick(x, i, 1, m.kind().alarming(), cut));
            }
        }
        return new StripTicks(List.copyOf(ticks));
    }

    List<Tick> ticks() {
        return ticks;
    }

    /** The tick nearest to {@code x} within {@code reach} pixels, or null. */
    Tick near(double x, double reach) {
        int lo = 0;
        int hi = ticks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ticks.get(mid).x() < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Tick best = null;
        for (int i = Math.max(0, lo - 1); i <= Math.min(ticks.size() - 1, lo); i++) {
            Tick t = ticks.get(i);
            if (Math.abs(t.x() - x) <= reach && (best == null || Math.abs(t.x() - x) < Math.abs(best.x() - x))) {
                best = t;
            }
        }
        return best;
    }
}
