package dev.stsviz.view;

import dev.stsviz.sim.SimulatedClusterSource;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a 1280×720 projector: at 150 % and in projector mode no toolbar label is cut to "…" and no two
 * controls of the top bars overlap; F5 toggles projector mode; the details pane waits for a selection; Ctrl+Shift+=
 * (Ctrl+Plus on a US keyboard) zooms. The frame is the app's: the source picker above the view.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorModeTest {
    private static final double WIDTH = 1280;
    private ChapterWindow window;
    private SimulatedClusterSource source;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = ChapterWindow.open(stage, s -> { }, ProjectorModeTest::withSourceBar, (int) WIDTH, 720);
        source = window.source;
        view = window.view;
    }

    /** The app's frame: the source picker above the view. */
    private static javafx.scene.Parent withSourceBar(javafx.scene.Parent view) {
        SourceBar sources = new SourceBar(List.of("minikube", "kind", "gke"), "minikube", List.of("a-rather-long-context-name"),
                null, "default", new SourceBar.Switcher() {
                    @Override
                    public void simulator(String cluster) {
                    }

                    @Override
                    public void live(String context, String namespace) {
                    }
                });
        BorderPane frame = new BorderPane(view);
        frame.setTop(sources);
        return frame;
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.close(robot);
    }

    private void settle(FxRobot robot) {
        robot.interact(() -> {
            view.publish();
            view.root().getScene().getRoot().applyCss();
            view.root().getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void atOneHundredAndFiftyPercentNoToolbarLabelIsCutAndNoControlsOverlap(FxRobot robot) {
        settle(robot);
        assertToolbarsReadable(robot, "100 %");
        robot.interact(() -> view.zoom(19.5 / view.fontSize()));
        settle(robot);
        assertThat(view.fontSize()).isEqualTo(19.5);
        assertToolbarsReadable(robot, "150 %");
        robot.interact(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#theme").query()).fire());
        settle(robot);
        assertThat(robot.lookup("#theme").queryLabeled().getText()).isEqualTo(ViewToggles.LIGHT);
        javafx.scene.layout.Region sourceBar = robot.lookup(".source-bar").query();
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) sourceBar.getBackground().getFills().get(0).getFill();
        assertThat(fill.getBrightness()).as("the source picker above the view wears the dark theme too").isLessThan(0.3);
        assertToolbarsReadable(robot, "150 %, dark");
    }

    @Test
    void f5TogglesProjectorModeAndLeavingRestoresTheScale(FxRobot robot) {
        settle(robot);
        robot.clickOn("#step"); // focus in the window, outside any text field
        robot.type(KeyCode.F5);
        settle(robot);
        assertThat(view.projector()).isTrue();
        assertThat(view.fontSize()).isEqualTo(ProjectorMode.FONT_SIZE);
        assertThat(((javafx.scene.control.ToggleButton) robot.lookup("#projector").query()).isSelected()).isTrue();
        assertThat(robot.lookup("#more-actions").query().isVisible()).as("less-used actions behind ⋯").isTrue();
        assertToolbarsReadable(robot, "projector mode");

        robot.type(KeyCode.F5);
        settle(robot);
        assertThat(view.projector()).isFalse();
        assertThat(view.fontSize()).isEqualTo(13);
        assertThat(robot.lookup("#more-actions").query().isVisible()).isFalse();
    }

    @Test
    void theDetailsPaneIsAStripUntilSomethingIsSelectedAndCanBeClosedAndReopened(FxRobot robot) {
        robot.interact(() -> view.setProjector(true));
        source.advance(Duration.ofSeconds(40));
        settle(robot);
        assertThat(robot.lookup("#details-strip").tryQuery()).isPresent();
        assertThat(robot.lookup(".details-pane").tryQuery()).as("no details before a selection").isEmpty();
        Node strip = robot.lookup("#details-strip").query();
        assertThat(strip.getBoundsInParent().getWidth()).as("a narrow strip, not a third of the window").isLessThan(WIDTH / 10);

        Node tile = robot.lookup(".pod-tile").match(n -> n.getAccessibleText() != null && n.getAccessibleText().startsWith("kubia-0 "))
                .query();
        robot.clickOn(tile);
        settle(robot);
        assertThat(robot.lookup(".details-title").queryLabeled().getText()).contains("kubia-0");
        assertThat(robot.lookup(".details-pane").query().getBoundsInParent().getWidth()).isGreaterThan(WIDTH / 5);

        robot.clickOn("#details-close");
        settle(robot);
        assertThat(robot.lookup(".details-pane").tryQuery()).isEmpty();
        robot.clickOn("#details-open");
        settle(robot);
        assertThat(robot.lookup(".details-title").queryLabeled().getText()).contains("kubia-0");
    }

    @Test
    void ctrlShiftEqualsZoomsInAsCtrlPlusDoes(FxRobot robot) {
        settle(robot);
        robot.clickOn("#step");
        double before = view.fontSize();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.fontSize()).isGreaterThan(before);
        double once = view.fontSize();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.fontSize()).isGreaterThan(once);
    }

    @Test
    void startsPausedWithAHintThatGoesOncePlayingAndPlayPauseKeepsItsWidth(FxRobot robot) {
        settle(robot);
        assertThat(source.isPlaying()).isFalse();
        assertThat(robot.lookup("#start-hint").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#start-hint").queryLabeled().getText()).isEqualTo(TimeBar.START_HINT);
        Node step = robot.lookup("#step").query();
        double stepX = step.localToScene(step.getLayoutBounds()).getMinX();
        double playWidth = robot.lookup("#play").query().getLayoutBounds().getWidth();
        robot.clickOn("#play");
        settle(robot);
        assertThat(source.isPlaying()).isTrue();
        assertThat(robot.lookup("#play").queryLabeled().getText()).isEqualTo(TimeBar.PAUSE);
        assertThat(robot.lookup("#start-hint").queryLabeled().isVisible()).isFalse();
        assertThat(robot.lookup("#play").query().getLayoutBounds().getWidth()).isEqualTo(playWidth);
        assertThat(step.localToScene(step.getLayoutBounds()).getMinX()).as("Step stays where it was").isEqualTo(stepX);
        robot.clickOn("#play");
        settle(robot);
        assertThat(source.isPlaying()).isFalse();
        assertThat(robot.lookup("#start-hint").queryLabeled().isVisible()).as("gone for good once played").isFalse();
    }

    @Test
    void fitToWindowBringsEveryColumnAndTheStorageRowIntoView(FxRobot robot) {
        source.advance(Duration.ofSeconds(40));
        robot.interact(() -> view.zoom(19.5 / view.fontSize()));
        settle(robot);
        robot.clickOn("#zoom-fit");
        settle(robot);
        ScrollPane scroll = view.diagramPane().zoom().scrollPane();
        Bounds viewportInScene = scroll.lookup(".viewport").localToScene(scroll.lookup(".viewport").getLayoutBounds());
        List<Node> parts = new ArrayList<>(robot.lookup(".node-column").queryAll());
        parts.addAll(robot.lookup(".claim-tile").queryAll());
        assertThat(parts).hasSizeGreaterThan(4); // three nodes, the unscheduled column, two claims
        for (Node part : parts) {
            Bounds b = part.localToScene(part.getBoundsInLocal());
            assertThat(b.getMaxX()).as("%s right edge in view", part.getAccessibleText()).isLessThanOrEqualTo(viewportInScene.getMaxX() + 1);
            assertThat(b.getMaxY()).as("%s bottom edge in view", part.getAccessibleText()).isLessThanOrEqualTo(viewportInScene.getMaxY() + 1);
        }
        assertThat(view.diagramPane().zoom().zoom()).isLessThan(1);
    }

    /** The top bars (source picker, actions, time, the diagram's zoom bar): full labels, no overlaps, inside the window. */
    private void assertToolbarsReadable(FxRobot robot, String when) {
        List<Node> bars = new ArrayList<>();
        bars.addAll(robot.lookup(".source-bar").queryAll());
        bars.addAll(robot.lookup(".top-bar").queryAll());
        bars.addAll(robot.lookup(".diagram-bar").queryAll());
        assertThat(bars).hasSize(3);
        List<Control> controls = new ArrayList<>();
        for (Node bar : bars) {
            collectControls(bar, controls);
        }
        assertThat(controls).hasSizeGreaterThan(15);
        for (Control c : controls) {
            if (c instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                assertThat(shownText(labeled)).as("%s: %s is not cut", when, labeled.getText()).isEqualTo(labeled.getText());
            }
            Bounds b = c.localToScene(c.getBoundsInLocal());
            assertThat(b.getMaxX()).as("%s: %s inside the window", when, describe(c)).isLessThanOrEqualTo(WIDTH + 0.5);
        }
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                Bounds a = inset(controls.get(i).localToScene(controls.get(i).getLayoutBounds()));
                Bounds b = inset(controls.get(j).localToScene(controls.get(j).getLayoutBounds()));
                assertThat(a.intersects(b)).as("%s: %s overlaps %s", when, describe(controls.get(i)), describe(controls.get(j))).isFalse();
            }
        }
    }

    /** What the skin draws: its text node's text, which ends in "…" when the label was cut. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return labeled.getText(); // a graphic-only skin draws no text
    }

    /** Visible controls, not looking inside a control (a spinner's field, a combo box's cell are its own parts). */
    private static void collectControls(Node node, List<Control> into) {
        if (!node.isVisible() || !node.isManaged()) {
            return;
        }
        if (node instanceof Control c) {
            into.add(c);
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectControls(child, into);
            }
        }
    }

    /** Neighbours may touch: half a pixel in from each side. */
    private static Bounds inset(Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + 0.5, b.getMinY() + 0.5,
                Math.max(0, b.getWidth() - 1), Math.max(0, b.getHeight() - 1));
    }

    private static String describe(Control c) {
        String text = c instanceof Labeled l ? "\"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()) + text;
    }
}
