package dev.stsviz.view;

import dev.stsviz.app.SimulatorViewSource;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The chapter's simulated cluster (seed 7, modern profile) in the real window, headless. The simulator does not play:
 * virtual time moves only when a test advances it, so every step is deterministic.
 */
final class ChapterWindow {
    final SimulatedClusterSource source;
    final MainView view;

    private ChapterWindow(SimulatedClusterSource source, MainView view) {
        this.source = source;
        this.view = view;
    }

    /** 40 s in (kubia-0 and kubia-1 up), in a 1600×1000 window. */
    static ChapterWindow open(Stage stage) {
        return open(stage, s -> s.advance(Duration.ofSeconds(40)), root -> root, 1600, 1000);
    }

    /**
     * @param prepare what happens on the simulator before the window opens
     * @param frame   what the view's root is put in (the window's source bar, say)
     */
    static ChapterWindow open(Stage stage, Consumer<SimulatedClusterSource> prepare, UnaryOperator<Parent> frame, int width, int height) {
        AtomicLong wall = new AtomicLong();
        SimulatedClusterSource source = new SimulatedClusterSource(() -> Simulation.chapterCluster(7, Profile.MODERN), wall::get);
        source.start(false);
        prepare.accept(source);
        MainView view = new MainView(SimulatorViewSource.of(source), ViewPreferences.transientDefaults());
        stage.setScene(new Scene(frame.apply(view.root()), width, height));
        stage.show();
        view.start();
        return new ChapterWindow(source, view);
    }

    /** Lets virtual time pass and draws what it changed. */
    void advance(FxRobot robot, Duration d) {
        source.advance(d);
        robot.interact(view::publish);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close(FxRobot robot) {
        robot.interact(view::stop);
        source.close();
    }
}
