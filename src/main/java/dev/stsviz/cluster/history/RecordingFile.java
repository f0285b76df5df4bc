package dev.stsviz.cluster.history;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes recordings (to be implemented: the compressed, line-oriented, versioned format). */
public final class RecordingFile {
    private RecordingFile() {
    }

    /** Reads a recording; a malformed, oversized or newer-version file throws with one line saying what and where. */
    public static Recording read(Path file) throws RecordingException {
        throw new RecordingException("recordings are not implemented yet");
    }

    /** Writes a whole history. */
    public static void write(Path file, RecordingHeader header, History history) throws IOException {
        throw new IOException("recordings are not implemented yet");
    }
}
