package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window, headless: clicks the real buttons and reads what the diagram shows. Virtual time is advanced by the
 * test (the simulator does not play), so every step is deterministic.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private ChapterWindow window;
    private SimulatedClusterSource source;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = ChapterWindow.open(stage);
        source = window.source;
        view = window.view;
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    private void advance(FxRobot robot, Duration d) {
        window.advance(robot, d);
    }

    /** The text a pod tile shows (name, READY and STATUS), or empty when the pod is not drawn. */
    private Optional<String> tile(FxRobot robot, String pod) {
        return robot.lookup(".pod-tile").queryAll().stream()
                .map(Node::getAccessibleText).filter(t -> t != null && t.startsWith(pod + " ")).findFirst();
    }

    /** Actions run on a background thread and report on the status line: wait for that report. */
    private void awaitReport(FxRobot robot, String fragment) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#status").queryAs(Label.class).getText().contains(fragment));
        robot.interact(() -> robot.lookup("#status").queryAs(Label.class).setText(""));
    }

    private String nodeOf(String pod) {
        return source.withSimulation(s -> s.api().get(Pod.class, Kinds.POD, "default", pod).getSpec().getNodeName());
    }

    private void clickTile(FxRobot robot, String pod) {
        Node tile = robot.lookup(".pod-tile").match(n -> n.getAccessibleText() != null && n.getAccessibleText().startsWith(pod + " "))
                .query();
        robot.clickOn(tile);
    }

    @Test
    void scalingUpCreatesKubia2OnlyAfterKubia1IsReady(FxRobot robot) throws Exception {
        assertThat(tile(robot, "kubia-1")).contains("kubia-1 1/1 Running");
        robot.clickOn("#scale-up");
        awaitReport(robot, "scaled to");
        advance(robot, Duration.ofMillis(100));
        assertThat(tile(robot, "kubia-2")).hasValueSatisfying(t -> assertThat(t).startsWith("kubia-2 0/1 "));
        // kubia-2 appears; it would not while kubia-1 was not Ready: scale again with kubia-1 deleted
        advance(robot, Duration.ofSeconds(10));
        assertThat(tile(robot, "kubia-2")).contains("kubia-2 1/1 Running");
        clickTile(robot, "kubia-1");
        robot.clickOn("#delete-pod");
        awaitReport(robot, "deleted");
        advance(robot, Duration.ofSeconds(1));
        assertThat(tile(robot, "kubia-1")).contains("kubia-1 1/1 Terminating");
        robot.clickOn("#scale-up");
        awaitReport(robot, "scaled to");
        for (int i = 0; i < 30; i++) {
            advance(robot, Duration.ofSeconds(1));
            boolean kubia1Ready = tile(robot, "kubia-1").orElse("").equals("kubia-1 1/1 Running");
            if (!kubia1Ready) {
                assertThat(tile(robot, "kubia-3")).as("kubia-3 waits for kubia-1 to be Running and Ready").isEmpty();
            }
        }
        advance(robot, Duration.ofSeconds(40));
        assertThat(tile(robot, "kubia-3")).contains("kubia-3 1/1 Running");
        assertThat(robot.lookup("#why").queryAs(Label.class).getText()).isEqualTo("statefulset/kubia: up to date: 4/4 ready");
    }

    @Test
    void theReplicasFieldTakesAndShowsCountsPastTwenty(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> replicas = robot.lookup("#replicas").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> replicas.getValueFactory().setValue(25));
        robot.clickOn("#scale");
        awaitReport(robot, "scaled to 25");
        advance(robot, Duration.ofMillis(100));
        assertThat(replicas.getValue()).isEqualTo(25);
        assertThat(robot.lookup("#why").queryAs(Label.class).getText()).contains("kubia-2");
    }

    @Test
    void aDeletedPodComesBackWithTheSameClaim(FxRobot robot) throws Exception {
        clickTile(robot, "kubia-0");
        assertThat(robot.lookup("#delete-pod").queryButton().isDisabled()).isFalse();
        robot.clickOn("#delete-pod");
        awaitReport(robot, "deleted");
        advance(robot, Duration.ofSeconds(1));
        assertThat(tile(robot, "kubia-0")).contains("kubia-0 1/1 Terminating");
        assertThat(robot.lookup(".binding-link-terminating").queryAll()).hasSize(1);
        advance(robot, Duration.ofSeconds(35));
        assertThat(tile(robot, "kubia-0")).contains("kubia-0 1/1 Running");
        Node claim = robot.lookup(".claim-tile").match(n -> n.getAccessibleText().startsWith("claim data-kubia-0 ")).query();
        assertThat(claim.getAccessibleText()).isEqualTo("claim data-kubia-0 Bound, hostPath dir on " + nodeOf("kubia-0") + " only");
        assertThat(robot.lookup(".binding-link").queryAll()).hasSize(2);
    }

    @Test
    void aLostNodeGoesNotReadyItsPodTerminatesAndForceDeleteBringsItBack(FxRobot robot) throws Exception {
        String node = nodeOf("kubia-0");
        Node column = robot.lookup(".node-column").match(n -> ("node " + node + " Ready").equals(n.getAccessibleText())).query();
        robot.clickOn(column.lookup(".node-title"));
        robot.clickOn("#disconnect");
        awaitReport(robot, "disconnected");
        advance(robot, Duration.ofSeconds(60));
        assertThat(column.getAccessibleText()).isEqualTo("node " + node + " NotReady");
        assertThat(tile(robot, "kubia-0")).contains("kubia-0 1/1 Running");
        advance(robot, Duration.ofMinutes(6));
        assertThat(tile(robot, "kubia-0")).contains("kubia-0 1/1 Terminating");
        assertThat(robot.lookup("#why").queryAs(Label.class).getText())
                .isEqualTo("statefulset/kubia: kubia-0 stuck Terminating, not replaced: at-most-one — the controller cannot know"
                        + " the pod on " + node + " has stopped; force delete or reconnect");
        clickTile(robot, "kubia-0");
        robot.clickOn("#force-delete");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#destructive-action");
        awaitReport(robot, "force deleted");
        advance(robot, Duration.ofSeconds(5));
        assertThat(tile(robot, "kubia-0")).contains("kubia-0 1/1 Running");
        assertThat(nodeOf("kubia-0")).isNotEqualTo(node);
        robot.clickOn(column.lookup(".node-title"));
        robot.clickOn("#reconnect");
        awaitReport(robot, "reconnected");
        advance(robot, Duration.ofSeconds(20));
        assertThat(column.getAccessibleText()).isEqualTo("node " + node + " Ready");
    }

    @Test
    void theBookProfileShowsUnknown(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#profile").queryAs(javafx.scene.control.ChoiceBox.class).setValue("book"));
        // the switch runs on the actions thread, like every action: wait for it, then check
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> source.profile() == Profile.BOOK);
        assertThat(source.profile()).isEqualTo(Profile.BOOK);
        String node = nodeOf("kubia-1");
        source.actions().disconnectNode(node);
        advance(robot, Duration.ofMinutes(6));
        assertThat(tile(robot, "kubia-1")).contains("kubia-1 1/1 Unknown");
    }

    @Test
    void aLostNodeCountsDownAndTheLongWhyLineStaysOneLineWithTheWholeTextOnHover(FxRobot robot) throws Exception {
        Label why = robot.lookup("#why").queryAs(Label.class);
        assertThat(why.isWrapText()).isFalse();
        double oneLine = why.getHeight();
        String node = nodeOf("kubia-0");
        Node column = robot.lookup(".node-column").match(n -> ("node " + node + " Ready").equals(n.getAccessibleText())).query();
        assertThat(column.lookup(".node-clock")).as("no clock while the node is healthy").isNull();
        source.actions().disconnectNode(node);
        advance(robot, Duration.ofMillis(100));
        Label clock = (Label) column.lookup(".node-clock");
        assertThat(clock.getText()).matches("⚡✂ kubelet silent, last heartbeat \\d+ s ago\nNotReady in \\d+ s");
        advance(robot, Duration.ofMinutes(7));
        assertThat(tile(robot, "kubia-0")).contains("kubia-0 1/1 Terminating");
        assertThat(clock.getText()).startsWith("⚡✂ kubelet silent, last heartbeat ");
        String line = "statefulset/kubia: kubia-0 stuck Terminating, not replaced: at-most-one — the controller cannot know the pod on "
                + node + " has stopped; force delete or reconnect";
        robot.interact(() -> view.zoom(2)); // a projector's font: the line no longer fits
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(why.getText()).isEqualTo(line);
        assertThat(why.getTooltip().getText()).isEqualTo(line);
        assertThat(why.getHeight()).as("one line, as before, at twice the font size").isLessThan(oneLine * 2.5);
        assertThat(why.getWidth()).isLessThanOrEqualTo(why.getScene().getWidth());
        Node text = why.lookup(".text");
        assertThat(((javafx.scene.text.Text) text).getText()).as("cut with an ellipsis").endsWith("…");
    }

    @Test
    void presentationScaleAndDetails(FxRobot robot) throws Exception {
        double before = view.fontSize();
        robot.interact(() -> view.zoom(1.5));
        assertThat(view.fontSize()).isGreaterThan(before);
        clickTile(robot, "kubia-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".details-describe").queryAll()).isNotEmpty();
    }
}
