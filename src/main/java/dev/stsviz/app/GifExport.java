package dev.stsviz.app;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Exports a time range of a history as the window showed it: an animated GIF, or numbered PNG frames in a directory.
 * Used by {@code stsviz export} and meant for the window's "Export GIF of this range…"; call it off the FX thread
 * (it waits for the window to draw each frame), with the toolkit running.
 */
public final class GifExport {
    /** What was written. */
    public record Result(long frames, int width, int height) {
    }

    /**
     * Renders {@code from..to} (times after the history's start) to {@code out}: a directory (when it is one) gets
     * frame-0001.png..., any other path a GIF.
     */
    public static Result export(History history, Duration from, Duration to, ExportOptions options, Path out) throws Exception {
        options.check();
        ExportRange range = ExportRange.of(history, from, to, options.speed(), options.fps());
        try (FrameSink sink = FrameSink.open(out.toString(), range.frameMillis())) {
            return render(new Recording(new RecordingHeader(RecordingHeader.CURRENT_VERSION, "window", "", "", "", history.startTime()),
                    history, null), range, options, sink);
        }
    }

    /** Renders every frame of a checked range into an opened sink. */
    static Result render(Recording recording, ExportRange range, ExportOptions options, FrameSink sink) throws Exception {
        long frames = range.frameCount();
        try (MomentRenderer renderer = MomentRenderer.open(recording, options)) {
            for (long k = 0; k < frames; k++) {
                sink.add(renderer.render(range.timeOf(k)));
            }
        } catch (IOException e) {
            throw new IOException("writing the frames: " + e.getMessage(), e);
        }
        return new Result(frames, options.width(), options.height());
    }

    private GifExport() {
    }
}
