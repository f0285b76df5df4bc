package dev.stsviz.cluster.print;

import java.time.Duration;

/**
 * Exact port of {@code duration.HumanDuration} from
 * {@code k8s.io/apimachinery/pkg/util/duration/duration.go}: the AGE format kubectl shows
 * ("7m31s", "9m", "3h4m", "2d5h", "2y30d").
 */
public final class HumanDuration {

    private HumanDuration() {
    }

    /** Formats {@code d} exactly like Go's {@code HumanDuration(d)}. */
    public static String format(Duration d) {
        long seconds = truncatedSeconds(d);
        // Go tolerates up to (but excluding) 2s of clock skew and calls it "now".
        if (seconds < -1) {
            return "<invalid>";
        } else if (seconds < 0) {
            return "0s";
        } else if (seconds < 60 * 2) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        if (minutes < 10) {
            long s = seconds % 60;
            return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
        } else if (minutes < 60 * 3) {
            return minutes + "m";
        }
        long hours = seconds / 3600;
        if (hours < 8) {
            long m = minutes % 60;
            return m == 0 ? hours + "h" : hours + "h" + m + "m";
        } else if (hours < 48) {
            return hours + "h";
        } else if (hours < 24 * 8) {
            long h = hours % 24;
            return h == 0 ? (hours / 24) + "d" : (hours / 24) + "d" + h + "h";
        } else if (hours < 24 * 365 * 2) {
            return (hours / 24) + "d";
        } else if (hours < 24 * 365 * 8) {
            long dy = (hours / 24) % 365;
            return dy == 0 ? (hours / 24 / 365) + "y" : (hours / 24 / 365) + "y" + dy + "d";
        }
        return (hours / 24 / 365) + "y";
    }

    /**
     * Go's {@code int(d.Seconds())} truncates toward zero, whereas {@link Duration#getSeconds()}
     * floors (-1.5s has getSeconds() == -2); this matters for the "<invalid>" boundary.
     */
    private static long truncatedSeconds(Duration d) {
        long s = d.getSeconds();
        return (s < 0 && d.getNano() > 0) ? s + 1 : s;
    }
}
