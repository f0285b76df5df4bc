package dev.stsviz.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a --record file before anything starts, so a typo is one line at once, not a silent loss at the end. */
final class RecordTarget {
    private RecordTarget() {
    }

    /** Null when the file can be written; else why not. */
    static String problem(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "no such directory";
        }
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(parent)) {
            return "not writable";
        }
        return null;
    }
}
