package dev.stsviz.app;

import dev.stsviz.bench.FrameBench;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.view.FrameBenchmark;
import dev.stsviz.view.ViewPreferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The JavaFX figures of {@code bench}, headless (Monocle, software rendering). One change is measured as a frame
 * costs it: the model update, CSS for what changed, and layout (FrameBenchmark.oneChangePulseMillis).
 */
public final class JavaFxFrameBench implements FrameBench {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    /** One change takes about a millisecond: each measurement is the median of this many, each on another pod. */
    private static final int ONE_CHANGE_REPEATS = 15;
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

    private FrameBenchmark bench(int pods, int nodes) {
        if (diagram == null) {
            diagram = new FrameBenchmark(WIDTH, HEIGHT);
            diagram.load(pods, nodes);
        }
        return diagram;
    }

    private void startToolkit() {
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

    private <T> T onFx(Callable<T> work) {
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

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX bench failed: " + e.getMessage(), e);
        }
    }
}
