package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.Ages;
import dev.stsviz.cluster.print.Rfc3339;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The two time renderings describe.go uses: {@code t.Format(time.RFC1123Z)}
 * ("Sat, 28 Nov 2026 01:54:21 +0000") and {@code translateTimestampSince} (an age such as "9m1s").
 */
final class GoTime {

    private static final DateTimeFormatter RFC1123Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss xx", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** Go's {@code time.Time{}}, what an unset {@code metav1.Time} formats as. */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private GoTime() {
    }

    /** RFC1123Z of an RFC3339 timestamp; an unset one is Go's zero time "Mon, 01 Jan 0001 00:00:00 +0000". */
    static String rfc1123z(String rfc3339) {
        Instant t = Rfc3339.parse(rfc3339);
        return RFC1123Z.format(t == null ? GO_ZERO_TIME : t);
    }

    /** RFC1123Z of an instant (leases carry {@code ZonedDateTime}s in fabric8). */
    static String rfc1123z(Instant t) {
        return RFC1123Z.format(t == null ? GO_ZERO_TIME : t);
    }

    /** {@code translateTimestampSince}: "&lt;unknown&gt;" when unset, otherwise the human age at {@code now}. */
    static String since(String rfc3339, Instant now) {
        return Ages.since(rfc3339, now);
    }

    static Instant parse(String rfc3339) {
        return Rfc3339.parse(rfc3339);
    }
}
