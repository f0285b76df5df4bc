package dev.stsviz.app;

import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.console.Console;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.view.ViewSource;

import java.nio.file.Path;

/**
 * What the window shows of the simulator: its source as of any moment of its history, its time controls, and a
 * console on the simulator's thread.
 */
public final class SimulatorViewSource {
    private SimulatorViewSource() {
    }

    public static ViewSource of(SimulatedClusterSource sim) {
        TimeShiftedSource shown = new TimeShiftedSource(sim);
        shown.resumeWith(sim::resumeAt);
        return new ViewSource(shown, sim, line -> sim.withSimulation(
                s -> new Console(new SimulationConsoleBackend(s), Path.of("").toAbsolutePath()).execute(line)), null, null);
    }
}
