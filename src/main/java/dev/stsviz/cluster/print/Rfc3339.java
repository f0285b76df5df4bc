package dev.stsviz.cluster.print;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the RFC3339 strings fabric8 uses for {@code metav1.Time} and {@code metav1.MicroTime}
 * ("2026-11-28T01:53:40Z", "2026-11-28T01:53:40.123456Z"). Absent, blank, unparseable and Go's zero
 * time all map to {@code null}, mirroring {@code metav1.Time.IsZero()} in kubectl's printers.
 */
public final class Rfc3339 {

    /** Go's {@code time.Time{}} as serialised; kubectl treats it as "not set". */
    private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

    private Rfc3339() {
    }

    /** The instant, or {@code null} when the timestamp is unset (Go: {@code IsZero()}). */
    public static Instant parse(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return null;
        }
        try {
            Instant t = OffsetDateTime.parse(timestamp.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return GO_ZERO_TIME.equals(t) ? null : t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
