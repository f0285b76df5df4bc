package dev.stsviz.sim.engine;

import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A controller's work queue on virtual time: a key is processed at most once per pending event, after the
 * controller's reaction latency (what an informer, a work queue and a worker add up to in a real cluster).
 * Adding a key that is already pending keeps the earlier time, as client-go's delaying queue does.
 */
public final class WorkQueue {
    private final Engine engine;
    private final int priority;
    private final String name;
    private final long latencyMillis;
    private final Consumer<String> sync;
    private final TreeMap<String, ScheduledEvent> pending = new TreeMap<>();

    public WorkQueue(Engine engine, int priority, String name, long latencyMillis, Consumer<String> sync) {
        this.engine = engine;
        this.priority = priority;
        this.name = name;
        this.latencyMillis = latencyMillis;
        this.sync = sync;
    }

    public void add(String key) {
        addAfter(key, latencyMillis);
    }

    public void addAfter(String key, long delayMillis) {
        long at = engine.nowMillis() + Math.max(0, delayMillis);
        ScheduledEvent existing = pending.get(key);
        if (existing != null && !existing.isCancelled()) {
            if (existing.timeMillis() <= at) {
                return;
            }
            existing.cancel();
        }
        pending.put(key, engine.scheduleAt(at, priority, name + " " + key, () -> {
            pending.remove(key);
            sync.accept(key);
        }));
    }

    public boolean isPending(String key) {
        return pending.containsKey(key);
    }
}
