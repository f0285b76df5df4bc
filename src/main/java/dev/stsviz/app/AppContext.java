package dev.stsviz.app;

import dev.stsviz.sim.Profile;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;

/** The composition root: builds the source the window shows and hands it over by constructor. */
public final class AppContext {
    private final Profile profile;
    private final long seed;

    public AppContext(Profile profile, long seed) {
        this.profile = profile;
        this.seed = seed;
    }

    public SimulatedClusterSource createSimulator() {
        return new SimulatedClusterSource(() -> Simulation.chapterCluster(seed, profile), System::nanoTime);
    }
}
