package dev.stsviz.cluster.history;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes recordings: gzip-compressed, line-oriented, versioned (the lines are described in
 * {@link RecordingFormat}). Reading accepts at most 64 MiB per line and 2 GiB in all, uncompressed.
 */
public final class RecordingFile {
    private RecordingFile() {
    }

    /** Reads a recording; a malformed, oversized or newer-version file throws with one line saying what and where. */
    public static Recording read(Path file) throws RecordingException {
        return read(file, RecordingReader.Limits.DEFAULT);
    }

    static Recording read(Path file, RecordingReader.Limits limits) throws RecordingException {
        return new RecordingReader(limits).read(file);
    }

    /**
     * Writes a whole history; when its oldest part was dropped the file begins with the state at the cut. Written to a
     * temporary file first and then moved in place, so a failed save never leaves half a recording behind.
     */
    public static void write(Path file, RecordingHeader header, History history) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024), 64 * 1024)) {
                Instant start = history.isEmpty() ? header.start() : history.timeOf(history.start());
                out.write(RecordingFormat.headerLine(header.startingAt(start)));
                history.forEachBatch((time, keys, versions) -> RecordingFormat.writeBatch(out, time, keys, versions, null));
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A recorder that writes a source's changes as they come ({@code --record}); attach it to the source's state with
     * {@code state.addRecorder(writer)}. {@code clock} dates each batch (the source's now, on its producer thread).
     */
    public static RecordingWriter streaming(Path file, RecordingHeader header, Supplier<Instant> clock) throws IOException {
        return new RecordingWriter(file, header, clock);
    }
}
