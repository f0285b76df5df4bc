package dev.stsviz.view;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Marker;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the strip's clicks and Left / Right go: a marker shows the end of its batch; previous / next skip to other moments. */
class MarkerMomentsTest {
    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    private static Pod pod(String name, String label) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withLabels(Map.of("v", label))
                .endMetadata().build();
    }

    /**
     * Moments: 1 = c, what the source held when its history began (no marker), 3 = a and b created (one batch),
     * 4 = a relabelled, 5 = b deleted, 6 = a relabelled again (now).
     */
    private static TimeShiftedSource story() {
        FixedSource source = new FixedSource(new ClusterState());
        TimeShiftedSource shifted = new TimeShiftedSource(source, new History());
        record(source, 0, ClusterChange.upsert(pod("c", "1")));
        record(source, 0, ClusterChange.upsert(pod("a", "1")), ClusterChange.upsert(pod("b", "1")));
        record(source, 10, ClusterChange.upsert(pod("a", "2")));
        record(source, 20, ClusterChange.delete(pod("b", "1")));
        record(source, 30, ClusterChange.upsert(pod("a", "3")));
        return shifted;
    }

    private static void record(FixedSource source, int seconds, ClusterChange... changes) {
        source.now = T0.plusSeconds(seconds);
        source.state().applyAll(List.of(changes));
    }

    @Test
    void aMarkerShowsTheEndOfItsBatchAndTheKeysSkipToOtherMoments() {
        TimeShiftedSource timeline = story();
        MarkerMoments moments = new MarkerMoments(timeline);
        assertThat(moments.refresh()).isTrue();
        assertThat(moments.refresh()).as("fetched again only when the count changed").isFalse();
        List<Marker> markers = moments.markers();
        assertThat(markers).extracting(Marker::label).containsExactly("pod a created", "pod b created", "pod b deleted");
        assertThat(markers).extracting(moments::momentOf).containsExactly(3, 3, 5);
        assertThat(timeline.history().end()).isEqualTo(6);

        assertThat(moments.next(0)).isEqualTo(3);
        assertThat(moments.next(3)).isEqualTo(5);
        assertThat(moments.next(4)).isEqualTo(5);
        assertThat(moments.next(5)).as("after the last marker: now").isEqualTo(6);
        assertThat(moments.previous(6)).isEqualTo(5);
        assertThat(moments.previous(5)).isEqualTo(3);
        assertThat(moments.previous(3)).as("before the first marker: what the source held when its history began").isEqualTo(1);

        MarkerMoments.Range range = moments.around(4);
        assertThat(range.from()).isEqualTo(T0);
        assertThat(range.to()).isEqualTo(T0.plusSeconds(20));
        assertThat(moments.around(5).to()).as("after the last marker the range ends now").isEqualTo(T0.plusSeconds(30));
    }

    /** A source whose state the test changes by hand, dated by a clock the test sets. */
    private static final class FixedSource implements ClusterSource {
        Instant now = T0;
        private final ClusterState state;

        FixedSource(ClusterState state) {
            this.state = state;
        }

        @Override
        public void start() {
        }

        @Override
        public void close() {
        }

        @Override
        public ClusterState state() {
            return state;
        }

        @Override
        public dev.stsviz.cluster.ClusterActions actions() {
            return null;
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public String describeStatus() {
            return "fixed";
        }
    }
}
