package dev.stsviz.sim.controllers;

import dev.stsviz.sim.engine.Engine;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.ScheduledEvent;

import java.util.LinkedHashSet;
import java.util.function.Predicate;

/**
 * The node lifecycle controller's RateLimitedTimedQueue: nodes whose pods are to be evicted (book) or that
 * are to get a NoExecute taint (modern), let through at --node-eviction-rate with a burst of one
 * ({@code pkg/controller/nodelifecycle/scheduler/rate_limited_queue.go}). A rate of 0 stops it (disrupted zone).
 * The action returns false to keep the node queued for a retry.
 */
final class RateLimitedNodeQueue {
    static final long PASS_PERIOD = 100; // NodeEvictionPeriod
    private final Engine engine;
    private final String name;
    private final Predicate<String> action;
    private final LinkedHashSet<String> queue = new LinkedHashSet<>();
    private double ratePerSecond;
    private double tokens = 1;
    private long lastRefill;
    private ScheduledEvent pass;

    RateLimitedNodeQueue(Engine engine, String name, double ratePerSecond, Predicate<String> action) {
        this.engine = engine;
        this.name = name;
        this.ratePerSecond = ratePerSecond;
        this.action = action;
        this.lastRefill = engine.nowMillis();
    }

    boolean add(String node) {
        boolean added = queue.add(node);
        schedulePass(PASS_PERIOD);
        return added;
    }

    boolean remove(String node) {
        return queue.remove(node);
    }

    boolean contains(String node) {
        return queue.contains(node);
    }

    void setRate(double ratePerSecond) {
        refill();
        this.ratePerSecond = ratePerSecond;
        if (!queue.isEmpty()) {
            schedulePass(PASS_PERIOD);
        }
    }

    private void refill() {
        long now = engine.nowMillis();
        tokens = Math.min(1, tokens + (now - lastRefill) / 1000.0 * ratePerSecond);
        lastRefill = now;
    }

    private void schedulePass(long delay) {
        if (pass != null && !pass.isCancelled() && pass.timeMillis() <= engine.nowMillis() + delay) {
            return;
        }
        if (pass != null) {
            pass.cancel();
        }
        pass = engine.schedule(delay, Priority.NODE_LIFECYCLE, name, this::runPass);
    }

    private void runPass() {
        pass = null;
        refill();
        while (!queue.isEmpty() && ratePerSecond > 0 && tokens >= 1) {
            String node = queue.iterator().next();
            queue.remove(node);
            tokens -= 1;
            if (!action.test(node)) {
                queue.add(node);
                break;
            }
        }
        if (!queue.isEmpty() && ratePerSecond > 0) {
            long wait = tokens >= 1 ? PASS_PERIOD : (long) Math.ceil((1 - tokens) / ratePerSecond * 1000);
            schedulePass(Math.max(PASS_PERIOD, wait));
        }
    }
}
