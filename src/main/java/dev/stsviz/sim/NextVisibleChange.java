package dev.stsviz.sim;

import dev.stsviz.sim.engine.Engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The toolbar's Step on the simulator: runs events until one changes the picture, then the rest of that virtual
 * instant (the picture moves by one instant, as a history's "next change" does), and says what ran in one line.
 */
final class NextVisibleChange {
    /** How far it looks before it gives up on a cluster where nothing changes. */
    static final Duration QUIET_LIMIT = Duration.ofHours(1);
    private static final int NAMED = 3;

    private NextVisibleChange() {
    }

    /**
     * @param changesHeard how many changes the simulation reported so far: an event that raised it changed the picture
     * @return the line, or null when nothing is pending
     */
    static String run(Engine engine, LongSupplier changesHeard) {
        if (engine.nextEventTime() < 0) {
            return null;
        }
        long limit = engine.nowMillis() + QUIET_LIMIT.toMillis();
        String[] label = new String[1];
        Engine.Observer o = e -> label[0] = e.label();
        engine.addObserver(o);
        List<String> visible = new ArrayList<>();
        int quiet = 0;
        long changedAt = -1;
        try {
            for (long next = engine.nextEventTime(); next >= 0 && (changedAt < 0 ? next <= limit : next == changedAt);
                 next = engine.nextEventTime()) {
                long heard = changesHeard.getAsLong();
                engine.step();
                if (changesHeard.getAsLong() == heard) {
                    quiet++;
                } else {
                    changedAt = engine.nowMillis();
                    if (!visible.contains(label[0])) {
                        visible.add(label[0]);
                    }
                }
            }
        } finally {
            engine.removeObserver(o);
        }
        if (changedAt < 0 && engine.nextEventTime() > limit) {
            engine.idleUntil(limit); // an hour went by without a change: the clock shows it
        }
        return line(visible, quiet, QUIET_LIMIT);
    }

    /** @param visible the labels of the events that changed something, in order, each once */
    static String line(List<String> visible, int quiet, Duration limit) {
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
