package dev.stsviz.view;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.cluster.history.Timeline;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recording in the window (a history with a playback, no simulator and no cluster): no write buttons, play / pause
 * and speed on the strip, a banner saying it is a recording and where in it the window is.
 */
@ExtendWith(ApplicationExtension.class)
class RecordingWindowTest {
    private SimulatedClusterSource sim;
    private TimeShiftedSource shifted;
    private final FakePlayback playback = new FakePlayback();
    private MainView view;

    @Start
    void start(Stage stage) {
        sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(7, Profile.MODERN), () -> 0L);
        sim.start(false);
        shifted = new TimeShiftedSource(sim);
        sim.advance(Duration.ofSeconds(40));
        shifted.show(shifted.history().start()); // a recording opens at its start
        view = new MainView(new ViewSource(shifted, null, line -> null, null, null, new Replay(shifted, playback), null),
                ViewPreferences.transientDefaults());
        stage.setScene(new Scene(view.root(), 1400, 900));
        stage.show();
        view.start();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(view::stop);
        sim.close();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aRecordingHasNoWritesAndItsOwnPlayback(FxRobot robot) {
        robot.interact(view::publish);
        assertThat(shown(robot, "#scale-up")).as("no write buttons for a recording").isFalse();
        assertThat(shown(robot, "#delete-pod")).isFalse();
        assertThat(robot.lookup("#past-text").queryAs(Label.class).getText()).startsWith("▶ Recording: t=00:00:00, ");
        assertThat(robot.lookup("#past-why").queryAs(Label.class).getText()).isEqualTo("A recording: nothing can be changed");
        assertThat(shown(robot, "#back-to-now")).isFalse();

        robot.clickOn("#replay-play");
        assertThat(playback.playing).isTrue();
        assertThat(robot.lookup("#replay-play").queryButton().getText()).isEqualTo(TimeBar.PAUSE);
        robot.clickOn("#replay-play");
        assertThat(playback.playing).isFalse();
        robot.interact(() -> robot.lookup("#replay-speed").queryAs(javafx.scene.control.ComboBox.class).setValue(20.0));
        assertThat(playback.speed).isEqualTo(20.0);
    }

    private static final class FakePlayback implements Timeline.Playback {
        volatile boolean playing;
        volatile double speed = 1;

        @Override
        public boolean isPlaying() {
            return playing;
        }

        @Override
        public void play() {
            playing = true;
        }

        @Override
        public void pause() {
            playing = false;
        }

        @Override
        public double speed() {
            return speed;
        }

        @Override
        public void setSpeed(double speed) {
            this.speed = speed;
        }
    }

    /** A history with a playback: what a recording's source gives the window. */
    private record Replay(TimeShiftedSource shown, Timeline.Playback playback) implements Timeline {
        @Override
        public History history() {
            return shown.history();
        }

        @Override
        public boolean showingPast() {
            return true;
        }

        @Override
        public int shownMoment() {
            return shown.shownMoment();
        }

        @Override
        public Instant shownTime() {
            return shown.shownTime();
        }

        @Override
        public void show(int moment) {
            shown.show(moment);
        }

        @Override
        public void backToNow() {
            shown.show(shown.history().end());
        }
    }
}
