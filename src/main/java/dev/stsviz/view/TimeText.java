package dev.stsviz.view;

import dev.stsviz.cluster.print.HumanDuration;

import java.time.Duration;

/** How the time strip writes a moment: "t=00:06:14" as the simulator's clock does, and "2m10s" as kubectl's AGE does. */
final class TimeText {
    private TimeText() {
    }

    /** {@code t=HH:MM:SS} since the clock's origin (negative durations count as zero). */
    static String clock(Duration sinceOrigin) {
        long s = Math.max(0, sinceOrigin.toSeconds());
        return String.format("t=%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    static String ago(Duration d) {
        return HumanDuration.format(d.isNegative() ? Duration.ZERO : d);
    }
}
