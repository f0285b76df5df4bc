package dev.stsviz.app;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;

import java.time.Duration;

/**
 * A history recorded from the chapter's simulated cluster (seed 7), as a recording holds one: kubia-0 and kubia-1
 * come up in the first 40 s, then the set is scaled to one replica and kubia-1 is gone well before 100 s.
 */
final class RecordedChapter {
    static final Duration BOTH_UP = Duration.ofSeconds(40);
    static final Duration LENGTH = Duration.ofSeconds(100);

    static History record() {
        return record(new History());
    }

    static History record(History history) {
        SimulatedClusterSource sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(7, Profile.MODERN), () -> 0L);
        new TimeShiftedSource(sim, history);
        try {
            sim.start(false);
            sim.advance(BOTH_UP);
            sim.actions().scale("default", "kubia", 1);
            sim.advance(LENGTH.minus(BOTH_UP));
        } finally {
            sim.close();
        }
        return history;
    }

    private RecordedChapter() {
    }
}
