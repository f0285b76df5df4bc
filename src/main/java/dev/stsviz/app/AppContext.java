package dev.stsviz.app;

import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;

import java.util.function.Supplier;

/** The composition root: builds the source the window shows and hands it over by constructor. */
public final class AppContext {
    private final Supplier<Simulation> simulations;

    public AppContext(Supplier<Simulation> simulations) {
        this.simulations = simulations;
    }

    /** Reset builds a fresh simulation from the same options: the same seed tells the same story. */
    public SimulatedClusterSource createSimulator() {
        return new SimulatedClusterSource(simulations, System::nanoTime);
    }
}
