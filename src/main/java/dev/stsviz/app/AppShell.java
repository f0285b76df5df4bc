package dev.stsviz.app;

import dev.stsviz.live.LiveSession;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.view.MainView;
import dev.stsviz.view.SourceBar;
import dev.stsviz.view.ViewPreferences;
import dev.stsviz.view.ViewSource;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The window's frame: the source picker on top, the main view below. Switching source builds the new one in the
 * background (a slow or broken cluster never freezes the window), then disposes the old one.
 */
final class AppShell {
    private final AppContext context;
    private final Stage stage;
    private final BorderPane frame = new BorderPane();
    private final ViewPreferences prefs;
    private final SourceBar sourceBar;
    private MainView view;
    private AutoCloseable current;
    private final RecordOption recorder;

    AppShell(AppContext context, Stage stage) {
        this(context, stage, ViewPreferences.user());
    }

    AppShell(AppContext context, Stage stage, ViewPreferences prefs) {
        this.context = context;
        this.stage = stage;
        this.prefs = prefs;
        this.sourceBar = new SourceBar(context.clusters(), context.initialCluster.id(), context.contexts(),
                context.initialContext, context.initialNamespace, new SourceBar.Switcher() {
                    @Override
                    public void simulator(String cluster) {
                        switchToSimulator(ClusterPreset.parse(cluster));
                    }

                    @Override
                    public void live(String liveContext, String namespace) {
                        switchTo(liveContext, namespace);
                    }
                });
        frame.setTop(sourceBar);
        this.recorder = new RecordOption(context.record, sourceBar::note);
    }

    void show() {
        stage.setScene(new Scene(frame, prefs.width(), prefs.height()));
        stage.setOnCloseRequest(e -> prefs.size(stage.getWidth(), stage.getHeight()));
        stage.show();
        if (context.replay != null) {
            showRecording(context.replayFile, context.replay);
        } else if (context.initialContext == null) {
            switchToSimulator(context.initialCluster);
        } else {
            switchTo(context.initialContext, context.initialNamespace);
        }
    }

    private void switchToSimulator(ClusterPreset cluster) {
        SimulatedClusterSource sim = context.simulator(cluster);
        // the view is built while the simulator thread finishes building the cluster; start() waits for it,
        // so the first pulse already shows the cluster
        install(SimulatorViewSource.of(sim, cluster.id(), this::openRecording), sim, "simulator (" + cluster.id() + ")");
        frame.applyCss(); // the window's first styling pass, done while the simulator may still be building its cluster
        recorder.simulator(sim, cluster.id(), context.profile); // before start: the recording begins with the cluster as loaded
        sim.start(); // paused at t=0: nothing happens before anyone looks (Space or ▶ Play starts it)
    }

    private void switchTo(String liveContext, String namespace) {
        sourceBar.note("connecting to " + liveContext + "…");
        Thread opener = new Thread(() -> {
            try {
                LiveSession session = context.openLive(liveContext, namespace);
                session.source().start();
                recorder.live(session);
                Platform.runLater(() -> install(LiveViewSource.of(session, this::openRecording),
                        session, session.target() + (context.readOnly ? " (read-only)" : "")));
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> sourceBar.note("cannot open " + liveContext + ": " + message));
            }
        }, "open-context");
        opener.setDaemon(true);
        opener.start();
    }

    /** File › Open recording…: called with the recording read (any thread); the window shows it in place of its source. */
    private void openRecording(java.nio.file.Path file, dev.stsviz.cluster.history.Recording recording) {
        Platform.runLater(() -> showRecording(file, recording));
    }

    private void showRecording(java.nio.file.Path file, dev.stsviz.cluster.history.Recording recording) {
        String name = String.valueOf(file.getFileName());
        var source = new dev.stsviz.cluster.history.RecordingSource(recording, name, System::nanoTime);
        install(RecordingViewSource.of(source, this::openRecording), source, "recording " + name);
        source.start();
        if (recording.warning() != null) {
            sourceBar.note(name + ": " + recording.warning());
        }
    }

    private void install(ViewSource source, AutoCloseable owner, String title) {
        close();
        view = new MainView(source, prefs);
        if (source.timeline() != null) {
            WindowExport export = new WindowExport(stage, prefs.dark(), sourceBar::note);
            view.offerExport((from, to) -> export.export(source.timeline().history(), from, to));
        }
        frame.setCenter(view.root());
        current = owner;
        stage.setTitle("stsviz — " + title);
        sourceBar.note("");
        view.start();
        if (context.lesson != null) {
            view.openLesson(context.lesson, 0); // each source starts the lesson from its first step
        }
    }

    void close() {
        recorder.stop(); // --record follows the source the window opened with, up to a switch or the window's end
        if (view != null) {
            view.stop();
            view = null;
        }
        if (current != null) {
            AutoCloseable old = current;
            current = null;
            // closing a live source waits for its watches to end: never on the FX thread
            Thread closer = new Thread(() -> {
                try {
                    old.close();
                } catch (Exception ignored) {
                    // best effort: the source is being replaced or the window closes
                }
            }, "close-source");
            closer.setDaemon(true);
            closer.start();
        }
    }
}
