package dev.stsviz.view;

import dev.stsviz.console.CommandResult;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * A kubectl-style console: a read-only transcript and a "$" input line. Commands may block (they advance the
 * simulation or talk to a cluster), so they run on the background executor and their output comes back through
 * {@link Platform#runLater}; the input is disabled meanwhile, so commands never overlap.
 * <p>A long output does not hide its command: while a block's {@code $ command} line is scrolled above the view, it
 * stays pinned at the top of the transcript (a click on it scrolls back to it). "Large" (F6) asks the window to give
 * the console most of its height.
 */
public final class ConsolePane {

    static final String RUNNING = "running…";
    /** The transcript is trimmed from the top beyond this, so appending stays cheap in long sessions. */
    static final int MAX_OUTPUT_CHARS = 1_000_000;

    private static final KeyCombination CLEAR = new KeyCodeCombination(KeyCode.L, KeyCombination.CONTROL_DOWN);
    /** Ctrl+L already clears, as in a shell; F6 is free in the window and in the text controls. */
    static final KeyCombination LARGE = new KeyCodeCombination(KeyCode.F6);
    private static final List<String> STATUS_CLASSES = List.of("running", "ok", "failed");

    private final Executor background;
    private final Function<String, CommandResult> runner;
    private final CommandHistory history = new CommandHistory();
    private final TextArea output = new TextArea();
    private final TextField input = new TextField();
    private final Label status = new Label();
    private final BorderPane root = new BorderPane();
    /** The command of the block being read, pinned over the transcript's first line while its own is out of view. */
    private final Label sticky = new Label();
    private final CommandHeaders headers = new CommandHeaders();
    private final ToggleButton large = new ToggleButton(Texts.get("console.large"));
    /** The transcript shows its end as output arrives, until the user scrolls it. */
    private boolean followEnd;
    private boolean stickyScheduled;

    public ConsolePane(Executor background, Function<String, CommandResult> runner) {
        this.background = background;
        this.runner = runner;
        output.setEditable(false);
        output.getStyleClass().add("console-output");
        input.getStyleClass().add("console-input");
        input.setAccessibleText(Texts.get("console.input"));
        input.setOnAction(e -> submit());
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::walkHistory);
        status.getStyleClass().add("console-status");
        Label prompt = new Label("$");
        prompt.getStyleClass().add("console-prompt");
        prompt.setLabelFor(input);
        HBox.setHgrow(input, Priority.ALWAYS);
        large.setId("console-large");
        large.getStyleClass().add("console-large");
        large.setTooltip(new Tooltip(Texts.get("console.large.tip")));
        large.setFocusTraversable(false);
        HBox line = new HBox(prompt, input, status, large);
        line.getStyleClass().add("console-line");
        sticky.getStyleClass().add("console-sticky");
        sticky.setMaxWidth(Double.MAX_VALUE);
        sticky.setVisible(false);
        sticky.setOnMouseClicked(e -> scrollToBlockInView());
        StackPane transcript = new StackPane(output, sticky);
        StackPane.setAlignment(sticky, Pos.TOP_LEFT);
        StackPane.setMargin(sticky, new javafx.geometry.Insets(1, 16, 0, 1)); // inside the border, clear of the scroll bar
        root.setCenter(transcript);
        root.setBottom(line);
        root.getStyleClass().add("console-pane");
        // a filter on the whole pane: Ctrl+L clears wherever the focus is, even in the transcript
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CLEAR.match(e)) {
                output.clear();
                headers.clear();
                scheduleSticky();
                e.consume();
            } else if (LARGE.match(e)) {
                large.setSelected(!large.isSelected());
                e.consume();
            }
        });
        output.skinProperty().addListener((o, a, b) -> watchScrolling());
        // scrolling, dragging the scroll bar or paging by keys: the user reads, the transcript stays where it is put
        output.addEventFilter(javafx.scene.input.ScrollEvent.ANY, e -> followEnd = false);
        output.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> followEnd = false);
        output.addEventFilter(KeyEvent.KEY_PRESSED, e -> followEnd = false);
    }

    /** Whether the console asks for most of the window's height (its button, or F6). */
    public BooleanProperty largeProperty() {
        return large.selectedProperty();
    }

    /** The header pinned at the top of the transcript, or null when the block's own header is in view. */
    String pinnedHeader() {
        return sticky.isVisible() ? sticky.getText() : null;
    }

    /** The skin's scroll pane appears with the skin: follow its scrolling from then on. */
    private void watchScrolling() {
        if (output.lookup(".scroll-pane") instanceof ScrollPane scroll) {
            scroll.vvalueProperty().addListener((o, a, b) -> {
                if (followEnd && b.doubleValue() < scroll.getVmax()) {
                    // the text grew after the last scroll (it settles over a pulse or two): follow it to its end
                    Platform.runLater(() -> {
                        if (followEnd) {
                            scroll.setVvalue(scroll.getVmax());
                        }
                    });
                }
                scheduleSticky();
            });
            scroll.viewportBoundsProperty().addListener((o, a, b) -> scheduleSticky());
        }
    }

    /** The skin's text node holding the transcript, or null before the skin exists. */
    private Text transcriptText() {
        for (Node n : output.lookupAll(".text")) {
            if (n instanceof Text t) {
                return t;
            }
        }
        return null;
    }

    /** The first character in view, or -1 before the transcript is laid out. */
    private int firstCharInView() {
        Node viewport = output.lookup(".viewport");
        Text text = transcriptText();
        if (viewport == null || text == null || text.getScene() == null) {
            return -1;
        }
        Point2D top = text.sceneToLocal(viewport.localToScene(0, 0));
        return text.hitTest(new Point2D(Math.max(0, top.getX()) + 1, top.getY() + 1)).getCharIndex();
    }

    /** Once the scrolling of this pulse has settled (it moves in steps while the text is laid out). */
    private void scheduleSticky() {
        if (!stickyScheduled) {
            stickyScheduled = true;
            Platform.runLater(() -> {
                stickyScheduled = false;
                updateSticky();
            });
        }
    }

    /** Pins the header of the block in view while that block's "$" line is scrolled above the top. */
    private void updateSticky() {
        int first = firstCharInView();
        String header = first < 0 ? null : headers.headerAt(first);
        boolean pin = header != null && first > headers.startAt(first) + header.length();
        if (pin) {
            sticky.setText(header);
            sticky.setAccessibleText("showing the output of " + header);
        }
        sticky.setVisible(pin);
    }

    /** Scrolls the block in view up to its "$" line, which then is the transcript's first line. */
    private void scrollToBlockInView() {
        followEnd = false;
        int first = firstCharInView();
        int start = first < 0 ? -1 : headers.startAt(first);
        Text text = transcriptText();
        if (start < 0 || text == null || !(output.lookup(".scroll-pane") instanceof ScrollPane scroll)) {
            return;
        }
        javafx.scene.shape.PathElement[] line = text.rangeShape(start, start + 1);
        if (line.length == 0 || !(line[0] instanceof javafx.scene.shape.MoveTo top)) {
            return;
        }
        Node content = scroll.getContent();
        double y = content.sceneToLocal(text.localToScene(0, top.getY())).getY();
        double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (range > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, y / range)) * scroll.getVmax());
        }
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
        headers.add(output.getLength(), "$ " + line);
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
            int chars = cut < 0 ? excess : cut + 1;
            output.deleteText(0, chars);
            headers.cut(chars);
        }
        followEnd = true;
        Platform.runLater(() -> {
            if (output.lookup(".scroll-pane") instanceof ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmax());
            }
            scheduleSticky();
        });
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
