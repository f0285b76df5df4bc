package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    @Test
    void formatsElapsedTimeAgainstTheGivenClock() {
        assertThat(Ages.since("2026-11-28T01:53:40Z", NOW)).isEqualTo("9m1s");
        assertThat(Ages.since("2026-11-28T01:55:10Z", NOW)).isEqualTo("7m31s");
        assertThat(Ages.since("2026-11-28T02:01:03Z", NOW)).isEqualTo("98s");
        assertThat(Ages.since("2026-11-18T02:02:41Z", NOW)).isEqualTo("10d");
    }

    @Test
    void sameTimestampDifferentVirtualClocks() {
        String created = "2026-11-28T00:00:00Z";
        assertThat(Ages.since(created, Instant.parse("2026-11-28T00:00:05Z"))).isEqualTo("5s");
        assertThat(Ages.since(created, Instant.parse("2026-11-28T05:30:00Z"))).isEqualTo("5h30m");
        assertThat(Ages.since(created, Instant.parse("2026-12-01T01:00:00Z"))).isEqualTo("3d1h");
    }

    @Test
    void unsetTimestampIsUnknown() {
        assertThat(Ages.since((String) null, NOW)).isEqualTo("<unknown>");
        assertThat(Ages.since("", NOW)).isEqualTo("<unknown>");
        assertThat(Ages.since((Instant) null, NOW)).isEqualTo("<unknown>");
        // Go's zero time serialises like this and IsZero() is true for it.
        assertThat(Ages.since("0001-01-01T00:00:00Z", NOW)).isEqualTo("<unknown>");
    }

    @Test
    void acceptsFractionalSecondsAndOffsets() {
        assertThat(Ages.since("2026-11-28T02:02:30.123456Z", NOW)).isEqualTo("10s");
        assertThat(Ages.since("2026-11-28T03:02:11+01:00", NOW)).isEqualTo("30s");
    }

    @Test
    void futureTimestampsWithinSkewToleranceReadAsZero() {
        assertThat(Ages.since("2026-11-28T02:02:42Z", NOW)).isEqualTo("0s");
        assertThat(Ages.since("2026-11-28T02:02:43Z", NOW)).isEqualTo("<invalid>");
    }

    @Test
    void rfc3339ParseRejectsGarbageAsUnset() {
        assertThat(Rfc3339.parse("2026-11-28T01:53:40Z")).isEqualTo(Instant.parse("2026-11-28T01:53:40Z"));
        assertThat(Rfc3339.parse("yesterday")).isNull();
        assertThat(Rfc3339.parse("   ")).isNull();
        assertThat(Rfc3339.parse(null)).isNull();
    }

    @Test
    void wholeSecondUtcTimestampsTakeTheFastPathWithTheSameResults() {
        assertThat(Rfc3339.parse("0001-01-01T00:00:00Z")).isNull(); // Go's zero time
        assertThat(Rfc3339.parse("2026-13-01T00:00:00Z")).isNull();
        assertThat(Rfc3339.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(Rfc3339.parse("2026-11-28T01:53:40.500Z")).isEqualTo(Instant.parse("2026-11-28T01:53:40.500Z"));
        assertThat(Rfc3339.parse("2026-11-2xT01:53:40Z")).isNull();
    }
}
