package dev.stsviz.app;

import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.view.MainView;
import dev.stsviz.view.ViewPreferences;
import dev.stsviz.view.ViewSource;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * {@code stsviz screenshot OUT.png [--script FILE]}: runs a script on the simulator, then renders the window
 * headless (Monocle, software rendering: no display needed) and writes it as a PNG. The README's images come
 * from this. With {@code --context C [-n NS]} it renders a live cluster instead, once its lists have arrived.
 */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Renders the window, after running an optional script on the simulator, to a PNG file (headless).")
public final class ScreenshotCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--script", paramLabel = "FILE", description = "Console commands to run first (as `run` does).")
    Path script;

    @picocli.CommandLine.Mixin
    SimulatorOptions simulator;

    @picocli.CommandLine.Mixin
    LiveOptions live;

    @picocli.CommandLine.Mixin
    LanguageOption language;

    @Option(names = "--width", defaultValue = "1600", description = "Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Default: ${DEFAULT-VALUE}.")
    int height;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--font-size", defaultValue = "13", paramLabel = "PT",
            description = "The presentation scale's font size, 8 to 40 (Ctrl+Plus in the window; e.g. 18 for a projector). Default: ${DEFAULT-VALUE}.")
    double fontSize;

    @Option(names = "--projector", description = "Render in projector mode (F5 in the window): 150 % scale, the diagram fitted to the window.")
    boolean projector;

    @Option(names = "--select", paramLabel = "KIND/NAME", description = "Select pod/NAME, node/NAME or pvc/NAME to show its details.")
    String select;

    @Option(names = "--lesson", paramLabel = "FILE", description = "Show the Lesson pane with this lesson (its settings choose the simulated cluster).")
    Path lesson;

    @Option(names = "--step", defaultValue = "1", paramLabel = "N",
            description = "With --lesson: the step shown, after steps 1..N-1 were taught on the simulator. Default: ${DEFAULT-VALUE}.")
    int step;

    @Option(names = "--at", paramLabel = "T",
            description = "Show the past: the window as it was at this time (e.g. 40s, 6m14s): simulator time, or with --replay time since the recording's start. The time strip's banner says so.")
    String at;

    @Option(names = "--replay", paramLabel = "FILE", description = "Render a recording instead of the simulator (at its end, or --at).")
    Path replay;

    /** With --at: the source the script ran through, so that its history holds every moment to show. */
    private SimulatedClusterSource recorded;
    private ViewSource recordedView;

    /** The lesson shown at --step; on the simulator, taught up to it first (lessonRun). */
    private dev.stsviz.lesson.Lesson lessonShown;
    private dev.stsviz.lesson.LessonRun lessonRun;

    @Override
    public Integer call() throws Exception {
        language.apply();
        if (script != null && !Files.isRegularFile(script)) {
            spec.commandLine().getErr().println("stsviz screenshot: no such file: " + script);
            return 2;
        }
        dev.stsviz.lesson.Lesson opened = null;
        if (lesson != null) {
            try {
                opened = LessonOption.load(lesson);
            } catch (dev.stsviz.lesson.LessonException e) {
                spec.commandLine().getErr().println("stsviz screenshot: " + e.getMessage());
                return 2;
            }
            if (step < 1 || step > opened.size()) {
                spec.commandLine().getErr().println("stsviz screenshot: --step " + step + ": the lesson has steps 1 to " + opened.size());
                return 2;
            }
            LessonOption.applySettings(opened.settings(), simulator, spec.commandLine());
            lessonShown = opened;
        }
        if (replay != null) {
            return renderReplay();
        }
        if (live.live()) {
            return renderLive();
        }
        Simulation sim = simulator.simulation(spec.commandLine());
        java.time.Duration pastAt = null;
        if (at != null) {
            try {
                pastAt = dev.stsviz.console.Durations.parse(at);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("stsviz screenshot: --at " + e.getMessage());
                return 2;
            }
            recorded = new SimulatedClusterSource(() -> sim, System::nanoTime);
            recorded.start(false);
            recordedView = SimulatorViewSource.of(recorded); // wrapped before the script runs: its history starts here
        }
        int scriptExit = 0;
        if (script != null) {
            StringWriter transcript = new StringWriter();
            String text = Files.readString(script);
            scriptExit = recorded == null ? SimulatorOptions.runScript(sim, text, new PrintWriter(transcript))
                    : recorded.withSimulation(s -> SimulatorOptions.runScript(s, text, new PrintWriter(transcript)));
            if (scriptExit != 0) {
                spec.commandLine().getErr().print(transcript);
            }
        }
        if (opened != null) {
            lessonRun = LessonOption.teachFirst(sim, opened, step - 1, spec.commandLine().getErr());
        }
        Headless.useMonocle(width, height);
        shownPast = pastAt;
        WritableImage image = render(sim);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        spec.commandLine().getOut().println("wrote " + out + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
        return scriptExit;
    }

    /** A live cluster: connect, wait (at most {@link #LIVE_SYNC}) for every list, then render as for the simulator. */
    private int renderLive() throws Exception {
        LiveSession session;
        try {
            session = LiveSession.open(KubeContexts.load(live.kubeconfig), live.context, live.namespace, true);
        } catch (RuntimeException e) { // kubeconfig, context or plugin problems: one message
            spec.commandLine().getErr().println("stsviz screenshot: " + e.getMessage());
            return 2;
        }
        try (session) {
            session.source().start();
            long deadline = System.nanoTime() + LIVE_SYNC.toNanos();
            while (!session.synced() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(300); // the last batch of listed objects reaches the state
            Headless.useMonocle(width, height);
            WritableImage image = render(LiveViewSource.of(session), () -> { }); // the session closes its source
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            spec.commandLine().getOut().println("wrote " + out + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")"
                    + (session.synced() ? "" : "; not every list had arrived: " + session.source().describeStatus()));
            return 0;
        }
    }

    /** A recording at its end or at --at: read (a bad file is one line, exit 2), then rendered as for the simulator. */
    private int renderReplay() throws Exception {
        dev.stsviz.cluster.history.RecordingSource source;
        try {
            var recording = dev.stsviz.cluster.history.RecordingFile.read(replay);
            if (recording.warning() != null) {
                spec.commandLine().getErr().println("stsviz screenshot: " + replay + ": " + recording.warning());
            }
            source = new dev.stsviz.cluster.history.RecordingSource(recording, String.valueOf(replay.getFileName()), System::nanoTime);
            if (at != null) {
                var history = recording.history();
                source.showTime(history.startTime().plus(dev.stsviz.console.Durations.parse(at)));
            }
        } catch (dev.stsviz.cluster.history.RecordingException | dev.stsviz.console.ConsoleException e) {
            spec.commandLine().getErr().println("stsviz screenshot: " + replay + ": " + e.getMessage());
            return 2;
        }
        Headless.useMonocle(width, height);
        startToolkit();
        WritableImage image = render(RecordingViewSource.of(source), source);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        spec.commandLine().getOut().println("wrote " + out + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ") "
                + source.describeStatus());
        return 0;
    }

    private static final java.time.Duration LIVE_SYNC = java.time.Duration.ofSeconds(20);

    private java.time.Duration shownPast;

    private WritableImage render(Simulation sim) throws Exception {
        startToolkit();
        if (recorded != null) {
            return render(recordedView, recorded);
        }
        SimulatedClusterSource source = new SimulatedClusterSource(() -> sim, System::nanoTime);
        source.start(false);
        return render(SimulatorViewSource.of(source), source);
    }

    private static void startToolkit() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
    }

    /**
     * Lets new tiles finish fading in and the layout settle before the picture is taken. A loaded machine draws
     * fewer frames per second, so it waits for the tiles themselves (at most 10 s), not for a fixed time.
     */
    private static void awaitTilesShown() throws Exception {
        Thread.sleep(600);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> faded = new CompletableFuture<>();
            Platform.runLater(() -> faded.complete(Stage.getWindows().get(0).getScene().getRoot().lookupAll(".pod-tile").stream()
                    .anyMatch(tile -> tile.getOpacity() < 1)));
            if (!faded.get(30, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private WritableImage render(ViewSource viewSource, AutoCloseable source) throws Exception {
        if (viewSource.live()) {
            startToolkit();
        }
        CompletableFuture<MainView> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            ViewPreferences prefs = ViewPreferences.transientDefaults();
            prefs.dark(dark);
            prefs.fontSize(Math.max(8, Math.min(40, fontSize))); // the window's own bounds for Ctrl+Plus / Ctrl+Minus
            prefs.projector(projector);
            MainView view = new MainView(viewSource, prefs);
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), width, height));
            stage.show();
            view.start();
            if (select != null && select.contains("/")) {
                view.select(select);
            }
            if (shownPast != null) {
                view.showPast(shownPast);
            }
            if (lessonRun != null) {
                view.openLesson(lessonRun, step - 1);
            } else if (lessonShown != null) {
                view.openLesson(lessonShown, step - 1);
            }
            shown.complete(view);
        });
        shown.get(30, TimeUnit.SECONDS);
        awaitTilesShown();
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            var scene = Stage.getWindows().get(0).getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image.complete(scene.snapshot(null));
        });
        WritableImage result = image.get(30, TimeUnit.SECONDS);
        source.close();
        Platform.exit();
        return result;
    }
}
