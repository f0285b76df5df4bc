package dev.stsviz.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console's line history, walked like a shell's: Up goes to older lines and stops at the oldest, Down goes
 * to newer ones and past the newest yields an empty line. Running a line ends the walk.
 */
final class CommandHistory {

    /** Enough for a long session; the oldest lines go first. */
    static final int MAX_LINES = 1000;

    private final List<String> lines = new ArrayList<>();
    /** Index of the line shown by the walk; {@code lines.size()} when not walking. */
    private int cursor;

    void add(String line) {
        lines.add(line);
        if (lines.size() > MAX_LINES) {
            lines.remove(0);
        }
        cursor = lines.size();
    }

    /** The next older line, or empty when there is no history at all. */
    Optional<String> previous() {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        cursor = Math.max(0, cursor - 1);
        return Optional.of(lines.get(cursor));
    }

    /** The next newer line, or "" once past the newest. */
    String next() {
        if (cursor >= lines.size() - 1) {
            cursor = lines.size();
            return "";
        }
        cursor++;
        return lines.get(cursor);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
