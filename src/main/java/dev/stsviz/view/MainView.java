package dev.stsviz.view;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.view.model.IncrementalDiagramModel;
import dev.stsviz.view.model.WhyLines;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Objects;

/**
 * The window's content: actions and time controls on top, the "why is it waiting?" line, the cluster diagram
 * with the selection's details beside it, events and the console below. One publisher (an AnimationTimer) reads
 * the state at most once per pulse, and only when its revision or the clock's second changed; everything slow
 * (actions, console commands) runs in the background.
 */
public final class MainView {
    private final ViewSource view;
    private final dev.stsviz.cluster.ClusterSource source;
    private final ActionRunner background = new ActionRunner();
    private final BorderPane root = new BorderPane();
    private final ClusterDiagram diagram;
    private DiagramPane diagramPane;
    private ViewToggles toggles;
    private DetailsDock detailsDock;
    private ProjectorMode projector;
    private final ActionBar actions;
    private final TimeBar time;
    /** The time strip and the past's banner; null for a source that keeps no history. */
    private final TimelinePane timeline;
    private final FileMenu fileMenu;
    /** Whether the last pulse showed the past: the write buttons follow it. */
    private boolean shownPast;
    private final Label liveStatus = new Label();
    private final EventsPane events = new EventsPane();
    private final DetailsPane details = new DetailsPane();
    private final ConsolePane console;
    private final LessonPane lesson;
    private java.util.Set<Selection> outlined = java.util.Set.of();
    private final Label why = new Label();
    /** Over the picture while a live cluster is lost: what it shows is the past. */
    private final Label stale = new Label();
    private java.time.Instant shownStaleSince;
    private final Label status = new Label();
    private final ViewPreferences prefs;
    private final AnimationTimer publisher;
    private long shownRevision = -1;
    private long shownSecond = -1;
    private dev.stsviz.cluster.ControllerTimers shownTimers;
    /** Recomputes only the pods, columns and claims whose objects changed since the last pulse. */
    private final IncrementalDiagramModel model;
    /** Explains only the sets the line names, and only when what they read changed. */
    private final WhyLines whyLines;
    /** Describes the selection again only when what its describe or YAML shows changed. */
    private final SelectionDetails selectionDetails;
    private double fontSize;
    /** Bench only (PulseBenchmark): hears each part of a publishing pulse end; null in the app. */
    private PulseLaps laps;

    public MainView(ViewSource view, ViewPreferences prefs) {
        this.view = view;
        this.source = view.source();
        this.model = new IncrementalDiagramModel(source.namespace());
        this.whyLines = new WhyLines(source.namespace());
        this.selectionDetails = new SelectionDetails(source.namespace());
        this.prefs = prefs;
        this.fontSize = prefs.fontSize();
        this.diagram = new ClusterDiagram(this::onSelect, s -> actionsMenu(s));
        this.actions = new ActionBar(source.actions(), source.namespace(), view.simulator(), view.liveTarget(), view.faultPreview(), background,
                this::report, diagram::selected);
        actions.nodeConnection(new NodeConnection(view.simulator(), diagram::nodeView));
        this.time = view.simulator() == null ? null : new TimeBar(view.simulator(), view.timeline(), background, this::report);
        this.timeline = view.timeline() == null ? null : new TimelinePane(view.timeline(), view.simulator(), view.replay(), background, this::report);
        this.fileMenu = new FileMenu(view.recordings(), background, this::report, FileMenu.chooser());
        this.console = new ConsolePane(background.executor(), view.console());
        this.lesson = new LessonPane(background, view.console(), view.live(), source.namespace(), source::state, this::outline);
        build();
        publisher = new AnimationTimer() {
            @Override
            public void handle(long now) {
                publish();
            }
        };
    }

    private javafx.scene.control.ContextMenu actionsMenu(Selection s) {
        return actions.menuFor(s);
    }

    private void build() {
        root.getStyleClass().add("main-view");
        why.getStyleClass().add("why-line");
        why.setId("why");
        WhyLabel.keepToOneLine(why);
        status.getStyleClass().add("status-line");
        status.setId("status");
        toggles = new ViewToggles(prefs.dark(), prefs.projector());
        toggles.dark().selectedProperty().addListener((o, a, b) -> setDark(b));
        liveStatus.getStyleClass().add("live-status");
        liveStatus.setId("live-status");
        liveStatus.setWrapText(true);
        Region timeOrStatus = time != null ? time : liveStatus;
        HBox.setHgrow(timeOrStatus, Priority.ALWAYS);
        timeOrStatus.setMaxWidth(Double.MAX_VALUE);
        ToggleButton lessonButton = new ToggleButton(Texts.get("lesson.toggle"));
        lessonButton.setId("lesson-toggle");
        lessonButton.setMinWidth(Region.USE_PREF_SIZE);
        lessonButton.setTooltip(new javafx.scene.control.Tooltip(Texts.get("lesson.toggle.tip")));
        lessonButton.selectedProperty().bindBidirectional(lesson.shownProperty());
        lesson.shownProperty().addListener((o, a, shown) -> showLesson(shown));
        HBox timeRow = new HBox(8, timeOrStatus, fileMenu, lessonButton, toggles);
        timeRow.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        stale.getStyleClass().add("stale-banner");
        stale.setId("stale");
        stale.setWrapText(true);
        stale.setMaxWidth(Double.MAX_VALUE);
        showStale(null);
        VBox top = new VBox(6, actions, timeRow, stale, why);
        if (timeline != null) {
            top.getChildren().add(2, timeline); // under the toolbar, above the banners
        }
        if (view.replay()) { // a recording changes nothing: no write buttons at all
            actions.setVisible(false);
            actions.setManaged(false);
        }
        top.getStyleClass().add("top-bar");
        root.setTop(top);

        diagramPane = new DiagramPane(diagram);
        diagram.showIpsProperty().set(prefs.showIps());
        diagram.showIpsProperty().addListener((o, a, on) -> prefs.showIps(on));
        SplitPane middle = new SplitPane();
        detailsDock = new DetailsDock(details, middle, diagramPane.node(), 0.64);
        Tab consoleTab = new Tab(Texts.get("tab.console"));
        // the console joins the scene graph when first opened: the window's first frame does not style it
        consoleTab.setOnSelectionChanged(e -> {
            if (consoleTab.isSelected() && consoleTab.getContent() == null) {
                consoleTab.setContent(console.node());
            }
        });
        TabPane bottom = new TabPane(new Tab(Texts.get("tab.events"), events.node()), consoleTab);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.setId("bottom-tabs");
        SplitPane center = new SplitPane(middle, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.7);
        root.setCenter(center);
        new LargeConsole(root, center, bottom, consoleTab, console);
        root.setBottom(status);
        // panes first, then the app's palette, then (when chosen) the dark palette overriding both
        setDark(prefs.dark());
        applyFontSize();
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys()::handle);
        details.clear();
        projector = new ProjectorMode(() -> fontSize, size -> {
            fontSize = size;
            applyFontSize();
        }, detailsDock, diagramPane.zoom(), actions, time, center);
        toggles.projector().selectedProperty().addListener((o, a, b) -> setProjector(b));
        setProjector(prefs.projector());
    }

    /** Projector mode on or off (F5, the toolbar's toggle); remembered between runs. */
    public void setProjector(boolean on) {
        toggles.projector().setSelected(on);
        projector.set(on);
        prefs.projector(on);
    }

    public boolean projector() {
        return projector.on();
    }

    public Parent root() {
        return root;
    }

    public void start() {
        publisher.start();
        publish();
    }

    public void stop() {
        publisher.stop();
        background.close();
    }

    /**
     * Keyboard: F1 the lesson pane, PageDown / PageUp its steps, Delete / Shift+Delete, Space play-pause, Ctrl+Up/Down
     * scale, Ctrl +/-/0 presentation scale (Ctrl+Plus also as typed on a US keyboard, Ctrl+Shift+=), F5 projector mode;
     * with a history, Left / Right the previous / next marker, Home its start, End back to now.
     */
    private WindowKeys keys() {
        WindowKeys keys = new WindowKeys();
        if (timeline != null) { // Left / Right: previous / next marker, Home: the start, End: back to now
            keys.on(new KeyCodeCombination(KeyCode.LEFT), timeline::previousMarker)
                    .on(new KeyCodeCombination(KeyCode.RIGHT), timeline::nextMarker)
                    .on(new KeyCodeCombination(KeyCode.HOME), timeline::toStart)
                    .on(new KeyCodeCombination(KeyCode.END), timeline::backToNow);
        }
        return keys
                .on(KeyCode.F1, () -> lesson.shownProperty().set(!lesson.shownProperty().get()))
                .on(e -> e.getCode() == KeyCode.PAGE_DOWN && lesson.shownProperty().get(), lesson::next)
                .on(e -> e.getCode() == KeyCode.PAGE_UP && lesson.shownProperty().get(), lesson::previous)
                .on(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_DOWN), () -> actions.deleteSelectedPod(true))
                .on(KeyCode.DELETE, () -> actions.deleteSelectedPod(false))
                .on(e -> e.getCode() == KeyCode.SPACE && view.simulator() != null, this::playOrPause)
                .on(WindowKeys.shortcut(KeyCode.UP), () -> actions.scaleBy(1))
                .on(WindowKeys.shortcut(KeyCode.DOWN), () -> actions.scaleBy(-1))
                // with or without Shift: Ctrl+Shift+= is how Ctrl+Plus is typed on a US keyboard
                .on(e -> e.isShortcutDown() && !e.isAltDown()
                        && (e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD), () -> zoom(1.15))
                .on(e -> e.getCode() == KeyCode.F5 && !e.isShortcutDown(), () -> setProjector(!projector.on()))
                .on(WindowKeys.shortcut(KeyCode.MINUS), () -> zoom(1 / 1.15))
                .on(WindowKeys.shortcut(KeyCode.SUBTRACT), () -> zoom(1 / 1.15))
                .on(WindowKeys.shortcut(KeyCode.DIGIT0), () -> {
                    fontSize = 13;
                    applyFontSize();
                });
    }

    private void playOrPause() {
        if (view.simulator().isPlaying()) {
            view.simulator().pause();
        } else {
            time.play();
        }
    }

    /** Presentation scale: everything is sized in em, so the font size scales text and tiles together. */
    public void zoom(double factor) {
        fontSize = Math.max(8, Math.min(40, fontSize * factor));
        applyFontSize();
    }

    public double fontSize() {
        return fontSize;
    }

    private void applyFontSize() {
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize));
        if (projector == null || !projector.on()) {
            prefs.fontSize(fontSize); // projector mode's 150 % is not the scale to come back to
        }
    }

    private void setDark(boolean dark) {
        WindowTheme.apply(root, dark);
        prefs.dark(dark);
    }

    /** Greys the picture and says since when it is the past; null: the picture is current again. */
    private void showStale(java.time.Instant since) {
        shownStaleSince = since;
        boolean isStale = since != null;
        if (isStale) { // the words first: the banner never shows empty, even to a reader between two statements
            String at = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").format(since.atZone(java.time.ZoneId.systemDefault()));
            stale.setText(Texts.get("stale.banner", at));
        }
        stale.setVisible(isStale);
        stale.setManaged(isStale);
        if (diagramPane != null) {
            diagramPane.node().setOpacity(isStale ? 0.45 : 1);
            diagramPane.node().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), isStale);
        }
    }

    private void report(String message) {
        status.setText(message);
    }

    private void onSelect(Selection s) {
        actions.selectionChanged(s);
        showDetails();
    }

    /** Reads the state once; cheap when nothing changed (the revision and the clock's second are compared). */
    void publish() {
        if (laps != null) {
            laps.start();
        }
        if (timeline != null) {
            timeline.refresh();
            if (timeline.showingPast() != shownPast) { // moving in time may change no object: still redraw the bar
                shownPast = timeline.showingPast();
                actions.pastShown(shownPast);
                shownRevision = -1;
            }
        }
        if (time != null) {
            time.refresh();
        } else {
            liveStatus.setText(source.describeStatus());
            java.time.Instant staleSince = source.staleSince();
            if (!Objects.equals(staleSince, shownStaleSince)) {
                showStale(staleSince);
            }
        }
        ClusterState state = source.state();
        long second = source.now().getEpochSecond();
        var timers = source.timers(); // the simulator's deadlines move without any object changing
        if (state.revision() == shownRevision && second == shownSecond && timers == shownTimers) {
            return;
        }
        shownRevision = state.revision();
        shownSecond = second;
        shownTimers = timers;
        lap("status");
        var now = source.now();
        var clocks = source.clocks();
        diagram.update(model.update(state, clocks, timers), now);
        lap("diagram");
        WhyLabel.show(why, whyLines.update(state, now, clocks, timers));
        lap("why");
        actions.showReplicas(whyLines.firstSet());
        actions.refreshPermissions();
        lap("actions");
        events.update(state, now);
        lap("events");
        showDetails();
        lesson.refresh();
        lap("details");
    }

    /** The lesson pane docked right of the diagram, or gone (and its outlines with it). */
    private void showLesson(boolean shown) {
        root.setRight(shown ? lesson.node() : null);
        if (shown) {
            lesson.refresh();
        } else {
            outline(java.util.Set.of());
        }
    }

    /** The lesson step's objects, outlined; when they change, the first pod among them is scrolled into view. */
    private void outline(java.util.Set<Selection> objects) {
        diagram.highlight(objects);
        if (!objects.equals(outlined)) {
            outlined = objects;
            objects.stream().filter(o -> Kinds.POD.equals(o.kind())).findFirst().ifPresent(pod -> javafx.application.Platform.runLater(() -> {
                if (root.getScene() != null) { // where the pod is, after this pulse's changes are laid out (as the search does)
                    root.getScene().getRoot().applyCss();
                    root.getScene().getRoot().layout();
                }
                javafx.geometry.Bounds where = diagram.locate(pod.name());
                if (where != null) {
                    diagramPane.zoom().reveal(where);
                }
            }));
        }
    }

    /** Opens a lesson in the pane at a step (0-based), e.g. from the command line's --lesson. */
    public void openLesson(dev.stsviz.lesson.Lesson opened, int step) {
        lesson.open(opened, step);
    }

    /** Goes on with a lesson taught headless up to this step (0-based): screenshots of step N. */
    public void openLesson(dev.stsviz.lesson.LessonRun taught, int step) {
        lesson.open(taught, step);
    }

    /** Reads a lesson file in the background and opens it; a malformed one is reported in the pane. */
    public void openLesson(java.nio.file.Path file) {
        lesson.open(file);
    }

    LessonPane lessonPane() {
        return lesson;
    }

    private void lap(String part) {
        if (laps != null) {
            laps.lap(part);
        }
    }

    void profile(PulseLaps laps) {
        this.laps = laps;
    }

    private void showDetails() {
        Selection s = diagram.selected();
        if (s == null) {
            selectionDetails.reset();
            details.clear();
            return;
        }
        SelectionDetails.Text text = selectionDetails.update(source.state(), s, source.now());
        if (text != null) {
            details.show(text.title(), text.describe(), text.yaml());
        }
    }

    /** Selects "pod/NAME", "node/NAME" or "pvc/NAME" (screenshots, tests). */
    public void select(String kindSlashName) {
        String[] parts = kindSlashName.split("/", 2);
        String kind = switch (parts[0]) {
            case "pod", "po" -> Kinds.POD;
            case "node", "no" -> Kinds.NODE;
            default -> Kinds.PVC;
        };
        diagram.select(new Selection(kind, parts[1]));
    }

    /**
     * Adds File › Export GIF of this range…: {@code export} gets the range between the markers around the moment
     * shown (from the last marker at or before it to the next one after it). Call on the FX thread.
     */
    public void offerExport(java.util.function.BiConsumer<java.time.Instant, java.time.Instant> export) {
        if (timeline != null) {
            fileMenu.offerExport(() -> {
                MarkerMoments.Range range = timeline.rangeAroundShown();
                export.accept(range.from(), range.to());
            });
        }
    }

    /** Shows the past as it was at clock time {@code t} ("t=00:00:40"; screenshots); false without a history. */
    public boolean showPast(java.time.Duration t) {
        if (timeline == null) {
            return false;
        }
        timeline.showAt(t);
        publish();
        return true;
    }

    ClusterDiagram diagram() {
        return diagram;
    }

    DiagramPane diagramPane() {
        return diagramPane;
    }
}
