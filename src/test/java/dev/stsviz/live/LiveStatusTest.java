package dev.stsviz.live;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiveStatusTest {

    @Test
    void watchingIsOneShortLine() {
        LiveStatus status = new LiveStatus("minikube", "default", LiveStatus.Phase.WATCHING, null, null, List.of(), List.of());
        assertThat(status.describe(ZoneOffset.UTC)).isEqualTo("minikube/default: watching");
    }

    @Test
    void retryingShowsTheReasonAndWhen() {
        LiveStatus status = new LiveStatus("minikube", "default", LiveStatus.Phase.RETRYING, "connection refused",
                Instant.parse("2024-05-01T12:03:01Z"), List.of(), List.of());
        assertThat(status.describe(ZoneOffset.UTC)).isEqualTo("minikube/default: retrying (connection refused) – last error 12:03:01");
    }

    @Test
    void forbiddenKindsAreListed() {
        LiveStatus status = new LiveStatus("gke", "kubia", LiveStatus.Phase.WATCHING, null, null, List.of("list nodes"), List.of());
        assertThat(status.describe(ZoneOffset.UTC)).isEqualTo("gke/kubia: watching (forbidden for this user: list nodes)");
    }

    @Test
    void trackerMovesFromConnectingToWatchingAndBackToRetrying() {
        StatusTracker tracker = new StatusTracker("c", "ns", java.time.Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThat(tracker.snapshot(false, false, false, null, null, java.util.List.of()).phase()).isEqualTo(LiveStatus.Phase.CONNECTING);
        assertThat(tracker.snapshot(true, true, false, null, null, java.util.List.of()).phase()).isEqualTo(LiveStatus.Phase.SYNCED);
        assertThat(tracker.snapshot(true, true, true, null, null, java.util.List.of()).phase()).isEqualTo(LiveStatus.Phase.WATCHING);
        tracker.error("connection refused");
        assertThat(tracker.snapshot(true, true, false, null, null, java.util.List.of()).phase()).isEqualTo(LiveStatus.Phase.RETRYING);
        assertThat(tracker.snapshot(true, true, true, null, null, java.util.List.of()).phase()).isEqualTo(LiveStatus.Phase.WATCHING);
        assertThat(tracker.snapshot(true, true, false, null, null, java.util.List.of()).phase()).as("recovered: the old error is forgotten").isEqualTo(LiveStatus.Phase.SYNCED);
    }
}
