package dev.stsviz.bench;

import java.util.Map;

/**
 * Median milliseconds of the window's pulses that each carried one pod's change: in total, by part in the pulse's
 * order, and for changes of the selected pod itself (whose describe and YAML the details pane then shows anew).
 */
public record PulseTimes(double millis, Map<String, Double> parts, double selectedMillis) {
}
