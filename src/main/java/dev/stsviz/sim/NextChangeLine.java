package dev.stsviz.sim;

import java.time.Duration;
import java.util.List;

/** What "next visible change" ran, in one line: the events that changed the picture, and how many others ran. */
final class NextChangeLine {
    private static final int NAMED = 3;

    private NextChangeLine() {
    }

    /** @param visible the labels of the events that changed something, in order, each once */
    static String of(List<String> visible, int quiet, Duration limit) {
        StringBuilder line = new StringBuilder();
        if (visible.isEmpty()) {
            line.append("no visible change within ").append(limit.toMinutes() >= 60 ? limit.toHours() + "h" : limit.toMinutes() + "m");
        } else {
            line.append(String.join(", ", visible.subList(0, Math.min(NAMED, visible.size()))));
            if (visible.size() > NAMED) {
                line.append(" and ").append(visible.size() - NAMED).append(" more");
            }
        }
        if (quiet > 0) {
            line.append(" (").append(quiet).append(quiet == 1 ? " event" : " events").append(" without a visible change)");
        }
        return line.toString();
    }
}
