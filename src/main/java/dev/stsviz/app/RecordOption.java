package dev.stsviz.app;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.history.RecordingFile;
import dev.stsviz.cluster.history.RecordingWriter;
import dev.stsviz.live.LiveSession;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code --record FILE} in the window: the first source the window shows is written to the file as it goes, until the
 * window switches to another source or closes. Problems are one line in the source bar, never an error dialog.
 */
final class RecordOption {
    private final Path file;
    private final Consumer<String> note;
    private RecordingWriter writer;
    private ClusterState recorded;
    private boolean used;

    /** @param note shows a line in the window (called on the thread that found the problem: the caller hops to FX) */
    RecordOption(Path file, Consumer<String> note) {
        this.file = file;
        this.note = note;
    }

    /** Records the simulator from its start (call before it starts: the recording begins with the cluster as loaded). */
    synchronized void simulator(SimulatedClusterSource sim, String cluster, Profile profile) {
        if (file == null || used) {
            return;
        }
        used = true;
        attach(sim.state(), () -> RecordingFile.streaming(file, RecordingHeaders.simulator(cluster, profile, Simulation.EPOCH), sim::now));
    }

    /** Records a live session from now on (off the FX thread: asking its server version blocks). */
    synchronized void live(LiveSession session) {
        if (file == null || used) {
            return;
        }
        used = true;
        var source = session.source();
        attach(source.state(), () -> RecordingFile.streaming(file, RecordingHeaders.live(session, source.now()), source::now));
    }

    private interface Opening {
        RecordingWriter open() throws IOException;
    }

    private void attach(ClusterState state, Opening opening) {
        try {
            writer = opening.open();
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            javafx.application.Platform.runLater(() -> note.accept("cannot record to " + file + ": " + message));
            return;
        }
        recorded = state;
        writer.attachTo(state); // with what the source holds already (a live session lists before it is recorded)
    }

    /** Finishes the file; the source, if it goes on, is no longer recorded. */
    synchronized void stop() {
        if (writer != null) {
            recorded.removeRecorder(writer);
            writer.close();
            writer = null;
        }
    }
}
