package dev.stsviz.view;

import dev.stsviz.sim.SimulatedClusterSource;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The console in the window: F6 (or its button) makes it take most of the height and back; help lists commands. */
@ExtendWith(ApplicationExtension.class)
class LargeConsoleTest {
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

    /** The split between the diagram (above) and the events / console tabs (below). */
    private SplitPane verticalSplit(FxRobot robot) {
        return robot.lookup(".split-pane").match(n -> ((SplitPane) n).getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .queryAs(SplitPane.class);
    }

    @Test
    void f6MakesTheConsoleLargeAndBackAndHelpListsTheCommands(FxRobot robot) throws Exception {
        SplitPane split = verticalSplit(robot);
        double before = split.getDividerPositions()[0];
        TabPane tabs = robot.lookup("#bottom-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Events");

        robot.clickOn("#why").type(KeyCode.F6); // anywhere in the window
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Console");
        assertThat(split.getDividerPositions()[0]).isCloseTo(LargeConsole.DIAGRAM_SHARE, within(0.02));
        ToggleButton large = robot.lookup("#console-large").queryAs(ToggleButton.class);
        assertThat(large.isSelected()).isTrue();

        robot.clickOn(".console-input").write("help").type(KeyCode.ENTER);
        TextArea output = robot.lookup(".console-output").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> output.getText().contains("sim disconnect"));
        assertThat(output.getText()).startsWith("$ help\n").contains("\n  kubectl scale sts|rs NAME --replicas=N")
                .doesNotContain("command not found");

        robot.type(KeyCode.F6); // from the console's input too
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(large.isSelected()).isFalse();
        assertThat(split.getDividerPositions()[0]).isCloseTo(before, within(0.02));

        robot.clickOn(large);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getDividerPositions()[0]).isCloseTo(LargeConsole.DIAGRAM_SHARE, within(0.02));
    }
}
