package dev.stsviz.app;

import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingException;
import dev.stsviz.cluster.history.RecordingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code stsviz replay FILE}: opens the window on a recording, without any cluster: the time strip with play / pause /
 * speed, the console answering from the moment shown, no writes. A file that cannot be read is one line, exit 2.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Opens the window on a recording (made with --record, run --record or File > Save recording...):",
                "no cluster is needed, nothing can be changed; play, pause and scrub through it."})
public final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording.")
    Path file;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        Recording recording;
        try {
            recording = RecordingFile.read(file);
        } catch (RecordingException e) {
            spec.commandLine().getErr().println("stsviz replay: " + file + ": " + e.getMessage());
            return 2;
        }
        if (recording.warning() != null) {
            spec.commandLine().getErr().println("stsviz replay: " + file + ": " + recording.warning());
        }
        language.apply();
        AppContext context = new AppContext(cluster -> dev.stsviz.sim.Simulation.chapterCluster(1, dev.stsviz.sim.context.Profile.MODERN,
                cluster, 0), dev.stsviz.sim.context.ClusterPreset.MINIKUBE, null, null, null, false);
        context.replay = recording;
        context.replayFile = file;
        GuiLauncher.launch(context);
        return 0;
    }
}
