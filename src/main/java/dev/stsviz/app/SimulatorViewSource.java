package dev.stsviz.app;

import dev.stsviz.console.Console;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.view.ViewSource;

import java.nio.file.Path;

/** What the window shows of the simulator: its source, its time controls, and a console on the simulator's thread. */
public final class SimulatorViewSource {
    private SimulatorViewSource() {
    }

    public static ViewSource of(SimulatedClusterSource sim) {
        return new ViewSource(sim, sim, line -> sim.withSimulation(
                s -> new Console(new SimulationConsoleBackend(s), Path.of("").toAbsolutePath()).execute(line)), null, null);
    }
}
