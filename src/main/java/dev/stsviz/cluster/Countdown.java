package dev.stsviz.cluster;

import java.time.Duration;
import java.time.Instant;

/** How the waits' clocks are written: "28 s" under a minute, "4:31" from a minute on, with "~" when estimated. */
public final class Countdown {
    private Countdown() {
    }

    /** The time from {@code now} to {@code deadline}, rounded up to whole seconds (never below 0). */
    public static String until(Instant now, Instant deadline, String about) {
        long millis = Duration.between(now, deadline).toMillis();
        return about + format(Math.max(0, (millis + 999) / 1000));
    }

    /** The time since {@code past}, in whole seconds. */
    public static String since(Instant past, Instant now, String about) {
        return about + format(Math.max(0, Duration.between(past, now).toMillis() / 1000));
    }

    static String format(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
