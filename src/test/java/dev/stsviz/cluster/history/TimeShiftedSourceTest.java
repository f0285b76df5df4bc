package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window shows keeps what the source knows beyond its objects: a kind this user may not read stays hidden. */
class TimeShiftedSourceTest {

    private static ClusterSource source(ClusterState state) {
        return new ClusterSource() {
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
            public ClusterActions actions() {
                return null;
            }

            @Override
            public Instant now() {
                return Instant.EPOCH;
            }

            @Override
            public String describeStatus() {
                return "test";
            }
        };
    }

    @Test
    void aKindTheUserMayNotReadIsHiddenInTheShownStateNotGone() {
        ClusterState state = new ClusterState();
        state.markUnreadable(Kinds.NODE); // known before the window wrapped the source
        TimeShiftedSource shown = new TimeShiftedSource(source(state));
        assertThat(shown.state().readable(Kinds.NODE)).isFalse();
        assertThat(shown.state().readable(Kinds.PV)).isTrue();

        state.markUnreadable(Kinds.PV); // learnt later (a 403 on its list)
        assertThat(shown.state().readable(Kinds.PV)).isFalse();
    }
}
