package dev.stsviz.lesson;

import java.util.List;

/** Whether a step is complete, and what it still waits for ("kubia-1 to be Ready (it is Pending)"). */
public record Progress(boolean met, List<String> waiting) {
    public Progress {
        waiting = List.copyOf(waiting);
    }

    /** One line for the pane: "✓ done" or "waiting for kubia-1 to be Ready (it is Pending)". */
    public String describe() {
        return met ? "✓ condition met" : "waiting for " + String.join("; ", waiting);
    }
}
