package dev.stsviz.sim;

import dev.stsviz.sim.engine.Engine;

import java.util.List;

/**
 * Brings a fresh simulation (from the same factory) to a past moment of another one: runs its engine event by event to
 * each logged action's point, does the action again there, and finally runs every event up to and including the
 * moment's instant, as a history's moment at a time includes every change dated then.
 */
final class LogReplay {
    private LogReplay() {
    }

    /** @param afterEach called after each action is redone (the source publishes what it changed, as it did the first time) */
    static void run(Simulation fresh, List<ActionLog.Entry> entries, long untilMillis, Runnable afterEach) {
        Engine engine = fresh.engine();
        for (ActionLog.Entry entry : entries) {
            while (engine.eventsRun() < entry.events()) {
                if (!engine.step()) {
                    throw diverged(entry, "ran out of events");
                }
            }
            if (engine.eventsRun() != entry.events() || engine.nowMillis() > entry.millis()) {
                throw diverged(entry, "the clock is at " + engine.nowMillis() + " ms after " + engine.eventsRun() + " events");
            }
            try {
                engine.idleUntil(entry.millis());
            } catch (IllegalStateException e) {
                throw diverged(entry, e.getMessage());
            }
            try {
                entry.redo().accept(fresh);
            } catch (RuntimeException refusedAgain) {
                // it was refused the first time too (a node that was not cut off, a pod already gone): same story
            }
            afterEach.run();
        }
        engine.runUntil(untilMillis);
    }

    private static IllegalStateException diverged(ActionLog.Entry entry, String why) {
        return new IllegalStateException("the re-run no longer follows the original at " + entry + ": " + why);
    }
}
