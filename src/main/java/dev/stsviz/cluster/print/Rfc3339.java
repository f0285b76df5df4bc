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
        Instant whole = wholeSecondsUtc(timestamp);
        if (whole != null) {
            return GO_ZERO_TIME.equals(whole) ? null : whole;
        }
        try {
            Instant t = OffsetDateTime.parse(timestamp.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return GO_ZERO_TIME.equals(t) ? null : t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * "2026-11-28T01:53:40Z", the form the API server writes for metav1.Time, parsed without the formatter (the
     * diagram parses one per changed pod); null for any other form, which the general parser then handles.
     */
    private static Instant wholeSecondsUtc(String t) {
        if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return java.time.LocalDateTime.of(year, month, day, hour, minute, second).toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null; // e.g. month 13: let the general parser decide
        }
    }

    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
