package dev.stsviz.sim.engine;

import java.time.Instant;

/** Virtual time in milliseconds since the simulation's epoch; only the engine advances it. */
public final class VirtualClock {
    private final Instant epoch;
    private long millis;

    public VirtualClock(Instant epoch) {
        this.epoch = epoch;
    }

    public long millis() {
        return millis;
    }

    public Instant now() {
        return epoch.plusMillis(millis);
    }

    public Instant epoch() {
        return epoch;
    }

    void advanceTo(long newMillis) {
        if (newMillis < millis) {
            throw new IllegalStateException("virtual time cannot go back: " + newMillis + " < " + millis);
        }
        millis = newMillis;
    }
}
