package dev.stsviz.sim.engine;

/**
 * Tie-breakers for events at the same virtual millisecond: lower runs first, so a component reacting at time t sees
 * what the components before it in this order did at t (the API's writes before the kubelet, the kubelet's before the
 * controllers). User actions are not queued: they change the API between events, before anything scheduled at the
 * current time runs.
 */
public final class Priority {
    public static final int API = 10;
    public static final int KUBELET = 20;
    public static final int NODE_LIFECYCLE = 30;
    public static final int TAINT_EVICTION = 35;
    public static final int SCHEDULER = 40;
    public static final int VOLUME = 50;
    public static final int STATEFULSET = 60;
    public static final int REPLICASET = 65;
    public static final int ENDPOINTS = 70;
    public static final int GC = 80;

    private Priority() {
    }
}
