package dev.stsviz.cluster.history;

import java.time.Instant;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Plays a recording's timeline: while playing, each {@link #tick()} moves the time shown on by the real time since
 * the last tick times the speed, and shows the moment of that time. The real clock is given (no wall clock in the
 * core); the app ticks it from a timer, tests with a clock of their own. Stops at the end; play at the end starts over.
 */
final class RecordingPlayer implements Timeline.Playback {
    static final double MIN_SPEED = 0.25;
    static final double MAX_SPEED = 100;
    private final History history;
    private final IntConsumer show;
    private final LongSupplier nanos;
    private boolean playing;
    private double speed = 1;
    /** The time shown, in epoch milliseconds: finer than moments, so slow play still advances between changes. */
    private double at;
    private long lastNanos;

    RecordingPlayer(History history, IntConsumer show, LongSupplier nanos) {
        this.history = history;
        this.show = show;
        this.nanos = nanos;
        this.at = history.timeOf(history.end()).toEpochMilli();
    }

    /** The window moved the playhead: play continues from the moment's time. */
    synchronized void shown(int moment) {
        at = history.timeOf(moment).toEpochMilli();
    }

    /** Moves the moment shown on, when playing. The moment is shown outside this lock (the window may be moving it too). */
    /** The window put the playhead at a time (clamped to the recording). */
    synchronized void at(Instant time) {
        at = Math.max(history.startTime().toEpochMilli(), Math.min(history.endTime().toEpochMilli(), time.toEpochMilli()));
    }

    /** The time shown when it lies in {@code moment} (play moves it between changes), else that moment's own time. */
    synchronized Instant timeIn(int moment) {
        Instant own = history.timeOf(moment);
        Instant playhead = Instant.ofEpochMilli((long) at);
        return !playhead.isBefore(own) && history.momentAt(playhead) == moment ? playhead : own;
    }

    void tick() {
        int moment;
        synchronized (this) {
            long now = nanos.getAsLong();
            long elapsed = now - lastNanos;
            lastNanos = now;
            if (!playing) {
                return;
            }
            long end = history.endTime().toEpochMilli();
            at = Math.min(end, at + elapsed / 1e6 * speed);
            moment = history.momentAt(Instant.ofEpochMilli((long) at));
            if (at >= end) {
                playing = false;
            }
        }
        show.accept(moment);
    }

    @Override
    public synchronized boolean isPlaying() {
        return playing;
    }

    @Override
    public void play() {
        boolean fromStart;
        synchronized (this) {
            fromStart = at >= history.endTime().toEpochMilli();
            if (fromStart) {
                at = history.startTime().toEpochMilli();
            }
            lastNanos = nanos.getAsLong();
            playing = true;
        }
        if (fromStart) {
            show.accept(history.start());
        }
    }

    @Override
    public synchronized void pause() {
        playing = false;
    }

    @Override
    public synchronized double speed() {
        return speed;
    }

    @Override
    public synchronized void setSpeed(double speed) {
        this.speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed));
    }
}
