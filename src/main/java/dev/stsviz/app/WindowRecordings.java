package dev.stsviz.app;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingException;
import dev.stsviz.cluster.history.RecordingFile;
import dev.stsviz.cluster.history.RecordingHeader;
import dev.stsviz.cluster.history.Timeline;
import dev.stsviz.view.ViewSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/** File › Save recording… and Open recording…: the timeline's history to a file, and a file into the window. */
final class WindowRecordings implements ViewSource.Recordings {
    /** Shows a recording read from a file in the window in place of its source (any thread). */
    interface Opener {
        void open(Path file, Recording recording);
    }

    private final Timeline timeline;
    private final Supplier<RecordingHeader> header;
    private final Opener opener;

    /**
     * @param header what the source is (may block: it runs on the background executor)
     * @param opener null where the window cannot switch source (a headless render): opening then says so
     */
    WindowRecordings(Timeline timeline, Supplier<RecordingHeader> header, Opener opener) {
        this.timeline = timeline;
        this.header = header;
        this.opener = opener;
    }

    @Override
    public String save(Path file) throws IOException {
        History history = timeline.history();
        RecordingFile.write(file, header.get(), history);
        int changes = history.end() - history.start();
        return String.format(Locale.ROOT, "saved %,d changes to %s", changes, file.getFileName());
    }

    @Override
    public void open(Path file) throws IOException {
        if (opener == null) {
            throw new IOException("this window cannot open a recording");
        }
        Recording recording;
        try {
            recording = RecordingFile.read(file);
        } catch (RecordingException e) {
            throw new RecordingException(file.getFileName() + ": " + e.getMessage());
        }
        opener.open(file, recording);
    }
}
