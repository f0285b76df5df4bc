package dev.stsviz.cluster.history;

import java.time.Instant;

/**
 * What the window's time strip drives: the history of what a source showed, and which moment of it is shown. While
 * a past moment is shown the source's picture, events, details and console answers are those of that moment, and
 * writes are refused. Any thread may call these.
 */
public interface Timeline {
    History history();

    /** True while a moment before now is shown (a recording is always "the past"). */
    boolean showingPast();

    /** The moment shown; {@code history().end()} at now. */
    int shownMoment();

    Instant shownTime();

    /**
     * The source's own now, what "2m10s ago" counts from: the simulator's virtual clock, a live cluster's local clock;
     * a recording's end.
     */
    default Instant latestTime() {
        return history().endTime();
    }

    /** Shows a moment; the history's end means now (the picture follows the source again). */
    void show(int moment);

    void backToNow();

    /** True when the source can continue from a past moment (the simulator); false for a live cluster or a recording. */
    default boolean canResume() {
        return false;
    }

    /** Discards what came after the moment shown and continues the source from exactly that state. */
    default void resumeFromHere() {
        throw new UnsupportedOperationException("only the simulator can resume from a past moment");
    }

    /** A recording's play / pause / speed over its own timeline; null for the simulator and a live cluster. */
    default Playback playback() {
        return null;
    }

    /** Plays a recording's timeline (the simulator and a live cluster have their own clocks). */
    interface Playback {
        boolean isPlaying();

        void play();

        void pause();

        double speed();

        void setSpeed(double speed);
    }
}
