package dev.stsviz.bench;

import java.util.Map;

/**
 * Medians of the window's pulses that each carried one pod's change: {@code change}, a pod's change alone (the
 * figure); {@code tick}, one whose pulse also saw the clock's second move (ages are re-formatted); {@code selected},
 * a change of the selected pod itself (its describe and YAML are shown anew).
 */
public record PulseTimes(Median change, Median tick, Median selected) {
    /** Median ms in total, and of each part in the pulse's order. */
    public record Median(double millis, Map<String, Double> parts) {
    }
}
