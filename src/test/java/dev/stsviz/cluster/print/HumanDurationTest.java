package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

    private static Duration d(long days, long hours, long minutes, long seconds) {
        return Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    }

    @ParameterizedTest(name = "{0}d {1}h {2}m {3}s -> {4}")
    @CsvSource({
            // seconds branch: everything under two minutes
            "0, 0, 0, 0, 0s",
            "0, 0, 0, 1, 1s",
            "0, 0, 0, 59, 59s",
            "0, 0, 0, 60, 60s",
            "0, 0, 0, 98, 98s",
            "0, 0, 0, 119, 119s",
            // minutes with seconds below ten minutes
            "0, 0, 2, 0, 2m",
            "0, 0, 2, 1, 2m1s",
            "0, 0, 7, 31, 7m31s",
            "0, 0, 9, 1, 9m1s",
            "0, 0, 9, 59, 9m59s",
            // bare minutes below three hours
            "0, 0, 10, 0, 10m",
            "0, 0, 10, 59, 10m",
            "0, 0, 179, 0, 179m",
            "0, 0, 179, 59, 179m",
            // hours with minutes below eight hours
            "0, 3, 0, 0, 3h",
            "0, 3, 1, 59, 3h1m",
            "0, 7, 59, 0, 7h59m",
            "0, 7, 59, 59, 7h59m",
            // bare hours below two days
            "0, 8, 0, 0, 8h",
            "0, 8, 30, 0, 8h",
            "0, 47, 0, 0, 47h",
            "0, 47, 59, 59, 47h",
            // days with hours below eight days
            "2, 0, 0, 0, 2d",
            "2, 5, 0, 0, 2d5h",
            "7, 23, 0, 0, 7d23h",
            "7, 23, 59, 59, 7d23h",
            // bare days below two years
            "8, 0, 0, 0, 8d",
            "10, 12, 0, 0, 10d",
            "729, 23, 0, 0, 729d",
            // years with days below eight years
            "730, 0, 0, 0, 2y",
            "731, 0, 0, 0, 2y1d",
            "1095, 0, 0, 0, 3y",
            "2919, 23, 0, 0, 7y364d",
            // bare years
            "2920, 0, 0, 0, 8y",
            "3650, 0, 0, 0, 10y",
            "3700, 0, 0, 0, 10y",
    })
    void matchesGoHumanDuration(long days, long hours, long minutes, long seconds, String expected) {
        assertThat(HumanDuration.format(d(days, hours, minutes, seconds))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}ms -> {1}")
    @CsvSource({
            "1999, 1s",
            "999, 0s",
            "119999, 119s",
            "120000, 2m",
            // up to (excluding) two seconds of clock skew reads as "now"
            "-1, 0s",
            "-999, 0s",
            "-1000, 0s",
            "-1999, 0s",
            "-2000, <invalid>",
            "-60000, <invalid>",
    })
    void subSecondPrecisionTruncatesTowardZeroLikeGo(long millis, String expected) {
        assertThat(HumanDuration.format(Duration.ofMillis(millis))).isEqualTo(expected);
    }
}
