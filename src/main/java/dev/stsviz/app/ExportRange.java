package dev.stsviz.app;

import dev.stsviz.cluster.history.History;

import java.time.Duration;
import java.time.Instant;

/**
 * Which moments an export shows: frame k shows the time {@code from + k × speed / fps} seconds after the history's
 * start, for every k whose time is not after {@code to}. So {@code --speed 20 --fps 10} moves two seconds of the
 * recording per frame and plays twenty times faster than it happened.
 */
public record ExportRange(Instant start, Duration from, Duration to, double speed, int fps) {
    /** More frames than this is a mistake (a 6-minute wait at ×1 and 10 fps is 3,601): lower --fps or raise --speed. */
    public static final int MAX_FRAMES = 3_000;
    public static final int MAX_FPS = 30;

    /** The range over {@code history}, checked: each problem is one line naming the option. */
    public static ExportRange of(History history, Duration from, Duration to, double speed, int fps) throws ExportException {
        checkRate(speed, fps);
        if (history.isEmpty()) {
            throw new ExportException("the recording is empty: there is nothing to export");
        }
        Duration length = Duration.between(history.startTime(), history.endTime());
        if (from.isNegative() || to.isNegative()) {
            throw new ExportException("--from and --to are times after the recording's start, not before it");
        }
        if (from.compareTo(to) > 0) {
            throw new ExportException("--from " + format(from) + " is after --to " + format(to));
        }
        if (to.compareTo(length) > 0) {
            throw new ExportException("--to " + format(to) + " is beyond the recording, which is " + format(length) + " long");
        }
        ExportRange range = new ExportRange(history.startTime(), from, to, speed, fps);
        long frames = range.frameCount();
        if (frames > MAX_FRAMES) {
            throw new ExportException(String.format(java.util.Locale.ROOT,
                    "%,d frames is more than the %,d an export makes: raise --speed, lower --fps or shorten --from..--to",
                    frames, MAX_FRAMES));
        }
        return range;
    }

    /** The rate options alone, checked before a recording is read. */
    public static void checkRate(double speed, int fps) throws ExportException {
        if (fps < 1 || fps > MAX_FPS) {
            throw new ExportException("--fps " + fps + ": give 1 to " + MAX_FPS + " frames per second");
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new ExportException("--speed " + formatSpeed(speed) + ": give a speed above 0 (20 plays twenty times faster)");
        }
    }

    /** Recorded milliseconds between two frames. */
    double stepMillis() {
        return speed * 1000 / fps;
    }

    /** How many frames: the first at {@code from}, then one per step up to {@code to} included. */
    public long frameCount() {
        double steps = (to.toMillis() - from.toMillis()) / stepMillis();
        return (long) Math.floor(steps + 1e-9) + 1;
    }

    /** The recorded time frame {@code k} shows. */
    public Instant timeOf(long frame) {
        return start.plus(from).plusMillis(Math.round(frame * stepMillis()));
    }

    /** Milliseconds each frame stays on screen. */
    public int frameMillis() {
        return 1000 / fps;
    }

    /** "40s..6m at ×20, 10 fps". */
    public String describe() {
        return format(from) + ".." + format(to) + " at ×" + formatSpeed(speed) + ", " + fps + " fps";
    }

    /** A duration the way --from and --to take it: 40s, 6m, 1h2m, 6m30s, 0s, 1m10.54s (Go's style). */
    static String format(Duration d) {
        long millis = d.toMillis();
        if (millis == 0) {
            return "0s";
        }
        StringBuilder text = new StringBuilder();
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long secondMillis = millis % 60_000;
        if (h > 0) {
            text.append(h).append('h');
        }
        if (m > 0) {
            text.append(m).append('m');
        }
        if (secondMillis > 0) {
            text.append(java.math.BigDecimal.valueOf(secondMillis, 3).stripTrailingZeros().toPlainString()).append('s');
        }
        return text.toString();
    }

    static String formatSpeed(double speed) {
        if (Double.isNaN(speed) || Double.isInfinite(speed)) {
            return String.valueOf(speed);
        }
        return speed == Math.rint(speed) && Math.abs(speed) < 1e9 ? Long.toString((long) speed)
                : java.math.BigDecimal.valueOf(speed).stripTrailingZeros().toPlainString();
    }
}
