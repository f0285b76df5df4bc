package dev.stsviz.view;

import dev.stsviz.console.CommandResult;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A kubectl-style console: a read-only transcript and a "$" input line. Commands may block (they advance the
 * simulation or talk to a cluster), so they run on the background executor and their output comes back through
 * {@link Platform#runLater}; the input is disabled meanwhile, so commands never overlap.
 */
public final class ConsolePane {

    static final String RUNNING = "running…";
    /** The transcript is trimmed from the top beyond this, so appending stays cheap in long sessions. */
    static final int MAX_OUTPUT_CHARS = 1_000_000;

    private static final KeyCombination CLEAR = new KeyCodeCombination(KeyCode.L, KeyCombination.CONTROL_DOWN);
    private static final List<String> STATUS_CLASSES = List.of("running", "ok", "failed");

    private final Executor background;
    private final Function<String, CommandResult> runner;
    private final CommandHistory history = new CommandHistory();
    private final TextArea output = new TextArea();
    private final TextField input = new TextField();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();

    public ConsolePane(Executor background, Function<String, CommandResult> runner) {
        this.background = background;
        this.runner = runner;
        output.setEditable(false);
        output.getStyleClass().add("console-output");
        input.getStyleClass().add("console-input");
        input.setAccessibleText("Command");
        input.setOnAction(e -> submit());
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::walkHistory);
        status.getStyleClass().add("console-status");
        Label prompt = new Label("$");
        prompt.getStyleClass().add("console-prompt");
        prompt.setLabelFor(input);
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox line = new HBox(prompt, input, status);
        line.getStyleClass().add("console-line");
        root.setCenter(output);
        root.setBottom(line);
        root.getStyleClass().add("console-pane");
        // a filter on the whole pane: Ctrl+L clears wherever the focus is, even in the transcript
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CLEAR.match(e)) {
                output.clear();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    public void focusInput() {
        input.requestFocus();
    }

    /** The lines run so far, oldest first. */
    public List<String> history() {
        return history.lines();
    }

    private void submit() {
        String line = input.getText().strip();
        if (line.isEmpty()) {
            return;
        }
        history.add(line);
        boolean refocus = input.isFocused();
        input.clear();
        setStatus(RUNNING, "running");
        input.setPromptText(RUNNING);
        input.setDisable(true);
        try {
            background.execute(() -> run(line, refocus));
        } catch (RejectedExecutionException e) {
            finish(line, CommandResult.error("error: the console is shut down"), refocus);
        }
    }

    /** Background thread: runs the command and always hands a result back, so the input is never left disabled. */
    private void run(String line, boolean refocus) {
        CommandResult result = CommandResult.error("error: the command did not complete");
        try {
            CommandResult returned = runner.apply(line);
            if (returned != null) {
                result = returned;
            }
        } catch (RuntimeException e) {
            result = CommandResult.error("error: " + e.getMessage());
        } finally {
            CommandResult done = result;
            Platform.runLater(() -> finish(line, done, refocus));
        }
    }

    private void finish(String line, CommandResult result, boolean refocus) {
        append("$ " + line + "\n" + withNewline(result.output()));
        // the exit status is spelled out with a symbol; the style class only adds colour
        if (result.ok()) {
            setStatus("✓ exit 0", "ok");
        } else {
            setStatus("✗ exit 1", "failed");
        }
        input.setPromptText(null);
        input.setDisable(false);
        if (refocus) {
            // disabling moved the focus away; give it back so the next command can be typed at once
            input.requestFocus();
        }
    }

    private void append(String text) {
        output.appendText(text);
        int excess = output.getLength() - MAX_OUTPUT_CHARS;
        if (excess > 0) {
            int cut = output.getText().indexOf('\n', excess);
            output.deleteText(0, cut < 0 ? excess : cut + 1);
        }
        output.setScrollTop(Double.MAX_VALUE);
    }

    private void walkHistory(KeyEvent e) {
        if (e.getCode() == KeyCode.UP) {
            history.previous().ifPresent(this::showInInput);
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN) {
            showInInput(history.next());
            e.consume();
        }
    }

    private void showInInput(String line) {
        input.setText(line);
        input.end();
    }

    private void setStatus(String text, String styleClass) {
        status.setText(text);
        status.getStyleClass().removeAll(STATUS_CLASSES);
        status.getStyleClass().add(styleClass);
    }

    private static String withNewline(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.endsWith("\n") ? text : text + "\n";
    }
}
