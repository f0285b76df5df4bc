package dev.stsviz.app;

import dev.stsviz.bench.FrameBench;
import dev.stsviz.bench.Measure;
import dev.stsviz.bench.PulseTimes;
import dev.stsviz.bench.SyntheticCluster;
import dev.stsviz.bench.SyntheticSource;
import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.console.CommandResult;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.view.FrameBenchmark;
import dev.stsviz.view.PulseBenchmark;
import dev.stsviz.view.ViewPreferences;
import dev.stsviz.view.ViewSource;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The JavaFX figures of {@code bench}, headless (Monocle, software rendering). One change is measured as a frame
 * costs it: the model update, CSS for what changed, and layout (FrameBenchmark.oneChangePulseMillis); the pulse
 * figure through the whole window, in real pulses (PulseBenchmark).
 */
public final class JavaFxFrameBench implements FrameBench {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    /** One change takes about a millisecond: each measurement is the median of this many, each on another pod. */
    private static final int ONE_CHANGE_REPEATS = 15;
    /** Pulse changes go to pods on these first nodes: their columns are in view, so CSS and layout have work. */
    private static final int PULSE_NODES = 6;
    /** Of every this many pulse changes, one moves the clock and one is the selected pod's own. */
    private static final int CYCLE = 6;
    private static final int CHANGE = 0;
    private static final int TICK = 1;
    private static final int SELECTED = 2;
    /** A path that does not exist: the bench must not read (or depend on) the user's kubeconfig. */
    private static final String NO_KUBECONFIG = "/nonexistent/stsviz-bench/kubeconfig";
    private FrameBenchmark diagram;
    private boolean started;

    /**
     * The app's own start, as {@code java -jar stsviz.jar} runs it (the chapter's cluster, no kubeconfig): the
     * simulator is prepared, the toolkit starts, the shell opens the default view; measured to its first pulse.
     */
    @Override
    public double firstFrameMillis() {
        long t0 = System.nanoTime();
        AppContext context = new AppContext(cluster -> Simulation.chapterCluster(1, Profile.MODERN, cluster, 0),
                ClusterPreset.MINIKUBE, NO_KUBECONFIG, null, null, false);
        context.prepareSimulator();
        startToolkit();
        CompletableFuture<Long> firstPulse = new CompletableFuture<>();
        AppShell[] shell = new AppShell[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            shell[0] = new AppShell(context, stage, ViewPreferences.transientDefaults());
            shell[0].show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    // the pulse that runs this also published the view, laid it out and rendered the first frame
                    Platform.runLater(() -> firstPulse.complete(System.nanoTime()));
                }
            }.start();
        });
        double millis = (join(firstPulse) - t0) / 1e6;
        Platform.runLater(() -> shell[0].close());
        return millis;
    }

    @Override
    public double oneChangeMillis(int pods, int nodes) {
        return onFx(() -> bench(pods, nodes).oneChangePulseMillis(pods, nodes, ONE_CHANGE_REPEATS));
    }

    @Override
    public double fullRebuildMillis(int pods, int nodes) {
        return onFx(() -> bench(pods, nodes).fullRebuildMillis(pods, nodes, 1));
    }

    /**
     * The window over the synthetic cluster with its StatefulSets and one event per two pods, pod set-000-0 selected,
     * the events tab open (the default). Each change is written between two pulses, as a batch the window's publisher
     * takes whole: a pod on one of the first {@link #PULSE_NODES} nodes (columns in view) turns not ready or ready
     * again, with its kubelet's event. In every {@link #CYCLE} changes one also moves the clock a second and one is
     * the selected pod's own; each kind has its own median.
     */
    @Override
    public PulseTimes pulse(int pods, int nodes, int warmups, int changes) {
        startToolkit();
        SyntheticCluster cluster = SyntheticCluster.build(pods, nodes);
        SyntheticSource source = new SyntheticSource(cluster.loadForWindow(pods / 2), SyntheticCluster.NOW,
                "bench/default: synthetic cluster, " + pods + " pods");
        ViewSource shown = new ViewSource(source, null, line -> CommandResult.ok(""), "context bench, namespace default",
                (verb, node) -> verb + " " + node);
        BlockingQueue<PulseBenchmark.Sample> samples = new LinkedBlockingQueue<>();
        String selected = cluster.pods().get(0).getMetadata().getName();
        // start() publishes at once, outside a pulse: the first (whole) build is never a sample
        PulseBenchmark window = onFx(() -> {
            PulseBenchmark w = new PulseBenchmark(shown, WIDTH, HEIGHT, samples::add);
            w.show();
            w.select("pod/" + selected);
            return w;
        });
        try {
            List<Integer> inView = new ArrayList<>();
            for (int i = 1; i < pods; i++) {
                if (i % nodes < PULSE_NODES) {
                    inView.add(i);
                }
            }
            Map<Integer, Integer> rounds = new HashMap<>();
            List<List<PulseBenchmark.Sample>> measured = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (int k = 0; k < warmups + changes; k++) {
                int kind = k % CYCLE == CYCLE - 1 ? SELECTED : k % CYCLE == CYCLE / 2 ? TICK : CHANGE;
                int pod = kind == SELECTED ? 0 : inView.get(k % inView.size());
                int round = rounds.merge(pod, 1, Integer::sum) - 1;
                Duration tick = Duration.ofSeconds(kind == TICK ? 1 : 0);
                List<ClusterChange> change = cluster.podChange(pod, round, String.valueOf(10_000_000 + k), source.now().plus(tick));
                CompletableFuture<Long> written = new CompletableFuture<>();
                Platform.runLater(() -> {
                    source.tick(tick);
                    source.state().applyAll(change);
                    written.complete(source.state().revision());
                });
                PulseBenchmark.Sample sample = nextSample(samples, join(written));
                if (k >= warmups) {
                    measured.get(kind).add(sample);
                }
            }
            return new PulseTimes(median(measured.get(CHANGE)), median(measured.get(TICK)), median(measured.get(SELECTED)));
        } finally {
            Platform.runLater(window::close);
        }
    }

    private static PulseTimes.Median median(List<PulseBenchmark.Sample> samples) {
        if (samples.isEmpty()) {
            return new PulseTimes.Median(Double.NaN, Map.of());
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        for (String part : samples.get(0).parts().keySet()) {
            parts.put(part, Measure.median(samples.stream().map(s -> s.parts().getOrDefault(part, 0.0)).toList()));
        }
        return new PulseTimes.Median(Measure.median(samples.stream().map(PulseBenchmark.Sample::millis).toList()), parts);
    }

    /** The first pulse that showed {@code revision} (or later); earlier ones are dropped. */
    static PulseBenchmark.Sample nextSample(BlockingQueue<PulseBenchmark.Sample> samples, long revision) {
        try {
            while (true) {
                PulseBenchmark.Sample sample = samples.poll(2, TimeUnit.MINUTES);
                if (sample == null) {
                    throw new IllegalStateException("no pulse showed revision " + revision + " within 2 minutes");
                }
                if (sample.revision() >= revision) {
                    return sample;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public dev.stsviz.bench.ScrubTimes scrub(int pods, int nodes, int changes, int jumps) {
        return new ScrubBench(this, WIDTH, HEIGHT).run(pods, nodes, changes, jumps);
    }

    private FrameBenchmark bench(int pods, int nodes) {
        if (diagram == null) {
            diagram = new FrameBenchmark(WIDTH, HEIGHT);
            diagram.load(pods, nodes);
        }
        return diagram;
    }

    void startToolkit() {
        if (!started) {
            Headless.useMonocle(WIDTH, HEIGHT);
            CompletableFuture<Void> up = new CompletableFuture<>();
            try {
                Platform.startup(() -> up.complete(null));
            } catch (IllegalStateException alreadyRunning) {
                up.complete(null);
            }
            join(up);
            Platform.setImplicitExit(false);
            started = true;
        }
    }

    <T> T onFx(Callable<T> work) {
        startToolkit();
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return join(result);
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX bench failed: " + e.getMessage(), e);
        }
    }
}
