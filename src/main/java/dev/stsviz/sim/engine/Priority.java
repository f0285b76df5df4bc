package dev.stsviz.sim.engine;

/**
 * Tie-breakers for events at the same virtual millisecond. Lower runs first. User actions come first so that
 * what the user did at time t is visible to every component reacting at t.
 */
public final class Priority {
    public static final int USER = 0;
    public static final int API = 10;
    public static final int KUBELET = 20;
    public static final int NODE_LIFECYCLE = 30;
    public static final int TAINT_EVICTION = 35;
    public static final int SCHEDULER = 40;
    public static final int VOLUME = 50;
    public static final int STATEFULSET = 60;
    public static final int ENDPOINTS = 70;
    public static final int GC = 80;

    private Priority() {
    }
}
