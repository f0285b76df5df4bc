package dev.stsviz.app;

import dev.stsviz.bench.FrameBench;
import dev.stsviz.sim.Profile;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.view.FrameBenchmark;
import dev.stsviz.view.MainView;
import dev.stsviz.view.ViewPreferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
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
    private FrameBenchmark diagram;
    private boolean started;

    /** From starting the toolkit (or, if already up, from building the window) to its first pulse. */
    @Override
    public double firstFrameMillis() {
        long t0 = System.nanoTime();
        startToolkit();
        CompletableFuture<Long> firstPulse = new CompletableFuture<>();
        Platform.runLater(() -> {
            SimulatedClusterSource source = new SimulatedClusterSource(() -> Simulation.chapterCluster(1, Profile.MODERN),
                    System::nanoTime);
            source.start(false);
            MainView view = new MainView(source, ViewPreferences.transientDefaults());
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
            stage.show();
            view.start();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    // the pulse that runs this also laid out and rendered the window's first frame
                    Platform.runLater(() -> firstPulse.complete(System.nanoTime()));
                }
            }.start();
        });
        return (join(firstPulse) - t0) / 1e6;
    }

    @Override
    public double oneChangeMillis(int pods, int nodes) {
        return onFx(() -> bench(pods, nodes).oneChangePulseMillis(pods, nodes, 1));
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
