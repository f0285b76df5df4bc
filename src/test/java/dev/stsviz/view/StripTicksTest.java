package dev.stsviz.view;

import dev.stsviz.cluster.history.Marker;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Markers closer than 3 px merge into one tick (alarming if any of them is); far ones keep their own. */
class StripTicksTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    private static Marker at(long millis, Marker.Kind kind) {
        return new Marker(millis, T0.plusMillis(millis), kind, kind.name());
    }

    @Test
    void closeMarkersMergeAndTheMergedTickIsAlarmingIfAnyIs() {
        // 1,000 ms over 100 px: 10 ms a pixel
        List<Marker> markers = List.of(at(0, Marker.Kind.POD_CREATED), at(20, Marker.Kind.NODE_NOT_READY),
                at(500, Marker.Kind.SCALED), at(1000, Marker.Kind.POD_DELETED));
        StripTicks ticks = StripTicks.layout(markers, 0 + T0.toEpochMilli(), 1000 + T0.toEpochMilli(), 0, 100);
        assertThat(ticks.ticks()).extracting(StripTicks.Tick::x).containsExactly(0.0, 50.0, 100.0);
        assertThat(ticks.ticks()).extracting(StripTicks.Tick::count).containsExactly(2, 1, 1);
        assertThat(ticks.ticks()).extracting(StripTicks.Tick::alarming).containsExactly(true, false, false);
        assertThat(ticks.near(52, 5).first()).isEqualTo(2);
        assertThat(ticks.near(75, 5)).as("nothing within reach").isNull();
    }

    @Test
    void aDenseHistoryHasAtMostOneTickPerThreePixels() {
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            markers.add(at(i, i % 1000 == 0 ? Marker.Kind.WARNING : Marker.Kind.POD_CREATED));
        }
        StripTicks ticks = StripTicks.layout(markers, T0.toEpochMilli(), T0.toEpochMilli() + 49_999, 10, 1210);
        assertThat(ticks.ticks().size()).isLessThanOrEqualTo(1200 / 3 + 1);
        assertThat(ticks.ticks().stream().mapToInt(StripTicks.Tick::count).sum()).as("every marker in some tick").isEqualTo(50_000);
        assertThat(ticks.ticks().stream().filter(StripTicks.Tick::alarming).count()).as("each Warning still shows").isEqualTo(50);
    }

    @Test
    void theCutKeepsItsOwnMark() {
        List<Marker> markers = List.of(at(0, Marker.Kind.CUT), at(1, Marker.Kind.POD_CREATED));
        StripTicks ticks = StripTicks.layout(markers, T0.toEpochMilli(), T0.toEpochMilli() + 1000, 0, 100);
        assertThat(ticks.ticks()).extracting(StripTicks.Tick::cut).containsExactly(true, false);
    }
}
