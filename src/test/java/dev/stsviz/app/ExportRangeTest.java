package dev.stsviz.app;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.history.History;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which recorded time each frame shows: from + k × speed / fps seconds, up to to. */
class ExportRangeTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private static History sevenMinutes() {
        History history = new History();
        history.record(T0, List.of(ClusterChange.upsert(new PodBuilder().withNewMetadata().withName("kubia-0").withNamespace("default")
                .withResourceVersion("1").endMetadata().build())));
        history.record(T0.plus(Duration.ofMinutes(7)), List.of(ClusterChange.upsert(new PodBuilder().withNewMetadata().withName("kubia-0")
                .withNamespace("default").withResourceVersion("2").endMetadata().build())));
        return history;
    }

    @Test
    void fortySecondsToSixMinutesAtTwentyTimesAndTenFramesASecondIsTwoRecordedSecondsAFrame() throws Exception {
        ExportRange range = ExportRange.of(sevenMinutes(), Duration.ofSeconds(40), Duration.ofMinutes(6), 20, 10);

        assertThat(range.frameCount()).isEqualTo(161);
        assertThat(range.timeOf(0)).isEqualTo(T0.plusSeconds(40));
        assertThat(range.timeOf(1)).isEqualTo(T0.plusSeconds(42));
        assertThat(range.timeOf(160)).isEqualTo(T0.plusSeconds(360));
        assertThat(range.frameMillis()).isEqualTo(100);
        assertThat(range.describe()).isEqualTo("40s..6m at ×20, 10 fps");
    }

    @Test
    void aRangeThatIsNotAWholeNumberOfStepsEndsAtTheLastStepBeforeTo() throws Exception {
        ExportRange range = ExportRange.of(sevenMinutes(), Duration.ZERO, Duration.ofSeconds(25), 0.5, 3);

        // a recorded sixth of a second per frame: 0, 1/6, ... 25 s is frame 150
        assertThat(range.frameCount()).isEqualTo(151);
        assertThat(range.timeOf(150)).isEqualTo(T0.plusSeconds(25));
        assertThat(ExportRange.of(sevenMinutes(), Duration.ZERO, Duration.ofMillis(25_100), 0.5, 3).frameCount()).isEqualTo(151);
        assertThat(ExportRange.of(sevenMinutes(), Duration.ofSeconds(5), Duration.ofSeconds(5), 1, 1).frameCount())
                .as("one moment: one frame").isEqualTo(1);
    }

    @Test
    void theFrameCapIsAMistakeNotATruncation() {
        assertThatThrownBy(() -> ExportRange.of(sevenMinutes(), Duration.ZERO, Duration.ofMinutes(6), 1, 10))
                .isInstanceOf(ExportException.class).hasMessage(
                        "3,601 frames is more than the 3,000 an export makes: raise --speed, lower --fps or shorten --from..--to");
    }

    @Test
    void anEmptyRecordingHasNothingToExport() {
        assertThatThrownBy(() -> ExportRange.of(new History(), Duration.ZERO, Duration.ZERO, 1, 1))
                .isInstanceOf(ExportException.class).hasMessageContaining("empty");
    }
}
