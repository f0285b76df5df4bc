package dev.stsviz.app;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.history.History;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read-only source an export draws: the state as it was at a time, its clock that time, no actions. */
class MomentSourceTest {
    private static final History HISTORY = RecordedChapter.record();

    private static boolean has(MomentSource source, String pod) {
        return source.state().get(Pod.class, Kinds.POD, "default", pod).isPresent();
    }

    @Test
    void showsTheStateAsItWasAtEachTimeBackAndForth() {
        MomentSource source = new MomentSource(HISTORY);
        Instant start = HISTORY.startTime();
        source.showAt(start.plus(RecordedChapter.BOTH_UP));
        assertThat(has(source, "kubia-0")).isTrue();
        assertThat(has(source, "kubia-1")).isTrue();
        source.showAt(start.plus(RecordedChapter.LENGTH));
        assertThat(has(source, "kubia-0")).isTrue();
        assertThat(has(source, "kubia-1")).as("scaled down to one replica").isFalse();
        source.showAt(start.plus(RecordedChapter.BOTH_UP));
        assertThat(has(source, "kubia-1")).as("back in the past again").isTrue();
        assertThat(source.now()).isEqualTo(start.plus(RecordedChapter.BOTH_UP));
        assertThat(source.describeStatus()).isEqualTo("recording t=00:00:40");
    }

    @Test
    void refusesEveryAction() {
        MomentSource source = new MomentSource(HISTORY);
        assertThat(source.actions().allowed(dev.stsviz.cluster.ClusterActions.Verb.SCALE)).isFalse();
        assertThatThrownBy(() -> source.actions().scale("default", "kubia", 3)).isInstanceOf(ActionException.class)
                .hasMessage(MomentSource.READ_ONLY);
        assertThatThrownBy(() -> source.actions().deletePod("default", "kubia-0")).isInstanceOf(ActionException.class);
    }
}
