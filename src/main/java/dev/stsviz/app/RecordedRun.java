package dev.stsviz.app;

import dev.stsviz.cluster.history.RecordingFile;
import dev.stsviz.cluster.history.RecordingWriter;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import picocli.CommandLine;

import java.io.IOException;

/**
 * {@code run SCRIPT --record FILE}: the script runs as without --record, while the simulator's changes are written
 * to the recording as they happen, each at its virtual instant (the simulator's source batches them so).
 */
final class RecordedRun {
    private RecordedRun() {
    }

    static int run(Simulation sim, String cluster, String script, java.nio.file.Path file, CommandLine commandLine) {
        SimulatedClusterSource source = new SimulatedClusterSource(() -> sim, () -> 0L); // no real-time play: stepped by the script
        RecordingWriter writer;
        try {
            writer = RecordingFile.streaming(file, RecordingHeaders.simulator(cluster, sim.profile(), sim.now()), source::now);
        } catch (IOException e) {
            commandLine.getErr().println("stsviz run: cannot record to " + file + ": " + e.getMessage());
            return 2;
        }
        int exit;
        try {
            writer.attachTo(source.state());
            source.start(false);
            exit = source.withSimulation(s -> SimulatorOptions.runScript(s, script, commandLine.getOut()));
        } finally {
            source.close();
            writer.close();
        }
        if (writer.failure() != null) {
            commandLine.getErr().println("stsviz run: " + writer.failure());
            return 2;
        }
        return exit;
    }
}
