package dev.stsviz.cluster;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** API timestamps are RFC 3339 strings with second precision, as the API server writes them. */
public final class Timestamps {
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }


    public static Instant parse(String value) {
        return value == null || value.isEmpty() ? null : Instant.parse(value);
    }

    private Timestamps() {
    }
}
