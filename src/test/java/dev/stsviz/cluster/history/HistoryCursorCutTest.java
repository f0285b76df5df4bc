package dev.stsviz.cluster.history;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A cursor opened on a history whose oldest part was dropped (a recording, an export) starts from the state at the cut. */
class HistoryCursorCutTest {
    @Test
    void aNewCursorOnACutHistoryShowsTheStateAtTheCut() {
        History history = new History(6_000, 8);
        SimulatedClusterSource sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(7, Profile.MODERN), () -> 0L);
        TimeShiftedSource shifted = new TimeShiftedSource(sim, history);
        try {
            sim.start(false);
            sim.advance(Duration.ofSeconds(40));
            sim.actions().scale("default", "kubia", 1);
            sim.advance(Duration.ofSeconds(60));
        } finally {
            sim.close();
        }
        assertThat(history.start()).as("the oldest part dropped").isPositive();
        shifted.show(history.start());

        HistoryCursor cursor = new HistoryCursor(history);
        cursor.moveTo(history.start());

        assertThat(cursor.state().list(HasMetadata.class, Kinds.NODE)).as("nodes from before the cut").isNotEmpty();
        assertThat(keys(cursor)).isEqualTo(keys(shifted.state()));
        cursor.moveTo(history.end());
        assertThat(keys(cursor)).isEqualTo(keys(sim.state()));
    }

    private static java.util.List<String> keys(HistoryCursor cursor) {
        return keys(cursor.state());
    }

    private static java.util.List<String> keys(dev.stsviz.cluster.ClusterState state) {
        return state.all().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName() + "@" + o.getMetadata().getResourceVersion())
                .sorted().toList();
    }
}
