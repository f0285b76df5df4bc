package dev.stsviz.sim;

import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.engine.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything done to a simulation from outside its engine (a user's scale, delete, disconnect, apply, patch, curl...),
 * each at the exact point it happened: the virtual instant and how many engine events had run by then. The simulator
 * is deterministic, so a fresh simulation from the same factory that does the same things at the same points goes
 * through the same states; that is how a past moment is continued ({@link LogReplay}).
 * <p>
 * Only the outermost call is logged (an action made of other actions is redone whole). A change that reaches the
 * API server outside both an engine event and a logged action cannot be redone: the first one is remembered so that
 * continuing from a later moment is refused instead of silently giving another story.
 */
final class ActionLog {
    /** One thing done from outside, and how to do it again on another simulation. */
    record Entry(long millis, long events, String label, Consumer<Simulation> redo) {
        @Override
        public String toString() {
            return millis + "ms after " + events + " events: " + label;
        }
    }

    private final Engine engine;
    private final List<Entry> entries = new ArrayList<>();
    private boolean recording;
    private int depth;
    /** The first change made from outside without a logged action, or null. */
    private String unlogged;
    private long unloggedMillis;

    ActionLog(Engine engine) {
        this.engine = engine;
    }

    /** Starts logging from now on; what built the simulation (its factory) is not logged, the factory redoes it. */
    void start() {
        entries.clear();
        unlogged = null;
        recording = true;
    }

    void run(String label, Consumer<Simulation> redo, Runnable body) {
        run(label, redo, () -> {
            body.run();
            return null;
        });
    }

    /** Logs the call (when it is the outermost) at the current point, then makes it. A call that throws stays logged: its redo throws the same way. */
    <T> T run(String label, Consumer<Simulation> redo, Supplier<T> body) {
        if (recording && depth == 0) {
            entries.add(new Entry(engine.nowMillis(), engine.eventsRun(), label, redo));
        }
        depth++;
        try {
            return body.get();
        } finally {
            depth--;
        }
    }

    /** Hears every committed change: one made neither by an event nor inside a logged action was made behind the log's back. */
    void changed(WatchEvent event) {
        if (recording && depth == 0 && !engine.inEvent() && unlogged == null) {
            unlogged = event.type() + " " + event.kind() + " " + event.object().getMetadata().getName();
            unloggedMillis = engine.nowMillis();
        }
    }

    /** The entries logged at or before {@code millis}, in the order they were made. */
    List<Entry> upTo(long millis) {
        List<Entry> result = new ArrayList<>();
        for (Entry e : entries) {
            if (e.millis() <= millis) {
                result.add(e);
            }
        }
        return result;
    }

    /** A change made behind the log's back at or before {@code millis}, or null when everything up to there can be redone. */
    String unloggedUpTo(long millis) {
        return unlogged != null && unloggedMillis <= millis ? unlogged : null;
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
