package dev.stsviz.view;

import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.SimulatedCluster;
import dev.stsviz.cluster.history.Timeline;
import dev.stsviz.console.CommandResult;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the window shows and drives: a cluster source, its console, and either the simulator's time controls or,
 * for a live cluster, the context and namespace every destructive action must name in its confirmation.
 *
 * @param simulator    the simulator's controls, or null on a live cluster and a recording
 * @param liveTarget   "context minikube, namespace default" on a live cluster, null on the simulator
 * @param faultPreview (verb, node) to the exact node-fault command a confirmation shows; null on the simulator
 * @param timeline     the source's history and the moment shown (the time strip); null for a source without one
 * @param recordings   saving the history to a file and opening one in the window; null where the app offers neither
 */
public record ViewSource(ClusterSource source, SimulatedCluster simulator, Function<String, CommandResult> console,
                         String liveTarget, BiFunction<String, String, String> faultPreview, Timeline timeline,
                         Recordings recordings) {

    /** A source without recordings; its timeline is the source itself when it keeps one. */
    public ViewSource(ClusterSource source, SimulatedCluster simulator, Function<String, CommandResult> console,
                      String liveTarget, BiFunction<String, String, String> faultPreview) {
        this(source, simulator, console, liveTarget, faultPreview, source instanceof Timeline t ? t : null, null);
    }

    public boolean live() {
        return simulator == null && liveTarget != null;
    }

    /** A recording: no cluster behind it, only its history. */
    public boolean replay() {
        return simulator == null && liveTarget == null && timeline != null && timeline.playback() != null;
    }

    /** What File › Save recording… and Open recording… do; called on the background executor, may block. */
    public interface Recordings {
        /** Writes the history shown to a file; returns a line for the status bar, e.g. "saved 1,204 changes to x.stsrec". */
        String save(java.nio.file.Path file) throws java.io.IOException;

        /** Opens a recording in this window in place of the current source; a bad file throws with one clear line. */
        void open(java.nio.file.Path file) throws java.io.IOException;
    }
}
