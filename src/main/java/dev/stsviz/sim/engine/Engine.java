package dev.stsviz.sim.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * The discrete-event core: a virtual clock and a queue ordered by (time, priority, sequence). Single-threaded:
 * whoever owns the simulation calls it from one thread.
 */
public final class Engine {
    /** Sees every event as it runs (used for traces and invariant checks). */
    public interface Observer {
        void afterEvent(ScheduledEvent event);
    }

    private final VirtualClock clock;
    private final RandomStreams random;
    private final PriorityQueue<ScheduledEvent> queue = new PriorityQueue<>();
    private final List<Observer> observers = new ArrayList<>();
    private long sequence;
    private long eventsRun;
    private boolean inEvent;

    public Engine(Instant epoch, long seed) {
        this.clock = new VirtualClock(epoch);
        this.random = new RandomStreams(seed);
    }

    public VirtualClock clock() {
        return clock;
    }

    public long nowMillis() {
        return clock.millis();
    }

    public Instant now() {
        return clock.now();
    }

    public RandomStreams random() {
        return random;
    }

    public long eventsRun() {
        return eventsRun;
    }

    public void addObserver(Observer observer) {
        observers.add(observer);
    }

    public void removeObserver(Observer observer) {
        observers.remove(observer);
    }

    public ScheduledEvent schedule(long delayMillis, int priority, String label, Runnable action) {
        return scheduleAt(clock.millis() + Math.max(0, delayMillis), priority, label, action);
    }

    public ScheduledEvent scheduleAt(long timeMillis, int priority, String label, Runnable action) {
        ScheduledEvent event = new ScheduledEvent(Math.max(timeMillis, clock.millis()), priority, sequence++, label, action);
        queue.add(event);
        return event;
    }

    /** Time of the next pending event, or -1 when nothing is pending. */
    public long nextEventTime() {
        dropCancelled();
        ScheduledEvent head = queue.peek();
        return head == null ? -1 : head.timeMillis();
    }

    /** Runs the next event, advancing the clock to its time. Returns false when nothing is pending. */
    public boolean step() {
        dropCancelled();
        ScheduledEvent event = queue.poll();
        if (event == null) {
            return false;
        }
        clock.advanceTo(event.timeMillis());
        inEvent = true;
        try {
            event.run();
        } finally {
            inEvent = false;
        }
        eventsRun++;
        for (Observer observer : observers) {
            observer.afterEvent(event);
        }
        return true;
    }

    /** True while an event runs: a change made then is the simulation's own, not one made from outside. */
    public boolean inEvent() {
        return inEvent;
    }

    /**
     * Sets the clock to {@code timeMillis} without running anything: a replay reaching the instant an action was
     * once taken at. Refused when an event is due before it (the replay no longer follows the original run).
     */
    public void idleUntil(long timeMillis) {
        long next = nextEventTime();
        if (next >= 0 && next < timeMillis) {
            throw new IllegalStateException("an event is due at " + next + " ms, before " + timeMillis + " ms");
        }
        if (timeMillis > clock.millis()) {
            clock.advanceTo(timeMillis);
        }
    }

    /** Runs every event up to and including {@code timeMillis}, then sets the clock there. */
    public void runUntil(long timeMillis) {
        while (true) {
            long next = nextEventTime();
            if (next < 0 || next > timeMillis) {
                break;
            }
            step();
        }
        if (timeMillis > clock.millis()) {
            clock.advanceTo(timeMillis);
        }
    }

    /**
     * Runs events until the condition holds (checked before each event) or {@code limitMillis} of virtual time
     * passed. Returns whether the condition held.
     */
    public boolean runUntil(BooleanSupplier condition, long limitMillis) {
        long deadline = clock.millis() + limitMillis;
        while (!condition.getAsBoolean()) {
            long next = nextEventTime();
            if (next < 0 || next > deadline) {
                if (deadline > clock.millis()) {
                    clock.advanceTo(deadline);
                }
                return condition.getAsBoolean();
            }
            step();
        }
        return true;
    }

    private void dropCancelled() {
        while (!queue.isEmpty() && queue.peek().isCancelled()) {
            queue.poll();
        }
    }
}
