package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.SimulatedClusterSource;
import io.fabric8.kubernetes.api.model.Pod;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selecting a node by a click anywhere in its column (not only on its name), and the fault buttons offered for it:
 * Disconnect on a connected node, Reconnect on a disconnected one.
 */
@ExtendWith(ApplicationExtension.class)
class NodeSelectionTest {
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

    private String nodeOf(String pod) {
        return source.withSimulation(s -> s.api().get(Pod.class, Kinds.POD, "default", pod).getSpec().getNodeName());
    }

    private NodeColumn column(FxRobot robot, String node) {
        return (NodeColumn) robot.lookup(".node-column")
                .match(n -> n instanceof NodeColumn c && c.view().name().equals(node)).query();
    }

    /** A point of the column beside its pods, in its padding: empty space, no label and no tile. */
    private Point2D emptySpace(NodeColumn column) {
        Bounds screen = column.localToScreen(column.getLayoutBounds());
        double y = screen.getMinY() + screen.getHeight() * 0.75;
        Point2D point = new Point2D(screen.getMinX() + column.getPadding().getLeft() / 2 + 1, y);
        for (Node tile : column.lookupAll(".pod-tile")) {
            assertThat(tile.localToScreen(tile.getLayoutBounds()).contains(point)).as("not on a tile").isFalse();
        }
        return point;
    }

    /** The middle of the column's lower half: empty for a node without pods. */
    private static Point2D middle(NodeColumn column) {
        Bounds screen = column.localToScreen(column.getLayoutBounds());
        return new Point2D(screen.getCenterX(), screen.getMinY() + screen.getHeight() * 0.75);
    }

    private Selection selected() {
        return view.diagram().selected();
    }

    @Test
    void aClickOnAnEmptyPartOfAColumnSelectsItsNode(FxRobot robot) {
        // the node without pods (the chapter's two pods run on two of the three nodes), and a node holding a pod
        String busy = nodeOf("kubia-0");
        NodeColumn busyColumn = column(robot, busy);
        robot.clickOn(emptySpace(busyColumn));
        assertThat(selected()).isEqualTo(new Selection(Kinds.NODE, busy));
        assertThat(busyColumn.getPseudoClassStates().toString()).contains("selected");

        robot.clickOn(busyColumn.lookup(".pod-tile"));
        assertThat(selected()).isEqualTo(new Selection(Kinds.POD, "kubia-0"));

        robot.clickOn(busyColumn.lookup(".node-status"));
        assertThat(selected()).isEqualTo(new Selection(Kinds.NODE, busy));

        String other = nodeOf("kubia-1");
        String idle = source.withSimulation(s -> s.api().list(io.fabric8.kubernetes.api.model.Node.class, Kinds.NODE, null).stream()
                .map(n -> n.getMetadata().getName()).filter(n -> !n.equals(busy) && !n.equals(other))
                .findFirst().orElseThrow());
        NodeColumn idleColumn = column(robot, idle);
        assertThat(idleColumn.lookupAll(".pod-tile")).isEmpty();
        robot.clickOn(middle(idleColumn));
        assertThat(selected()).isEqualTo(new Selection(Kinds.NODE, idle));
    }

    @Test
    void reconnectIsOfferedOnlyForADisconnectedNodeAndDisconnectOnlyForAConnectedOne(FxRobot robot) throws Exception {
        String node = nodeOf("kubia-0");
        Button disconnect = robot.lookup("#disconnect").queryButton();
        Button reconnect = robot.lookup("#reconnect").queryButton();
        assertThat(disconnect.isDisabled()).as("no node selected").isTrue();
        robot.clickOn(emptySpace(column(robot, node)));
        assertThat(disconnect.isDisabled()).isFalse();
        assertThat(reconnect.isDisabled()).as("the node is connected").isTrue();

        robot.clickOn(disconnect);
        awaitReport(robot, "disconnected");
        // at once, before the node controller marks the node NotReady (the simulator is paused)
        assertThat(column(robot, node).view().ready()).isTrue();
        assertThat(reconnect.isDisabled()).isFalse();
        assertThat(disconnect.isDisabled()).as("the node is cut off already").isTrue();

        source.advance(Duration.ofSeconds(60));
        robot.interact(view::publish);
        assertThat(column(robot, node).view().ready()).isFalse();
        assertThat(reconnect.isDisabled()).isFalse();
        assertThat(disconnect.isDisabled()).isTrue();

        robot.clickOn(reconnect);
        awaitReport(robot, "reconnected");
        assertThat(reconnect.isDisabled()).isTrue();
        assertThat(disconnect.isDisabled()).isFalse();
    }

    @Test
    void aLiveClustersNodeIsJudgedByItsReadyConditionAndUnreachableTaint() {
        java.util.Map<String, dev.stsviz.view.model.NodeView> nodes = java.util.Map.of(
                "up", new dev.stsviz.view.model.NodeView("up", "Ready", true, false, java.util.List.of(), "", java.util.List.of()),
                "lost", new dev.stsviz.view.model.NodeView("lost", "NotReady", false, false,
                        java.util.List.of("node.kubernetes.io/unreachable:NoExecute"), "", java.util.List.of()),
                "hidden", new dev.stsviz.view.model.NodeView("hidden", dev.stsviz.view.model.NodeView.HIDDEN, true, false,
                        java.util.List.of(), "", java.util.List.of()));
        NodeConnection live = new NodeConnection(null, nodes::get);
        assertThat(live.of("up")).isEqualTo(NodeConnection.State.CONNECTED);
        assertThat(live.of("lost")).isEqualTo(NodeConnection.State.DISCONNECTED);
        assertThat(live.of("hidden")).isEqualTo(NodeConnection.State.UNKNOWN);
        assertThat(live.of("absent")).isEqualTo(NodeConnection.State.UNKNOWN);
    }

    private static void awaitReport(FxRobot robot, String fragment) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status").queryAs(Label.class).getText().contains(fragment));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
