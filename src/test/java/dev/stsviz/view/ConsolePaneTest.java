package dev.stsviz.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stsviz.console.CommandResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console typed into like a terminal, with a fake kubectl on a background thread. */
@ExtendWith(ApplicationExtension.class)
class ConsolePaneTest {
    private static final String PODS = """
            NAME      READY   STATUS    RESTARTS   AGE
            kubia-0   1/1     Running   0          5m
            kubia-1   1/1     Running   0          4m
            """;
    private static final String NOT_FOUND = "Error from server (NotFound): pods \"kubia-9\" not found";

    /** Far more lines than the transcript shows. */
    private static final String LONG = "NAME        READY   STATUS    RESTARTS   AGE\n" + java.util.stream.IntStream.range(0, 200)
            .mapToObj(i -> String.format("kubia-%-4d  1/1     Running   0          5m%n", i)).collect(java.util.stream.Collectors.joining());

    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final List<Boolean> ranOnFxThread = new CopyOnWriteArrayList<>();
    /** Released by a test that wants to look at the console while a command runs. */
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private ExecutorService background;
    private ConsolePane console;

    @Start
    void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-kubectl"));
        console = new ConsolePane(background, fakeKubectl());
        Scene scene = new Scene(new StackPane(console.node()), 900, 500);
        PaneStyles.install(scene);
        stage.setScene(scene);
        stage.show();
        console.focusInput();
    }

    @AfterEach
    void stop() {
        gate.countDown();
        background.shutdownNow();
    }

    private Function<String, CommandResult> fakeKubectl() {
        return line -> {
            ran.add(line);
            ranOnFxThread.add(Platform.isFxApplicationThread());
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return switch (line) {
                case "kubectl get pods" -> CommandResult.ok(PODS);
                case "kubectl get pvc" -> CommandResult.ok("No resources found in default namespace.");
                case "kubectl delete pod kubia-9" -> CommandResult.error(NOT_FOUND);
                case "boom" -> throw new IllegalStateException("the simulation stopped");
                case "kubectl get pods -o wide" -> CommandResult.ok(LONG);
                default -> CommandResult.ok("");
            };
        };
    }

    @Test
    void enterRunsTheLineInTheBackgroundAndAppendsTheTranscript(FxRobot robot) throws TimeoutException {
        run(robot, "kubectl get pods");

        assertThat(output(robot).getText()).isEqualTo("$ kubectl get pods\n" + PODS);
        assertThat(ran).containsExactly("kubectl get pods");
        assertThat(ranOnFxThread).containsExactly(false);
        assertThat(status(robot).getText()).isEqualTo("✓ exit 0");
        assertThat(input(robot).getText()).isEmpty();
        assertThat(input(robot).isFocused()).isTrue();

        run(robot, "kubectl get pvc");
        assertThat(output(robot).getText()).isEqualTo("$ kubectl get pods\n" + PODS
                + "$ kubectl get pvc\nNo resources found in default namespace.\n");
        assertThat(output(robot).isEditable()).isFalse();
        assertThat(output(robot).getFont().getFamily()).as("panes.css makes the transcript monospace").contains("Monospaced");
    }

    @Test
    void theInputIsDisabledAndSaysRunningWhileACommandRuns(FxRobot robot) throws TimeoutException {
        gate = new CountDownLatch(1);
        robot.write("kubectl get pods").type(KeyCode.ENTER);
        waitUntil(() -> input(robot).isDisabled());

        assertThat(input(robot).getPromptText()).isEqualTo("running…");
        assertThat(status(robot).getText()).isEqualTo("running…");
        assertThat(output(robot).getText()).isEmpty();

        gate.countDown();
        waitUntil(() -> !input(robot).isDisabled());
        assertThat(output(robot).getText()).startsWith("$ kubectl get pods\nNAME");
        assertThat(input(robot).getPromptText()).isNullOrEmpty();
        assertThat(input(robot).isFocused()).isTrue();
    }

    @Test
    void aFailedCommandShowsTheErrorAndExitStatus(FxRobot robot) throws TimeoutException {
        run(robot, "kubectl delete pod kubia-9");

        assertThat(output(robot).getText()).isEqualTo("$ kubectl delete pod kubia-9\n" + NOT_FOUND + "\n");
        assertThat(status(robot).getText()).isEqualTo("✗ exit 1");
        assertThat(status(robot).getStyleClass()).contains("failed").doesNotContain("ok", "running");

        run(robot, "kubectl get pvc");
        assertThat(status(robot).getText()).isEqualTo("✓ exit 0");
        assertThat(status(robot).getStyleClass()).contains("ok").doesNotContain("failed");
    }

    @Test
    void aRunnerThatThrowsIsReportedAndTheConsoleStaysUsable(FxRobot robot) throws TimeoutException {
        run(robot, "boom");

        assertThat(output(robot).getText()).isEqualTo("$ boom\nerror: the simulation stopped\n");
        assertThat(status(robot).getText()).isEqualTo("✗ exit 1");
        run(robot, "kubectl get pvc");
        assertThat(output(robot).getText()).endsWith("$ kubectl get pvc\nNo resources found in default namespace.\n");
    }

    @Test
    void upAndDownWalkTheHistoryLikeAShell(FxRobot robot) throws TimeoutException {
        run(robot, "kubectl get pods");
        run(robot, "kubectl get pvc");
        assertThat(console.history()).containsExactly("kubectl get pods", "kubectl get pvc");

        robot.type(KeyCode.UP);
        assertThat(input(robot).getText()).isEqualTo("kubectl get pvc");
        robot.type(KeyCode.UP);
        assertThat(input(robot).getText()).isEqualTo("kubectl get pods");
        robot.type(KeyCode.UP);
        assertThat(input(robot).getText()).as("stops at the oldest").isEqualTo("kubectl get pods");
        assertThat(input(robot).getCaretPosition()).isEqualTo("kubectl get pods".length());
        robot.type(KeyCode.DOWN);
        assertThat(input(robot).getText()).isEqualTo("kubectl get pvc");
        robot.type(KeyCode.DOWN);
        assertThat(input(robot).getText()).as("down past the end clears").isEmpty();
        robot.type(KeyCode.DOWN);
        assertThat(input(robot).getText()).isEmpty();

        // a recalled line runs again and ends the walk
        robot.type(KeyCode.UP, KeyCode.UP).type(KeyCode.ENTER);
        waitUntil(() -> ran.size() == 3 && !input(robot).isDisabled());
        assertThat(console.history()).containsExactly("kubectl get pods", "kubectl get pvc", "kubectl get pods");
        robot.type(KeyCode.UP);
        assertThat(input(robot).getText()).isEqualTo("kubectl get pods");
    }

    @Test
    void emptyLinesAreIgnored(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.ENTER);
        robot.write("   ").type(KeyCode.ENTER);
        assertThat(input(robot).isDisabled()).isFalse();
        run(robot, "  kubectl get pvc  ");

        assertThat(ran).containsExactly("kubectl get pvc");
        assertThat(console.history()).containsExactly("kubectl get pvc");
        assertThat(output(robot).getText()).startsWith("$ kubectl get pvc\n");
    }

    @Test
    void ctrlLClearsTheOutput(FxRobot robot) throws TimeoutException {
        run(robot, "kubectl get pods");
        assertThat(output(robot).getText()).isNotEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(output(robot).getText()).isEmpty();
        assertThat(input(robot).getText()).as("Ctrl+L is not typed into the input").isEmpty();
        assertThat(console.history()).containsExactly("kubectl get pods");
    }

    @Test
    void aShutDownExecutorIsReportedInsteadOfHanging(FxRobot robot) throws TimeoutException {
        background.shutdownNow();
        robot.write("kubectl get pods").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(input(robot).isDisabled()).isFalse();
        assertThat(output(robot).getText()).isEqualTo("$ kubectl get pods\nerror: the console is shut down\n");
        assertThat(status(robot).getText()).isEqualTo("✗ exit 1");
    }

    @Test
    void aLongOutputKeepsItsCommandPinnedAtTheTop(FxRobot robot) throws TimeoutException {
        run(robot, "kubectl get pvc");
        assertThat(console.pinnedHeader()).as("a short output shows its own command line").isNull();
        run(robot, "kubectl get pods -o wide");
        // the transcript is scrolled to the end: the command line is far above, its header is pinned instead
        assertThat(console.pinnedHeader()).isEqualTo("$ kubectl get pods -o wide");
        Label sticky = robot.lookup(".console-sticky").queryAs(Label.class);
        assertThat(sticky.isVisible()).isTrue();
        javafx.geometry.Bounds pinned = sticky.localToScene(sticky.getLayoutBounds());
        javafx.geometry.Bounds transcript = output(robot).localToScene(output(robot).getLayoutBounds());
        assertThat(pinned.getMinY()).as("at the top of the transcript").isBetween(transcript.getMinY(), transcript.getMinY() + 2);
        assertThat(pinned.getHeight()).isGreaterThan(8);

        run(robot, "kubectl get pvc");
        assertThat(console.pinnedHeader()).as("still reading the long output's end").isEqualTo("$ kubectl get pods -o wide");

        // the reader goes to the transcript's start (a click in it, Ctrl+Home)
        robot.clickOn(output(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.pinnedHeader()).as("at the top, the first command's own line is in view").isNull();

        // a click on the pinned header scrolls back to its command
        robot.clickOn(".console-input");
        run(robot, "kubectl get pods -o wide");
        robot.clickOn(".console-sticky");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(console.pinnedHeader()).isNull();
    }

    @Test
    void largeTogglesByItsButtonAndF6(FxRobot robot) {
        javafx.scene.control.ToggleButton large = robot.lookup("#console-large").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(large.getTooltip().getText()).contains("F6");
        assertThat(console.largeProperty().get()).isFalse();
        robot.clickOn(large);
        assertThat(console.largeProperty().get()).isTrue();
        robot.clickOn(".console-input").type(KeyCode.F6);
        assertThat(console.largeProperty().get()).isFalse();
        assertThat(large.isSelected()).isFalse();
        assertThat(input(robot).getText()).isEmpty();
    }

    /** Types a line, presses Enter, and waits until its output has come back. */
    private void run(FxRobot robot, String line) throws TimeoutException {
        int before = ran.size();
        robot.write(line).type(KeyCode.ENTER);
        waitUntil(() -> ran.size() == before + 1 && !input(robot).isDisabled());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextArea output(FxRobot robot) {
        return robot.lookup(".console-output").queryAs(TextArea.class);
    }

    private static TextField input(FxRobot robot) {
        return robot.lookup(".console-input").queryAs(TextField.class);
    }

    private static Label status(FxRobot robot) {
        return robot.lookup(".console-status").queryAs(Label.class);
    }
}
