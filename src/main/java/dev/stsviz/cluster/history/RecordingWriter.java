package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Records a source as it goes ({@code --record}): attached to a source's state, it appends one line per batch of
 * changes and flushes the compressor to a sync point after each, so a recorder that dies leaves a file that opens
 * up to its last line. When the source starts over (a reset, a new connection) the file starts over too, as the
 * window's history does. A write that fails (disk full) stops the recording and is kept in {@link #failure()}: the
 * source it listens to never sees the error.
 */
public final class RecordingWriter implements ClusterState.Recorder, AutoCloseable {
    private final Path file;
    private final RecordingHeader header;
    private final Supplier<Instant> clock;
    private OutputStream out;
    private boolean restart;
    private long last = Long.MIN_VALUE;
    private int lines;
    private volatile String failure;

    /** Opens (creates or truncates) the file and writes the header: a file that cannot be written fails here. */
    RecordingWriter(Path file, RecordingHeader header, Supplier<Instant> clock) throws IOException {
        this.file = file;
        this.header = header;
        this.clock = clock;
        open(header);
    }

    private void open(RecordingHeader h) throws IOException {
        out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024), 64 * 1024, true);
        out.write(RecordingFormat.headerLine(h));
        out.flush();
        lines = 1;
        last = h.start().toEpochMilli();
    }

    /**
     * Starts recording a state: what it holds now, then every change. Under this writer's lock, so a change the
     * producer applies meanwhile is written after the state that already holds it, never before.
     */
    public synchronized void attachTo(ClusterState state) {
        state.addRecorder(this);
        changed(state.all().stream().map(ClusterChange::upsert).toList());
    }

    @Override
    public synchronized void changed(List<ClusterChange> changes) {
        if (out == null || changes.isEmpty()) {
            return;
        }
        try {
            long millis = Math.max(clock.get().toEpochMilli(), last);
            if (restart) {
                restart = false;
                out.close();
                open(header.startingAt(Instant.ofEpochMilli(millis)));
            }
            last = millis;
            RecordingFormat.writeChanges(out, Instant.ofEpochMilli(millis), changes);
            out.flush(); // a sync point: everything written so far can be read back
            lines++;
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /** The source started over: so does the file, at the next change (a new header, the new start). */
    @Override
    public synchronized void cleared() {
        restart = true;
        last = Long.MIN_VALUE;
    }

    private void fail(Exception e) {
        failure = "recording to " + file + " stopped: " + RecordingFormat.firstLine(e);
        try {
            out.close();
        } catch (IOException ignored) {
            // the failure above is what the user needs to hear
        }
        out = null;
    }

    /** Null while recording works; else one line saying why it stopped. */
    public String failure() {
        return failure;
    }

    public Path file() {
        return file;
    }

    /** Lines written so far in the current file, the header included. */
    public synchronized int lines() {
        return lines;
    }

    /** Finishes the file (the gzip trailer). Idempotent. */
    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                failure = "recording to " + file + " did not close cleanly: " + RecordingFormat.firstLine(e);
            }
            out = null;
        }
    }
}
