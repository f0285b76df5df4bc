package dev.stsviz.cluster.print;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Port of kubectl's {@code translateTimestampSince} / {@code translateMicroTimestampSince}
 * ({@code pkg/printers/internalversion/printers.go}): "<unknown>" for an unset timestamp, otherwise
 * {@link HumanDuration} of the elapsed time. The clock is always the caller's {@code now} (the
 * source's clock, possibly virtual), never the wall clock.
 */
public final class Ages {

    static final String UNKNOWN = "<unknown>";

    private Ages() {
    }

    /** AGE of an RFC3339 timestamp as seen at {@code now}; "<unknown>" when null/empty. */
    public static String since(String rfc3339Timestamp, Instant now) {
        return since(Rfc3339.parse(rfc3339Timestamp), now);
    }

    /** AGE of an instant as seen at {@code now}; "<unknown>" when {@code timestamp} is null. */
    public static String since(Instant timestamp, Instant now) {
        Objects.requireNonNull(now, "now");
        if (timestamp == null) {
            return UNKNOWN;
        }
        return HumanDuration.format(Duration.between(timestamp, now));
    }
}
