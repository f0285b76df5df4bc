package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GoTimeTest {

    @Test
    void formatsLikeGoRfc1123z() {
        assertThat(GoTime.rfc1123z("2026-11-28T01:54:21Z")).isEqualTo("Sat, 28 Nov 2026 01:54:21 +0000");
        assertThat(GoTime.rfc1123z("2026-03-02T09:05:07.123456Z")).isEqualTo("Mon, 02 Mar 2026 09:05:07 +0000");
        assertThat(GoTime.rfc1123z("2026-11-28T03:54:21+02:00")).isEqualTo("Sat, 28 Nov 2026 01:54:21 +0000");
    }

    @Test
    void anUnsetTimeIsGosZeroTime() {
        assertThat(GoTime.rfc1123z((String) null)).isEqualTo("Mon, 01 Jan 0001 00:00:00 +0000");
        assertThat(GoTime.rfc1123z("")).isEqualTo("Mon, 01 Jan 0001 00:00:00 +0000");
        assertThat(GoTime.rfc1123z((Instant) null)).isEqualTo("Mon, 01 Jan 0001 00:00:00 +0000");
    }

    @Test
    void agesAreTranslateTimestampSince() {
        Instant now = Instant.parse("2026-11-28T02:03:22Z");
        assertThat(GoTime.since("2026-11-28T01:54:21Z", now)).isEqualTo("9m1s");
        assertThat(GoTime.since(null, now)).isEqualTo("<unknown>");
    }
}
