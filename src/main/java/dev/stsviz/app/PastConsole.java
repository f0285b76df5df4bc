package dev.stsviz.app;

import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.history.Timeline;
import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import dev.stsviz.console.StateBackend;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The window's console as the time strip sets it: at now it is the source's own console; while a past moment is
 * shown it answers from that moment (kubectl get / describe as they would have printed then, AGE counted to then,
 * with the app's own kubectl printers) and refuses every change.
 */
final class PastConsole {
    private PastConsole() {
    }

    /**
     * @param shown the source as the window shows it (its state and now are the moment shown)
     * @param now   the console at now
     */
    static Function<String, CommandResult> of(Timeline timeline, ClusterSource shown, Function<String, CommandResult> now,
                                              BooleanSupplier volumeAttributesClass) {
        return line -> {
            if (!timeline.showingPast()) {
                return now.apply(line);
            }
            Duration t = Duration.between(timeline.history().startTime(), timeline.shownTime());
            String refusal = "error: the window shows the past (t=" + clock(t) + "): Back to now to change the cluster";
            return atMoment(shown, refusal, volumeAttributesClass.getAsBoolean()).apply(line);
        };
    }

    /** A console over the moment {@code shown} shows, refusing every change with {@code refusal}. */
    static Function<String, CommandResult> atMoment(ClusterSource shown, String refusal, boolean volumeAttributesClass) {
        return line -> new Console(new StateBackend(shown.state(), shown.now(), shown.namespace(), refusal, volumeAttributesClass),
                Path.of("").toAbsolutePath()).execute(line);
    }

    static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
