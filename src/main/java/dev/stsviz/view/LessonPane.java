package dev.stsviz.view;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.console.CommandResult;
import dev.stsviz.lesson.Lesson;
import dev.stsviz.lesson.LessonParser;
import dev.stsviz.lesson.LessonRun;
import dev.stsviz.lesson.ObjectLookup;
import dev.stsviz.lesson.ObjectRef;
import dev.stsviz.lesson.Predict;
import dev.stsviz.lesson.Progress;
import dev.stsviz.lesson.Roles;
import dev.stsviz.lesson.Step;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Lesson pane, docked right of the diagram: step N of M, its narration, the action with "Do it", a Predict
 * question whose answer is revealed once the step's condition holds, what the step still waits for, and Previous /
 * Next (PageUp / PageDown, as presentation clickers send). The step's objects are outlined in the diagram. Actions
 * run on the background executor; the condition is checked against the state on each publisher pulse.
 */
public final class LessonPane {
    private static final String[] LETTERS = {"A", "B", "C", "D"};
    private final ActionRunner background;
    private final Function<String, CommandResult> console;
    private final boolean live;
    private final String namespace;
    private final Supplier<ClusterState> state;
    private final Consumer<Set<Selection>> highlight;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final BorderPane root = new BorderPane();
    private final Label lessonTitle = label("lesson-title");
    private final Label stepCount = label("lesson-step-count");
    private final Label stepTitle = label("lesson-step-title");
    private final VBox narration = new VBox();
    private final Label actionText = label("lesson-action-text");
    private final Button doIt = new Button(Texts.get("lesson.doIt"));
    private final Label actionOutput = label("lesson-action-output");
    private final VBox actionBox = new VBox();
    private final VBox liveText = new VBox();
    private final VBox predictBox = new VBox();
    private final Label question = label("lesson-question");
    private final VBox answers = new VBox();
    private final Button reveal = new Button(Texts.get("lesson.reveal"));
    private final VBox explanation = new VBox();
    private final Label progress = label("lesson-progress");
    private final VBox after = new VBox();
    private final Button previous = new Button(Texts.get("lesson.previous"));
    private final Button next = new Button(Texts.get("lesson.next"));
    private final Label error = label("lesson-error");
    private LessonRun run;
    private boolean revealed;
    private boolean running;
    /** The texts last drawn with their roles resolved: redrawn only when a role becomes known. */
    private String shownNarration;
    private String shownAfter;
    private Progress shownProgress;

    /**
     * @param live      a live cluster: steps whose action cannot run there show their live text instead of "Do it"
     * @param highlight outlines the step's objects in the diagram
     */
    public LessonPane(ActionRunner background, Function<String, CommandResult> console, boolean live, String namespace,
                      Supplier<ClusterState> state, Consumer<Set<Selection>> highlight) {
        this.background = background;
        this.console = console;
        this.live = live;
        this.namespace = namespace;
        this.state = state;
        this.highlight = highlight;
        build();
        showNoLesson();
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void build() {
        root.getStyleClass().add("lesson-pane");
        root.getStylesheets().add(LessonOutlines.STYLESHEET);
        root.setId("lesson-pane");
        Button open = new Button(Texts.get("lesson.open"));
        open.setId("lesson-open");
        open.setOnAction(e -> chooseFile());
        Button close = new Button("✕");
        close.setId("lesson-close");
        close.setAccessibleText(Texts.get("lesson.close"));
        close.setTooltip(new Tooltip(Texts.get("lesson.close")));
        close.setOnAction(e -> shown.set(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, stepCount, spacer, open, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        stepCount.setId("lesson-step-count");
        VBox header = new VBox(4, bar, lessonTitle);
        header.getStyleClass().add("lesson-header");

        stepTitle.setId("lesson-step-title");
        doIt.setId("lesson-do-it");
        doIt.setOnAction(e -> doIt());
        actionText.setId("lesson-action");
        actionOutput.setId("lesson-action-output");
        actionOutput.setWrapText(false);
        actionOutput.setMaxWidth(Double.MAX_VALUE);
        doIt.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(actionOutput, Priority.ALWAYS);
        HBox actionRow = new HBox(8, doIt, actionOutput);
        actionRow.setAlignment(Pos.CENTER_LEFT);
        actionBox.getChildren().addAll(actionText, actionRow);
        actionBox.getStyleClass().add("lesson-action");
        liveText.getStyleClass().add("lesson-live");
        liveText.setId("lesson-live");
        question.setId("lesson-question");
        reveal.setId("lesson-reveal");
        reveal.setWrapText(true); // the pane may be narrow: the whole label, on two lines if need be
        reveal.setMinHeight(Region.USE_PREF_SIZE);
        reveal.setOnAction(e -> {
            revealed = true;
            showPredict();
        });
        predictBox.getChildren().addAll(question, answers, reveal, explanation);
        predictBox.getStyleClass().add("lesson-predict");
        predictBox.setId("lesson-predict");
        progress.setId("lesson-progress");
        after.setId("lesson-after");
        error.setId("lesson-error");
        VBox body = new VBox(10, error, stepTitle, narration, actionBox, liveText, predictBox, progress, after);
        body.getStyleClass().add("lesson-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");

        previous.setId("lesson-previous");
        previous.setOnAction(e -> previous());
        next.setId("lesson-next");
        next.setOnAction(e -> next());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(8, previous, gap, next);
        nav.getStyleClass().add("lesson-nav");
        root.setTop(header);
        root.setCenter(scroll);
        root.setBottom(nav);
    }

    public Node node() {
        return root;
    }

    /** Whether the pane is shown (F1, the toolbar's Lesson button, the pane's ✕). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Opens a lesson at a step (0-based) and shows the pane. */
    public void open(Lesson lesson, int step) {
        open(new LessonRun(lesson, namespace), step);
    }

    /** Goes on with a lesson run elsewhere (a screenshot's steps taught headless): the roles it resolved are kept. */
    public void open(LessonRun taught, int step) {
        Lesson lesson = taught.lesson();
        run = taught;
        error.setText("");
        show(error, false);
        lessonTitle.setText(lesson.title());
        goTo(Math.max(0, Math.min(step, lesson.size() - 1)));
        shown.set(true);
    }

    /**
     * Reads a lesson file in the background; a malformed one leaves the current lesson as it was and says what is wrong
     * (file and line).
     */
    public void open(Path file) {
        background.run(() -> LessonParser.parse(file), lesson -> open(lesson, 0), message -> {
            error.setText("⚠ " + message);
            show(error, true);
            shown.set(true);
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("lesson.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("lesson.files"), "*.md"));
        File lessons = new File("lessons");
        if (lessons.isDirectory()) {
            chooser.setInitialDirectory(lessons);
        }
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    public void next() {
        if (run != null && run.hasNext()) {
            goTo(run.index() + 1);
        }
    }

    public void previous() {
        if (run != null && run.hasPrevious()) {
            goTo(run.index() - 1);
        }
    }

    /** The current step, 0-based; -1 without a lesson. */
    public int stepIndex() {
        return run == null ? -1 : run.index();
    }

    private ObjectLookup lookup() {
        return ObjectLookup.of(state.get());
    }

    private void goTo(int index) {
        run.enter(index, lookup());
        Step step = run.step();
        revealed = false;
        running = false;
        shownNarration = null;
        shownAfter = null;
        shownProgress = null;
        stepCount.setText(Texts.get("lesson.stepOf", Integer.toString(index + 1), Integer.toString(run.lesson().size())));
        stepTitle.setText(step.title());
        actionOutput.setText("");
        actionOutput.setTooltip(null);
        previous.setDisable(!run.hasPrevious());
        next.setDisable(!run.hasNext());
        boolean canRun = step.hasAction() && (!live || step.runsLive());
        show(actionBox, canRun);
        String liveHint = step.live() != null ? step.live() : Texts.get("lesson.simulatorOnly");
        liveText.getChildren().setAll(MarkdownText.render(run.resolve(live && step.hasAction() && !canRun ? liveHint : null, lookup()).text(),
                "lesson-live-text").getChildren());
        show(liveText, live && step.hasAction() && !canRun);
        show(predictBox, step.predict() != null);
        refresh();
    }

    /** Each publisher pulse: the condition's progress, roles that became known, the outlined objects. */
    public void refresh() {
        if (run == null) {
            return;
        }
        ObjectLookup lookup = lookup();
        Step step = run.step();
        String text = run.resolve(step.narration(), lookup).text();
        if (!text.equals(shownNarration)) {
            shownNarration = text;
            narration.getChildren().setAll(MarkdownText.render(text, "lesson-narration"));
        }
        if (step.hasAction()) {
            Roles.Resolved action = run.action(lookup);
            actionText.setText(action.text());
            doIt.setDisable(running);
        }
        Progress now = run.progress(lookup);
        if (!now.equals(shownProgress)) {
            shownProgress = now;
            progress.setText(now.met() ? Texts.get(run.hasNext() ? "lesson.done" : "lesson.done.last")
                    : Texts.get("lesson.waiting", String.join("; ", now.waiting())));
            progress.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("met"), now.met());
            next.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("offered"), now.met());
            next.setDefaultButton(now.met() && run.hasNext());
            showPredict();
        }
        String afterText = now.met() ? run.resolve(step.after(), lookup).text() : null;
        if (!Objects.equals(afterText, shownAfter)) {
            shownAfter = afterText;
            after.getChildren().setAll(MarkdownText.render(afterText, "lesson-after-text"));
            show(after, afterText != null);
        }
        Set<Selection> outline = new LinkedHashSet<>();
        for (ObjectRef o : run.objects(lookup)) {
            outline.add(new Selection(o.type().kind(), o.name()));
        }
        highlight.accept(outline);
    }

    private void showPredict() {
        Predict predict = run == null ? null : run.step().predict();
        if (predict == null) {
            return;
        }
        boolean met = shownProgress != null && shownProgress.met();
        question.setText(Texts.get("lesson.predict", predict.question()));
        answers.getChildren().clear();
        for (int i = 0; i < predict.answers().size(); i++) {
            Predict.Answer a = predict.answers().get(i);
            boolean mark = revealed && a.right();
            Label answer = label("lesson-answer");
            answer.setText((mark ? "✓ " : "   ") + LETTERS[i] + "   " + a.text() + (mark ? "  " + Texts.get("lesson.right") : ""));
            if (mark) {
                answer.getStyleClass().add("right");
                answer.setId("lesson-right-answer");
            }
            answers.getChildren().add(answer);
        }
        reveal.setDisable(!met || revealed);
        reveal.setText(Texts.get(met ? "lesson.reveal" : "lesson.reveal.later"));
        explanation.getChildren().setAll(revealed ? MarkdownText.render(run.resolve(predict.explanation(), lookup()).text(),
                "lesson-explanation").getChildren() : java.util.List.of());
        show(reveal, !revealed);
    }

    private void doIt() {
        Roles.Resolved action = run.action(lookup());
        if (!action.complete()) {
            actionOutput.setText("✗ not yet: the " + String.join(", ", action.unknown()) + " is not known");
            return;
        }
        running = true;
        doIt.setDisable(true);
        actionOutput.setText(Texts.get("lesson.running"));
        LessonRun ranFor = run;
        int step = run.index();
        background.run(() -> console.apply(action.text()), result -> {
            if (ranFor != run || step != run.index()) {
                return; // the teacher moved on meanwhile: the old step's result is not this step's
            }
            running = false;
            if (result.ok()) {
                run.actionDone();
            }
            showOutput(result);
            refresh();
        }, message -> {
            if (ranFor == run && step == run.index()) {
                running = false;
                showOutput(CommandResult.error(message));
                refresh();
            }
        });
    }

    /** The command's output on one line (the first that says something); all of it on hover. */
    private void showOutput(CommandResult result) {
        String out = result.output() == null ? "" : result.output().strip();
        String first = out.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith(";")).findFirst().orElse("");
        long more = out.lines().filter(l -> !l.isBlank()).count() - 1;
        actionOutput.setText((result.ok() ? "✓ " : "✗ ") + (first.isEmpty() ? (result.ok() ? "done" : "failed") : first)
                + (more > 0 ? "  (+" + more + " lines)" : ""));
        actionOutput.setTooltip(out.isEmpty() ? null : new Tooltip(out));
        actionOutput.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !result.ok());
    }

    private void showNoLesson() {
        stepCount.setText(Texts.get("lesson.none"));
        lessonTitle.setText(Texts.get("lesson.none.hint"));
        stepTitle.setText("");
        show(actionBox, false);
        show(liveText, false);
        show(predictBox, false);
        show(after, false);
        show(error, false);
        previous.setDisable(true);
        next.setDisable(true);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** For tests: the action's one-line output. */
    String actionOutput() {
        return actionOutput.getText();
    }
}
