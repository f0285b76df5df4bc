package dev.stsviz.view;

import dev.stsviz.lesson.LessonParser;
import dev.stsviz.sim.SimulatedClusterSource;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lesson pane in the window, headless: F1 opens it, PageDown / PageUp move between steps, Do it runs the step's
 * action and the condition turns met as virtual time passes, the Predict answer is revealed, the step's objects are
 * outlined in the diagram.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPaneTest {
    private static final String LESSON = """
            # Scaling
            ## Scale up
            Objects: pod/kubia-2, pvc/data-kubia-2
            Do: `kubectl scale sts kubia --replicas=3`
            Until: pod/kubia-2 Ready

            Ask for a **third** replica.

            ### Predict: What is the new pod called?
            - [ ] kubia-x7k2p
            - [x] kubia-2

            The next ordinal.

            ### After
            kubia-2 runs.

            ## The node of kubia-0
            Objects: node/{node of kubia-0}

            **{node of kubia-0}** runs kubia-0.
            """;
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

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void f1OpensThePaneAndPageDownAndPageUpMoveBetweenSteps(FxRobot robot) {
        assertThat(robot.lookup("#lesson-pane").tryQuery()).isEmpty();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(robot.lookup("#lesson-pane").tryQuery()).isPresent();
        assertThat(text(robot, "#lesson-step-count")).isEqualTo("No lesson");
        robot.interact(() -> view.openLesson(LessonParser.parse(LESSON, "t.md"), 0));
        assertThat(text(robot, "#lesson-step-count")).isEqualTo("Step 1 of 2");
        assertThat(text(robot, "#lesson-step-title")).isEqualTo("Scale up");

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#lesson-step-count")).isEqualTo("Step 2 of 2");
        String node = source.state().get(io.fabric8.kubernetes.api.model.Pod.class, "Pod", "default", "kubia-0").orElseThrow()
                .getSpec().getNodeName();
        // the role is resolved in the narration and the outline
        assertThat(robot.lookup(".lesson-narration .md-bold").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).containsExactly(node);
        assertThat(view.diagram().outlined()).containsExactly("node/" + node);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertThat(text(robot, "#lesson-step-count")).as("no step after the last").isEqualTo("Step 2 of 2");

        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        assertThat(text(robot, "#lesson-step-count")).isEqualTo("Step 1 of 2");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(robot.lookup("#lesson-pane").tryQuery()).isEmpty();
        assertThat(view.diagram().outlined()).as("closing the pane clears the outlines").isEmpty();
        robot.clickOn("#lesson-toggle");
        assertThat(robot.lookup("#lesson-pane").tryQuery()).isPresent();
        assertThat(text(robot, "#lesson-step-count")).as("the lesson is kept while hidden").isEqualTo("Step 1 of 2");
    }

    @Test
    void doItRunsTheActionAndTheConditionTurnsMetThenTheAnswerIsRevealed(FxRobot robot) throws Exception {
        robot.interact(() -> view.openLesson(LessonParser.parse(LESSON, "t.md"), 0));
        assertThat(text(robot, "#lesson-progress")).isEqualTo("○ Waiting for kubia-2 to be Ready (there is none yet)");
        Button reveal = robot.lookup("#lesson-reveal").queryButton();
        assertThat(reveal.isDisabled()).isTrue();
        assertThat(robot.lookup("#lesson-after").queryAs(javafx.scene.layout.VBox.class).isVisible()).isFalse();

        robot.clickOn("#lesson-do-it");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#lesson-action-output").startsWith("✓"));
        assertThat(text(robot, "#lesson-action-output")).isEqualTo("✓ statefulset.apps/kubia scaled");
        advance(robot, Duration.ofMillis(500));
        assertThat(text(robot, "#lesson-progress")).startsWith("○ Waiting for kubia-2 to be Ready (it is ");
        assertThat(view.diagram().outlined()).contains("pod/kubia-2");

        advance(robot, Duration.ofSeconds(30));
        assertThat(text(robot, "#lesson-progress")).isEqualTo("✓ Done: Next when you are ready.");
        assertThat(robot.lookup("#lesson-after").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
        assertThat(view.diagram().outlined()).containsExactlyInAnyOrder("pod/kubia-2", "pvc/data-kubia-2");
        assertThat(robot.lookup("#lesson-right-answer").tryQuery()).as("hidden until revealed").isEmpty();
        assertThat(reveal.isDisabled()).isFalse();
        robot.clickOn("#lesson-reveal");
        assertThat(text(robot, "#lesson-right-answer")).contains("B", "kubia-2", "(right)");
        assertThat(robot.lookup(".lesson-explanation").tryQuery()).isEmpty(); // rendered into the predict box's children
        assertThat(robot.lookup("#lesson-predict").queryAs(javafx.scene.layout.VBox.class).lookupAll(".md-text").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText())).contains("The next ordinal.");
        assertThat(robot.lookup("#lesson-next").queryButton().isDefaultButton()).isTrue();
    }

    @Test
    void onALiveClusterAStepWhoseActionCannotRunThereShowsItsLiveText(FxRobot robot) {
        String curl = """
                # Live
                ## Read it back
                Do: curl localhost:8001/api/v1/namespaces/default/pods/kubia-0/proxy/

                Ask kubia-0.

                ### Live
                Run `kubectl proxy` in a terminal first.
                ## Scale
                Do: kubectl scale sts kubia --replicas=3

                Scale.
                """;
        java.util.List<LessonPane> made = new java.util.ArrayList<>();
        robot.interact(() -> {
            LessonPane pane = new LessonPane(new ActionRunner(), line -> dev.stsviz.console.CommandResult.ok(""), true, "default",
                    source::state, s -> { });
            // in a scene with the app's palette: the scroll pane's content joins the graph with its skin
            new Scene((javafx.scene.Parent) pane.node(), 800, 600).getStylesheets()
                    .add(java.util.Objects.requireNonNull(MainView.class.getResource("app.css")).toExternalForm());
            pane.open(LessonParser.parse(curl, "live.md"), 0);
            pane.node().applyCss();
            made.add(pane);
        });
        javafx.scene.Parent pane = (javafx.scene.Parent) made.get(0).node();
        assertThat(pane.lookup("#lesson-do-it").getParent().getParent().isVisible()).as("no Do it").isFalse();
        assertThat(pane.lookup("#lesson-live").isVisible()).isTrue();
        assertThat(pane.lookup("#lesson-live").lookupAll(".md-text").stream().map(n -> ((javafx.scene.text.Text) n).getText()))
                .containsExactly("Run ", "kubectl proxy", " in a terminal first.");
        robot.interact(made.get(0)::next);
        assertThat(pane.lookup("#lesson-do-it").getParent().getParent().isVisible()).as("kubectl runs live").isTrue();
        assertThat(pane.lookup("#lesson-live").isVisible()).isFalse();
    }

    @Test
    void aMalformedLessonSaysWhereAndKeepsTheOpenOne(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> view.openLesson(LessonParser.parse(LESSON, "t.md"), 1));
        Path broken = Files.writeString(dir.resolve("broken.md"), "# T\n## S\nUntil: pod/kubia-0\n\nText.\n");
        robot.interact(() -> view.openLesson(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#lesson-error").isEmpty());
        assertThat(text(robot, "#lesson-error")).startsWith("⚠ broken.md:3: Until: needs [new] TYPE/NAME STATE");
        assertThat(text(robot, "#lesson-step-count")).isEqualTo("Step 2 of 2");
    }
}
