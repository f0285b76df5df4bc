package dev.stsviz.sim.engine;

/** A pending event. Ordered by (time, priority, sequence): the sequence makes equal times deterministic. */
public final class ScheduledEvent implements Comparable<ScheduledEvent> {
    private final long timeMillis;
    private final int priority;
    private final long sequence;
    private final String label;
    private final Runnable action;
    private boolean cancelled;

    ScheduledEvent(long timeMillis, int priority, long sequence, String label, Runnable action) {
        this.timeMillis = timeMillis;
        this.priority = priority;
        this.sequence = sequence;
        this.label = label;
        this.action = action;
    }

    public long timeMillis() {
        return timeMillis;
    }

    public int priority() {
        return priority;
    }

    public String label() {
        return label;
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void run() {
        action.run();
    }

    @Override
    public int compareTo(ScheduledEvent o) {
        int c = Long.compare(timeMillis, o.timeMillis);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(priority, o.priority);
        return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
}
