package dev.stsviz.sim;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulator as a ClusterSource: play at a speed on a (fake) wall clock, pause, step, actions, reset. */
class SimulatedClusterSourceTest {
    private final AtomicLong wallNanos = new AtomicLong();
    private final SimulatedClusterSource source = new SimulatedClusterSource(
            () -> Simulation.chapterCluster(11, Profile.MODERN), wallNanos::get);

    @AfterEach
    void close() {
        source.close();
    }

    private void wallAdvance(Duration d) {
        wallNanos.addAndGet(d.toNanos());
        source.tickOnce();
    }

    @Test
    void startPublishesTheInitialObjectsWithoutLeases() {
        source.start(false);
        assertThat(source.state().list(Node.class, Kinds.NODE)).hasSize(3);
        assertThat(source.state().list(StatefulSet.class, Kinds.STATEFUL_SET)).hasSize(1);
        assertThat(source.state().list(io.fabric8.kubernetes.api.model.HasMetadata.class, Kinds.LEASE)).isEmpty();
        assertThat(source.elapsed()).isEqualTo(Duration.ZERO);
    }

    @Test
    void playAdvancesVirtualTimeByWallTimeTimesSpeedAndPauseStopsIt() {
        source.start(false);
        wallAdvance(Duration.ofSeconds(1));
        assertThat(source.elapsed()).isEqualTo(Duration.ZERO); // paused at start
        source.play();
        source.setSpeed(10);
        wallAdvance(Duration.ofSeconds(2));
        assertThat(source.elapsed()).isEqualTo(Duration.ofSeconds(20));
        assertThat(source.state().list(Pod.class, Kinds.POD)).extracting(p -> p.getMetadata().getName())
                .containsExactly("kubia-0", "kubia-1");
        source.setSpeed(1000);
        assertThat(source.speed()).isEqualTo(SimulatedClusterSource.MAX_SPEED);
        source.setSpeed(0.01);
        assertThat(source.speed()).isEqualTo(SimulatedClusterSource.MIN_SPEED);
        source.pause();
        wallAdvance(Duration.ofSeconds(5));
        assertThat(source.elapsed()).isEqualTo(Duration.ofSeconds(20));
        assertThat(source.describeStatus()).isEqualTo("simulator (modern) t=00:00:20 paused x0.25");
    }

    @Test
    void stepRunsOneEventAndRevisionGrows() {
        source.start(false);
        long before = source.state().revision();
        String label = source.step();
        assertThat(label).isNotNull();
        assertThat(source.state().revision()).isGreaterThanOrEqualTo(before);
        assertThat(source.isPlaying()).isFalse();
    }

    @Test
    void actionsRunOnTheSimulatorAndReportErrorsAsMessages() {
        source.start(false);
        source.advance(Duration.ofMinutes(1));
        source.actions().scale("default", "kubia", 3);
        assertThat(source.runUntil(s -> s.api().get(Pod.class, Kinds.POD, "default", "kubia-2") != null, Duration.ofMinutes(1))).isTrue();
        assertThat(source.state().get(Pod.class, Kinds.POD, "default", "kubia-2")).isPresent();
        assertThatThrownBy(() -> source.actions().deletePod("default", "kubia-9"))
                .isInstanceOf(ActionException.class)
                .hasMessage("Error from server (NotFound): pods \"kubia-9\" not found");
        source.setProfile(Profile.BOOK);
        assertThat(source.profile()).isEqualTo(Profile.BOOK);
        source.reset();
        assertThat(source.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(source.state().get(Pod.class, Kinds.POD, "default", "kubia-2")).isEmpty();
    }
}
