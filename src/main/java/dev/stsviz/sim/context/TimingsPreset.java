package dev.stsviz.sim.context;

import java.util.function.Supplier;

/** The named sets of {@link Timings} a user can pick ({@code --timings default|fast}). */
public enum TimingsPreset {
    /** The real defaults of every flag: what the app shows unless told otherwise. */
    DEFAULT("default", Timings::defaults),
    /** A test control plane's shortened node-lifecycle flags, to compare the simulator with one. */
    FAST("fast", Timings::fast);

    private final String id;
    private final Supplier<Timings> timings;

    TimingsPreset(String id, Supplier<Timings> timings) {
        this.id = id;
        this.timings = timings;
    }

    public String id() {
        return id;
    }

    /** A fresh, mutable set of timings: each simulation gets its own. */
    public Timings timings() {
        return timings.get();
    }

    public static TimingsPreset parse(String id) {
        for (TimingsPreset p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown timings \"" + id + "\" (expected default or fast)");
    }
}
