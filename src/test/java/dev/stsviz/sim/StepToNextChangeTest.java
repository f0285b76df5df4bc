package dev.stsviz.sim;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.Timings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The toolbar's Step: run events until the picture changes, then the rest of that instant, and stop. */
class StepToNextChangeTest {
    private final List<SimulatedClusterSource> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(SimulatedClusterSource::close);
    }

    private SimulatedClusterSource open(Supplier<Simulation> factory) {
        SimulatedClusterSource source = new SimulatedClusterSource(factory, () -> 0L);
        opened.add(source);
        return source;
    }

    @Test
    void eachStepShowsTheNextInstantThatChangedSomethingAndNothingInBetweenIsSkipped() {
        SimulatedClusterSource stepped = open(() -> Simulation.chapterCluster(11, Profile.MODERN));
        SimulatedClusterSource played = open(() -> Simulation.chapterCluster(11, Profile.MODERN));
        History steps = new TimeShiftedSource(stepped).history();
        History plays = new TimeShiftedSource(played).history();
        for (SimulatedClusterSource s : List.of(stepped, played)) {
            s.start(false);
            s.advance(Duration.ofSeconds(30));
            s.actions().scale("default", "kubia", 3);
        }
        stepped.play();
        for (int i = 0; i < 8; i++) {
            int before = steps.end();
            String line = stepped.stepToNextChange();

            assertThat(stepped.isPlaying()).isFalse();
            assertThat(line).isNotBlank().doesNotStartWith("no visible change");
            assertThat(steps.end()).as("step %d changed the picture", i).isGreaterThan(before);
            assertThat(steps.nextChange(before)).as("as one batch").isEqualTo(steps.end());
            assertThat(steps.timeOf(before + 1)).as("of one instant").isEqualTo(steps.timeOf(steps.end()));
            assertThat(stepped.now()).isEqualTo(steps.endTime());

            played.advance(stepped.elapsed().minus(played.elapsed()));
            assertThat(plays.end()).as("played to the same instant, nothing more changed").isEqualTo(steps.end());
            assertThat(HistoryLines.json(stepped.state().all())).isEqualTo(HistoryLines.json(played.state().all()));
        }
        assertThat(HistoryLines.of(steps)).isEqualTo(HistoryLines.of(plays));
    }

    @Test
    void aClusterWhereNothingChangesStopsAfterAnHourAndSaysSo() {
        // no nodes, no objects: only the controllers' periodic checks run
        SimulatedClusterSource source = open(() -> new Simulation(3, Profile.MODERN, new Timings()));
        source.start(false);
        long revision = source.state().revision();

        String line = source.stepToNextChange();

        assertThat(line).startsWith("no visible change within 1h (").endsWith(" events without a visible change)");
        assertThat(source.elapsed()).isEqualTo(NextVisibleChange.QUIET_LIMIT);
        assertThat(source.state().revision()).isEqualTo(revision);
    }

    @Test
    void theLineNamesTheEventsThatChangedSomethingAndCountsTheOthers() {
        assertThat(NextVisibleChange.line(List.of("scheduler: bind kubia-2"), 0, Duration.ofHours(1))).isEqualTo("scheduler: bind kubia-2");
        assertThat(NextVisibleChange.line(List.of("a", "b", "c", "d", "e"), 1, Duration.ofHours(1)))
                .isEqualTo("a, b, c and 2 more (1 event without a visible change)");
        assertThat(NextVisibleChange.line(List.of(), 7, Duration.ofMinutes(30))).isEqualTo("no visible change within 30m (7 events without a visible change)");
    }
}
