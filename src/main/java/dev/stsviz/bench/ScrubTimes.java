package dev.stsviz.bench;

/**
 * Showing past moments in the window, frame included (the cursor's move, the publisher, CSS and layout).
 *
 * @param jumpMillis median ms to show a moment picked at random anywhere in the history (a click on the strip)
 * @param dragMillis median ms per playhead position while dragging across the strip (300 positions end to end)
 * @param changes    the history's length
 */
public record ScrubTimes(double jumpMillis, double dragMillis, int changes) {
}
