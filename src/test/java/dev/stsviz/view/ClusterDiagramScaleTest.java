package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.view.model.DiagramModel;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Level of detail, zoom and search on a large diagram, headless. */
@ExtendWith(ApplicationExtension.class)
class ClusterDiagramScaleTest {
    private final AtomicReference<Selection> selected = new AtomicReference<>();
    private ClusterDiagram diagram;
    private DiagramPane pane;
    private BorderPane root;

    @Start
    void start(Stage stage) {
        diagram = new ClusterDiagram(selected::set, s -> null);
        pane = new DiagramPane(diagram);
        root = new BorderPane(pane.node());
        root.getStyleClass().add("main-view");
        root.getStylesheets().add(Objects.requireNonNull(MainView.class.getResource("app.css")).toExternalForm());
        stage.setScene(new Scene(root, 1400, 900));
        stage.show();
    }

    private void show(FxRobot robot, DiagramModel model) {
        robot.interact(() -> diagram.update(model, java.time.Instant.parse("2026-11-28T12:00:00Z")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLargeClusterIsCompactAndOneChangeTouchesOnlyItsColumn(FxRobot robot) {
        DiagramModel model = FrameBenchmark.model(600, 30);
        show(robot, model);
        assertThat(robot.lookup(".pod-tile").queryAll()).isEmpty();
        assertThat(diagram.nodeColumn("node-0").compact()).isTrue();
        assertThat(diagram.nodeColumn("node-1").compactView().countsText()).isEqualTo("20 pods\n● 20 Running");
        CompactNodeView other = diagram.nodeColumn("node-2").compactView();
        List<?> otherPods = other.pods();
        int before = FrameBenchmark.countNodes(root);
        // kubia-1 is on node-1; withOneChange(seed 0) flips the first pod of node-0: kubia-0
        DiagramModel next = FrameBenchmark.withOneChange(model, 0);
        show(robot, next);
        assertThat(FrameBenchmark.countNodes(root)).isEqualTo(before);
        assertThat(diagram.nodeColumn("node-0").compactView().countsText()).contains("✕ 1 Terminating");
        assertThat(diagram.nodeColumn("node-2").compactView()).isSameAs(other);
        assertThat(other.pods()).isSameAs(otherPods);
    }

    @Test
    void manyNodesWrapIntoRowsAndManyClaimsBecomeOneLineOfCounts(FxRobot robot) {
        show(robot, FrameBenchmark.model(100, 10)); // ten pods a node: tiles; 100 claims: too many for tiles
        assertThat(robot.lookup(".pod-tile").queryAll()).hasSize(100);
        assertThat(robot.lookup(".column-grid").queryAll()).hasSize(1);
        assertThat(robot.lookup(".claim-tile").queryAll()).isEmpty();
        assertThat(robot.lookup(".storage-summary").queryLabeled().getText()).startsWith("⛁ 100 claims: ● 100 Bound");

        show(robot, FrameBenchmark.model(9, 3)); // the chapter's size: side by side, claim tiles
        assertThat(robot.lookup(".column-grid").queryAll()).isEmpty();
        assertThat(robot.lookup(".claim-tile").queryAll()).hasSize(9);
    }

    @Test
    void tilesReformatAgeAsTheClockMovesWithoutANewModel(FxRobot robot) {
        show(robot, FrameBenchmark.model(3, 1)); // created five minutes before the shown time
        javafx.scene.control.Label detail = robot.from(diagram.podTile("kubia-0")).lookup(".pod-detail").queryAs(javafx.scene.control.Label.class);
        assertThat(detail.getText()).isEqualTo("1/1 · restarts 0 · 5m");
        robot.interact(() -> diagram.showTime(java.time.Instant.parse("2026-11-28T13:00:00Z")));
        assertThat(detail.getText()).isEqualTo("1/1 · restarts 0 · 65m");
    }

    @Test
    void aSmallClusterShowsTilesAndACrowdedNodeComesBackAsTilesWhenZoomedIn(FxRobot robot) {
        show(robot, FrameBenchmark.model(9, 3));
        assertThat(robot.lookup(".pod-tile").queryAll()).hasSize(9);
        assertThat(diagram.nodeColumn("node-0").compact()).isFalse();
        show(robot, FrameBenchmark.model(40, 2));
        assertThat(diagram.nodeColumn("node-0").compact()).as("20 pods on a node").isTrue();
        assertThat(robot.lookup(".pod-tile").queryAll()).isEmpty();
        robot.interact(() -> pane.zoom().zoomBy(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(diagram.zoom()).isEqualTo(2);
        assertThat(diagram.nodeColumn("node-0").compact()).as("zoomed in, in view").isFalse();
        assertThat(robot.lookup(".pod-tile").queryAll()).isNotEmpty();
        robot.interact(() -> pane.zoom().zoomBy(0.25));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(diagram.nodeColumn("node-0").compact()).isTrue();
    }

    @Test
    void findingAPodInACompactColumnSelectsItAndHighlightsItsColumn(FxRobot robot) {
        show(robot, FrameBenchmark.model(2_000, 100));
        robot.interact(() -> pane.search().field().setText("kubia-1234"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected.get()).isEqualTo(new Selection(Kinds.POD, "kubia-1234"));
        NodeColumn column = diagram.nodeColumn("node-34");
        assertThat(column.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("holds-selected"));
        assertThat(diagram.nodeColumn("node-33").getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("holds-selected"));
        assertThat(pane.zoom().scrollPane().getVvalue()).as("scrolled down to node-34's row").isPositive();
        // Enter takes the first partial match
        robot.interact(() -> pane.search().find("ubia-199", false));
        assertThat(selected.get().name()).startsWith("kubia-199");
    }

    @Test
    void aThousandNodesPutOnlyTheColumnsInViewIntoTheSceneGraph(FxRobot robot) {
        show(robot, FrameBenchmark.model(20_000, 1_000));
        int inScene = robot.lookup(".node-column").queryAll().size();
        assertThat(inScene).as("columns in the scene graph").isBetween(6, 120);
        assertThat(diagram.nodeColumn("node-0")).isNotNull();
        assertThat(diagram.nodeColumn("node-999")).as("far below the viewport").isNull();
        assertThat(diagram.getHeight()).as("the grid is as tall as all its rows").isGreaterThan(10_000);

        // the search finds a pod on the last node, scrolls there, and the column is made
        robot.interact(() -> pane.search().field().setText("kubia-19999"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected.get()).isEqualTo(new Selection(Kinds.POD, "kubia-19999"));
        assertThat(pane.zoom().scrollPane().getVvalue()).isGreaterThan(0.95);
        assertThat(diagram.nodeColumn("node-999")).isNotNull();
        assertThat(diagram.nodeColumn("node-999").getPseudoClassStates()).contains(PseudoClass.getPseudoClass("holds-selected"));
        assertThat(diagram.nodeColumn("node-0")).as("scrolled out of view: dropped").isNull();
        assertThat(robot.lookup(".node-column").queryAll().size()).isBetween(6, 120);
    }

    @Test
    void zoomingIntoTheGridShowsTilesForTheColumnsInViewWithinTheBudget(FxRobot robot) {
        show(robot, FrameBenchmark.model(2_000, 100)); // 20 pods a node: compact, in a grid
        assertThat(robot.lookup(".pod-tile").queryAll()).isEmpty();
        robot.interact(() -> pane.zoom().zoomBy(2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { }); // one more pulse: measured heights may have moved the rows
        WaitForAsyncUtils.waitForFxEvents();
        int tiles = robot.lookup(".pod-tile").queryAll().size();
        // zoomed around the view's centre: the columns there show tiles, within the budget
        assertThat(tiles).isPositive().isLessThanOrEqualTo(LevelOfDetail.TILE_BUDGET);
        robot.interact(() -> pane.zoom().zoomBy(0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".pod-tile").queryAll()).as("zoomed out: compact again").isEmpty();
    }
}
