package dev.stsviz.app;

import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.console.Console;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.view.ViewSource;

import java.nio.file.Path;

/**
 * What the window shows of the simulator: its source as of any moment of its history, its time controls, a console
 * on the simulator's thread at now (answering from the moment shown while the window shows the past), and saving
 * the history as a recording.
 */
public final class SimulatorViewSource {
    private SimulatorViewSource() {
    }

    public static ViewSource of(SimulatedClusterSource sim) {
        return of(sim, null, null);
    }

    /**
     * @param cluster the simulated cluster's kind for a saved recording's header (null: asked of the simulation)
     * @param opener  opens a recording in the window in place of the simulator; null where there is no window to switch
     */
    static ViewSource of(SimulatedClusterSource sim, String cluster, WindowRecordings.Opener opener) {
        TimeShiftedSource shown = new TimeShiftedSource(sim);
        shown.resumeWith(sim::resumeAt);
        var now = (java.util.function.Function<String, dev.stsviz.console.CommandResult>) line -> sim.withSimulation(
                s -> new Console(new SimulationConsoleBackend(s), Path.of("").toAbsolutePath()).execute(line));
        var console = PastConsole.of(shown, shown, now, () -> profile(sim).has(Profile.Capability.VOLUME_ATTRIBUTES_CLASS));
        var recordings = new WindowRecordings(shown, () -> RecordingHeaders.simulator(
                cluster != null ? cluster : sim.withSimulation(s -> s.preset().id()), profile(sim), shown.history().startTime()), opener);
        return new ViewSource(shown, sim, console, null, null, shown, recordings);
    }

    private static Profile profile(SimulatedClusterSource sim) {
        return sim.profile() == null ? Profile.MODERN : sim.profile();
    }
}
