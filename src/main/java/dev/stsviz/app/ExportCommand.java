package dev.stsviz.app;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingException;
import dev.stsviz.cluster.history.RecordingFile;
import dev.stsviz.console.ConsoleException;
import dev.stsviz.console.Durations;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code stsviz export FILE --from 40s --to 6m --speed 20 --out demo.gif}: renders a time range of a recording headless
 * (Monocle, as {@code screenshot} does) as an animated GIF, or as numbered PNGs with {@code --out frames/}. Reading the
 * file is all it adds to {@link GifExport}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Renders a time range of a recording, as the window shows it, to an animated GIF or to numbered PNG frames (headless).",
                "Frame k shows the recording at FROM + k × SPEED / FPS seconds after its start, up to TO:",
                "--from 40s --to 6m --speed 20 --fps 10 makes 161 frames, two recorded seconds each, played in 16 s."},
        footerHeading = "%nExample:%n",
        footer = "  stsviz export demo.stsrec --from 40s --to 6m --speed 20 --out demo.gif")
public final class ExportCommand implements Callable<Integer> {
    /** Reads a recording (the file format's reader; a test hands over a history of its own). */
    interface Reader {
        Recording read(Path file) throws RecordingException;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording (--record, File › Save recording…).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "OUT.gif|DIR/",
            description = "A .gif file, or a directory (ending in /, or existing) for frame-0001.png, frame-0002.png...")
    String out;

    @Option(names = "--from", defaultValue = "0s", paramLabel = "TIME",
            description = "The first frame's time after the recording's start (40s, 6m, 1h2m). Default: ${DEFAULT-VALUE}.")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "The last frame's time at the latest. Default: the recording's end.")
    String to;

    @Option(names = "--speed", defaultValue = "10", paramLabel = "X",
            description = "Recorded seconds per played second (20: twenty times faster than it happened). Default: ${DEFAULT-VALUE}.")
    double speed;

    @Option(names = "--fps", defaultValue = "10", paramLabel = "N",
            description = "Frames per second, 1 to " + ExportRange.MAX_FPS + "; at most " + ExportRange.MAX_FRAMES
                    + " frames in all. Default: ${DEFAULT-VALUE}.")
    int fps;

    @Option(names = "--width", defaultValue = "1280", paramLabel = "PX", description = "Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "720", paramLabel = "PX", description = "Default: ${DEFAULT-VALUE}.")
    int height;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--projector", description = "Render in projector mode (F5 in the window): 150 %% scale, the diagram fitted.")
    boolean projector;

    @Option(names = "--font-size", defaultValue = "13", paramLabel = "PT", description = "The presentation scale's font size, 8 to 40. Default: ${DEFAULT-VALUE}.")
    double fontSize;

    @Option(names = "--select", paramLabel = "KIND/NAME", description = "Select pod/NAME, node/NAME or pvc/NAME to show its details in every frame.")
    String select;

    @picocli.CommandLine.Mixin
    LanguageOption language;

    Reader reader = RecordingFile::read;

    @Override
    public Integer call() throws Exception {
        language.apply();
        try {
            return export();
        } catch (ExportException e) {
            return fail(e.getMessage());
        }
    }

    private int export() throws Exception {
        ExportOptions options = new ExportOptions(width, height, fps, speed, dark, projector, fontSize, select);
        options.check();
        Duration start = duration("--from", from);
        Duration end = to == null ? null : duration("--to", to);
        if (!Files.isRegularFile(file)) {
            throw new ExportException("no such file: " + file);
        }
        Recording recording;
        try {
            recording = reader.read(file);
        } catch (RecordingException | RuntimeException e) { // someone else's file: one line, never a trace
            throw new ExportException(file + ": " + e.getMessage());
        }
        if (recording.warning() != null) {
            spec.commandLine().getErr().println("stsviz export: " + file + ": " + recording.warning());
        }
        History history = recording.history();
        if (end == null) {
            end = history.isEmpty() ? Duration.ZERO : Duration.between(history.startTime(), history.endTime());
        }
        ExportRange range = ExportRange.of(history, start, end, speed, fps);
        GifExport.Result result;
        try (FrameSink sink = FrameSink.open(out, range.frameMillis())) {
            Headless.useMonocle(width, height);
            boolean started = FxThread.start();
            try {
                result = GifExport.render(recording, range, options, sink);
            } finally {
                if (started) {
                    Platform.exit();
                }
            }
        }
        spec.commandLine().getOut().printf("wrote %d frames %dx%d to %s (%s)%n", result.frames(), result.width(), result.height(),
                out, range.describe());
        return 0;
    }

    private static Duration duration(String option, String text) throws ExportException {
        try {
            return Durations.parse(text);
        } catch (ConsoleException e) {
            throw new ExportException(option + " " + text + ": not a time (examples: 40s, 6m, 1h2m)");
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("stsviz export: " + message);
        return 2;
    }
}
