package dev.stsviz.view;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Marker;
import dev.stsviz.cluster.history.Timeline;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time strip in the window, headless: the chapter's cluster is scaled to 3 and back to 2 (kubia-2 created, then
 * Terminating and deleted); the strip's markers name that, clicking one shows that moment in the whole window, the
 * banner says so, writes are off until Back to now, and the keys move through the markers unless a text field has
 * the focus.
 */
@ExtendWith(ApplicationExtension.class)
class TimeStripTest {
    private ChapterWindow window;

    @Start
    void start(Stage stage) {
        window = ChapterWindow.open(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    private static TimeStrip strip(FxRobot robot) {
        return robot.lookup("#time-strip").queryAs(TimeStrip.class);
    }

    private static Timeline timeline(FxRobot robot) {
        return strip(robot).timeline();
    }

    private static Optional<String> tile(FxRobot robot, String pod) {
        return robot.lookup(".pod-tile").queryAll().stream()
                .map(Node::getAccessibleText).filter(t -> t != null && t.startsWith(pod + " ")).findFirst();
    }

    private static void awaitReport(FxRobot robot, String fragment) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status").queryAs(Label.class).getText().contains(fragment));
        robot.interact(() -> robot.lookup("#status").queryAs(Label.class).setText(""));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryButton().isDisabled();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.isVisible() && n.isManaged();
    }

    /** kubia-2 created by a scale to 3, then removed by a scale back to 2. */
    private void scaleUpAndDown(FxRobot robot) throws Exception {
        robot.clickOn("#scale-up");
        awaitReport(robot, "scaled to 3");
        window.advance(robot, Duration.ofSeconds(20));
        assertThat(tile(robot, "kubia-2")).contains("kubia-2 1/1 Running");
        robot.clickOn("#scale-down");
        awaitReport(robot, "scaled to 2");
        window.advance(robot, Duration.ofSeconds(60));
        awaitGone(robot, "kubia-2");
    }

    /** A pod's tile fades out before it leaves the diagram. */
    private static void awaitGone(FxRobot robot, String pod) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tile(robot, pod).isEmpty());
    }

    private static Marker marker(FxRobot robot, String label) {
        return timeline(robot).history().markers().stream().filter(m -> m.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no marker " + label + " in " + timeline(robot).history().markers()));
    }

    /** The screen point of a marker's tick, in the strip's middle row. */
    private static Point2D pointOf(FxRobot robot, Marker marker) {
        TimeStrip strip = strip(robot);
        double x = strip.xOf(marker.time());
        Bounds screen = strip.localToScreen(strip.getLayoutBounds());
        return new Point2D(screen.getMinX() + x, screen.getMinY() + screen.getHeight() * 0.4);
    }

    @Test
    void markersNameTheScaleAndThePodAndClickingOneShowsThatMoment(FxRobot robot) throws Exception {
        scaleUpAndDown(robot);
        robot.interact(window.view::publish);
        List<String> labels = timeline(robot).history().markers().stream().map(Marker::label).toList();
        assertThat(labels).contains("sts kubia scaled 2 → 3", "pod kubia-2 created", "sts kubia scaled 3 → 2",
                "pod kubia-2 Terminating", "pod kubia-2 deleted");

        Marker deleted = marker(robot, "pod kubia-2 deleted");
        robot.moveTo(pointOf(robot, deleted));
        WaitForAsyncUtils.waitForFxEvents();
        String tip = strip(robot).tooltip().getText();
        assertThat(tip).contains("pod kubia-2 deleted · t=00:01:");

        Marker terminating = marker(robot, "pod kubia-2 Terminating");
        robot.clickOn(pointOf(robot, terminating));
        robot.interact(window.view::publish);
        assertThat(timeline(robot).showingPast()).isTrue();
        assertThat(timeline(robot).shownTime()).as("the tick's first marker: the scale down").isBeforeOrEqualTo(terminating.time());
        assertThat(tile(robot, "kubia-2")).as("the pod is back in the diagram as it was then").isPresent();
        assertThat(text(robot, "#past-text")).matches("◀◀ Showing the past: t=00:01:\\d\\d, 1m\\d*s? ago|◀◀ Showing the past: t=00:01:\\d\\d, \\d+s ago");
        assertThat(text(robot, "#past-why")).isEqualTo("Changes are off while the past is shown");
        assertThat(disabled(robot, "#scale-up")).as("writes off in the past").isTrue();
        assertThat(disabled(robot, "#scale")).isTrue();

        robot.clickOn("#back-to-now");
        robot.interact(window.view::publish);
        assertThat(timeline(robot).showingPast()).isFalse();
        assertThat(shown(robot, "#past-banner")).isFalse();
        awaitGone(robot, "kubia-2");
        assertThat(disabled(robot, "#scale-up")).as("writes on again at now").isFalse();
    }

    @Test
    void leftRightHomeAndEndMoveThroughTheMarkers(FxRobot robot) throws Exception {
        scaleUpAndDown(robot);
        robot.clickOn("#why"); // the focus away from any text field
        Timeline timeline = timeline(robot);
        History history = timeline.history();
        List<Marker> markers = history.markers();
        Marker last = markers.get(markers.size() - 1);

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertThat(timeline.showingPast()).isTrue();
        assertThat(timeline.shownTime()).as("the last marker").isEqualTo(last.time());
        int atLast = timeline.shownMoment();

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertThat(timeline.shownMoment()).isLessThan(atLast);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(timeline.shownMoment()).isEqualTo(atLast);

        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        assertThat(timeline.shownMoment()).isEqualTo(history.firstMoment()); // what the simulator held when the window opened, not an empty cluster
        assertThat(timeline.showingPast()).isTrue();

        robot.press(KeyCode.END).release(KeyCode.END);
        assertThat(timeline.showingPast()).isFalse();
        assertThat(timeline.shownMoment()).isEqualTo(history.end());
    }

    @Test
    void stepInThePastMovesToTheNextChangeOfTheHistory(FxRobot robot) throws Exception {
        scaleUpAndDown(robot);
        robot.clickOn("#why");
        Timeline timeline = timeline(robot);
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        int start = timeline.shownMoment();
        String clockBefore = text(robot, "#clock");

        robot.clickOn("#step");
        int next = timeline.history().nextChange(start);
        assertThat(timeline.shownMoment()).isEqualTo(next).isGreaterThan(start);
        robot.clickOn("#step");
        assertThat(timeline.shownMoment()).isEqualTo(timeline.history().nextChange(next));
        robot.interact(window.view::publish);
        assertThat(text(robot, "#clock")).as("the simulator did not run").isEqualTo(clockBefore);
    }

    @Test
    void keysGoToAFocusedTextField(FxRobot robot) throws Exception {
        scaleUpAndDown(robot);
        Timeline timeline = timeline(robot);
        robot.clickOn("#find-pod").write("kubia");
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertThat(timeline.showingPast()).as("Home and Left moved the caret, not the playhead").isFalse();

        robot.clickOn("#replicas");
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        assertThat(timeline.showingPast()).as("the replicas box keeps its keys").isFalse();
    }
}
