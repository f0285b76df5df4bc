package dev.stsviz.app;

import dev.stsviz.bench.HistoryBench;
import dev.stsviz.bench.Measure;
import dev.stsviz.bench.ScrubTimes;
import dev.stsviz.bench.SyntheticCluster;
import dev.stsviz.bench.SyntheticSource;
import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Timeline;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.console.CommandResult;
import dev.stsviz.view.PulseBenchmark;
import dev.stsviz.view.ViewSource;
import javafx.application.Platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code scrub_ms}: the window (as the app builds it, shown, its own publisher running) showing past moments of a
 * history: random jumps, then a drag of the playhead across the strip. Each sample is the cursor's move on the FX
 * thread plus the pulse that showed it (publisher, CSS, layout; rendering is Prism's, after the pulse).
 */
final class ScrubBench {
    private static final int WARMUPS = 10;
    private static final int DRAG_POSITIONS = 300;
    private final JavaFxFrameBench fx;
    private final int width;
    private final int height;

    ScrubBench(JavaFxFrameBench fx, int width, int height) {
        this.fx = fx;
        this.width = width;
        this.height = height;
    }

    ScrubTimes run(int pods, int nodes, int changes, int jumps) {
        fx.startToolkit();
        ViewSource shown = pods == 0 ? chapter() : synthetic(pods, nodes, changes);
        Timeline timeline = shown.timeline();
        BlockingQueue<PulseBenchmark.Sample> samples = new LinkedBlockingQueue<>();
        PulseBenchmark window = fx.onFx(() -> {
            PulseBenchmark w = new PulseBenchmark(shown, width, height, samples::add);
            w.show();
            return w;
        });
        try {
            History history = timeline.history();
            int start = history.start();
            int end = history.end();
            Random random = new Random(7);
            List<Double> jumped = new ArrayList<>();
            for (int j = 0; j < WARMUPS + jumps; j++) {
                double ms = show(shown, timeline, start + random.nextInt(end - start), samples);
                if (j >= WARMUPS) {
                    jumped.add(ms);
                }
            }
            List<Double> dragged = new ArrayList<>();
            for (int k = 0; k < DRAG_POSITIONS; k++) {
                Duration span = Duration.between(history.startTime(), history.endTime());
                int moment = history.momentAt(history.startTime().plus(span.multipliedBy(k).dividedBy(DRAG_POSITIONS)));
                if (moment != timeline.shownMoment()) {
                    dragged.add(show(shown, timeline, moment, samples));
                }
            }
            return new ScrubTimes(Measure.median(jumped), Measure.median(dragged), end - start);
        } finally {
            Platform.runLater(window::close);
        }
    }

    /** Moves the playhead on the FX thread (as a drag does), then waits for the pulse that shows it. */
    private static double show(ViewSource shown, Timeline timeline, int moment, BlockingQueue<PulseBenchmark.Sample> samples) {
        CompletableFuture<double[]> moved = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t = System.nanoTime();
            long before = shown.source().state().revision();
            timeline.show(moment);
            long after = shown.source().state().revision();
            moved.complete(new double[]{Measure.millisSince(t), after, before});
        });
        double[] move = JavaFxFrameBench.join(moved);
        if (move[1] == move[2]) {
            return move[0]; // nothing differs between the two moments: no pulse redraws anything
        }
        return move[0] + JavaFxFrameBench.nextSample(samples, (long) move[1]).millis();
    }

    /** The synthetic cluster's window, then {@code changes} pod changes with their events, 20 a second. */
    private static ViewSource synthetic(int pods, int nodes, int changes) {
        SyntheticCluster cluster = SyntheticCluster.build(pods, nodes);
        SyntheticSource source = new SyntheticSource(cluster.loadForWindow(pods / 2), SyntheticCluster.NOW,
                "bench/default: synthetic cluster, " + pods + " pods");
        TimeShiftedSource shifted = new TimeShiftedSource(source);
        List<ClusterChange> batch = new ArrayList<>();
        for (int k = 0; k < changes / 2; k++) {
            int i = (int) ((k * 7919L) % pods);
            batch.addAll(cluster.podChange(i, k / pods, String.valueOf(10_000_000 + k), source.now()));
            if (batch.size() >= 20) {
                source.tick(Duration.ofSeconds(1));
                source.state().applyAll(batch);
                batch = new ArrayList<>();
            }
        }
        return new ViewSource(shifted, null, line -> CommandResult.ok(""), "context bench, namespace default",
                (verb, node) -> verb + " " + node);
    }

    /** An hour of the chapter's cluster on the simulator, as the window shows the simulator. */
    private static ViewSource chapter() {
        History hour = HistoryBench.chapterHour();
        TimeShiftedSource shifted = new TimeShiftedSource(new SyntheticSource(new dev.stsviz.cluster.ClusterState(),
                hour.endTime(), "chapter hour"), hour);
        return new ViewSource(shifted, null, line -> CommandResult.ok(""), "context bench, namespace default",
                (verb, node) -> verb + " " + node);
    }
}
