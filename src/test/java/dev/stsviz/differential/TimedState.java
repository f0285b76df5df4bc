package dev.stsviz.differential;

import java.time.Duration;

/** One kubectl-visible state of an object and when it began, counted from the scenario's first command. */
record TimedState(Duration at, String state) {
    static final String GONE = "(gone)";

    @Override
    public String toString() {
        return String.format("%6.1fs %s", at.toMillis() / 1000.0, state);
    }
}
