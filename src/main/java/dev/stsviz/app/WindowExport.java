package dev.stsviz.app;

import dev.stsviz.cluster.history.History;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The window's "Export GIF of this range…": asks where, then renders the range between the markers around the
 * playhead off the FX thread, as {@code stsviz export} would, and reports one line when done. The speed is chosen
 * so that the GIF plays in about fifteen seconds at 10 fps.
 */
final class WindowExport {
    private static final int FRAMES = 150;
    private final Window owner;
    private final boolean dark;
    private final Consumer<String> report;

    WindowExport(Window owner, boolean dark, Consumer<String> report) {
        this.owner = owner;
        this.dark = dark;
        this.report = report;
    }

    /** Called on the FX thread with the range's clock times. */
    void export(History history, Instant from, Instant to) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export GIF of this range");
        chooser.setInitialFileName("stsviz-range.gif");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Duration start = Duration.between(history.startTime(), from);
        Duration end = Duration.between(history.startTime(), to);
        double seconds = Math.max(1, end.minus(start).toMillis() / 1000.0);
        ExportOptions options = ExportOptions.defaults();
        options = new ExportOptions(options.width(), options.height(), options.fps(), Math.max(1, Math.ceil(seconds * options.fps() / FRAMES)),
                dark, false, options.fontSize(), null);
        ExportOptions chosen = options;
        report.accept("exporting " + file.getName() + "…");
        Thread worker = new Thread(() -> {
            String line;
            try {
                GifExport.Result result = GifExport.export(history, start, end, chosen, file.toPath());
                line = "wrote " + result.frames() + " frames " + result.width() + "x" + result.height() + " to " + file.getName()
                        + " (×" + (long) chosen.speed() + ")";
            } catch (Exception e) {
                line = "export failed: " + e.getMessage();
            }
            String done = line;
            Platform.runLater(() -> report.accept(done));
        }, "export-gif");
        worker.setDaemon(true);
        worker.start();
    }
}
