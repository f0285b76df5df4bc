package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recording as a source: any moment shown, nothing changed, and its timeline played on a clock the test turns. */
class RecordingSourceTest {
    private static History story;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeAll
    static void recordTheStory() {
        story = RecordedStory.history(History.DEFAULT_BUDGET);
    }

    private RecordingSource source() {
        return new RecordingSource(new Recording(RecordedStory.HEADER, story, null), "story.stsrec", nanos::get);
    }

    @Test
    void opensAtItsEndAlwaysShowsThePastAndBackToNowIsTheEnd() {
        RecordingSource source = source();
        assertThat(source.showingPast()).isTrue();
        assertThat(source.shownMoment()).isEqualTo(story.end());
        assertThat(source.now()).isEqualTo(story.endTime());
        source.show(0);
        assertThat(source.shownMoment()).isZero();
        assertThat(source.state().size()).isZero();
        source.backToNow();
        assertThat(source.shownMoment()).isEqualTo(story.end());
        assertThat(source.showingPast()).as("a recording is the past even at its end").isTrue();
        assertThat(source.playback()).isNotNull();
        assertThat(source.canResume()).isFalse();
    }

    @Test
    void showsThePodThatWasForceDeletedLaterAndNowIsThatMomentsTime() {
        RecordingSource source = source();
        Marker forced = story.markers().stream().filter(m -> m.kind() == Marker.Kind.POD_FORCE_DELETED).findFirst().orElseThrow();
        source.show((int) forced.index()); // just before the force delete
        assertThat(source.state().get(Pod.class, Kinds.POD, "default", forced.label().split(" ")[1])).isPresent();
        assertThat(source.now()).isEqualTo(story.timeOf((int) forced.index()));
        source.show((int) forced.index() + 1);
        assertThat(source.now()).isEqualTo(forced.time());
        assertThat(source.state().get(Pod.class, Kinds.POD, "default", forced.label().split(" ")[1])).isEmpty();
    }

    @Test
    void everyActionIsRefused() {
        ClusterActions actions = source().actions();
        for (ClusterActions.Verb verb : ClusterActions.Verb.values()) {
            assertThat(actions.allowed(verb)).as(verb.name()).isFalse();
        }
        assertThatThrownBy(() -> actions.scale("default", "kubia", 3)).isInstanceOf(ActionException.class)
                .hasMessage("a recording cannot be changed");
        assertThatThrownBy(() -> actions.forceDeletePod("default", "kubia-0")).hasMessage("a recording cannot be changed");
        assertThatThrownBy(() -> actions.disconnectNode("minikube")).hasMessage("a recording cannot be changed");
    }

    @Test
    void theStatusLineNamesTheRecordingAndWhereThePlayheadIs() {
        RecordingSource source = source();
        long total = Duration.between(story.startTime(), story.endTime()).getSeconds();
        String end = String.format("%02d:%02d:%02d", total / 3600, total / 60 % 60, total % 60);
        assertThat(source.describeStatus()).isEqualTo("recording story.stsrec t=" + end + " / " + end);
        int moment = story.momentAt(story.startTime().plusSeconds(190));
        source.show(moment);
        long t = Duration.between(story.startTime(), story.timeOf(moment)).getSeconds();
        assertThat(t).isBetween(60L, 190L);
        assertThat(source.describeStatus()).startsWith(String.format("recording story.stsrec t=00:%02d:%02d / ", t / 60, t % 60));
    }

    @Test
    void playMovesThroughTheTimelineAtItsSpeedAndStopsAtTheEnd() {
        RecordingSource source = source();
        Timeline.Playback play = source.playback();
        assertThat(play.isPlaying()).isFalse();
        play.play(); // at the end: plays from the start
        assertThat(source.shownMoment()).isEqualTo(story.start());
        play.setSpeed(20);
        assertThat(play.speed()).isEqualTo(20);
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        source.tick();
        Instant expected = story.startTime().plusSeconds(60);
        assertThat(source.shownMoment()).isEqualTo(story.momentAt(expected));
        assertThat(source.describeStatus()).endsWith(" playing x20");
        assertThat(source.now()).as("between changes, now is the playhead's time").isEqualTo(expected);

        play.pause();
        nanos.addAndGet(Duration.ofSeconds(3).toNanos());
        source.tick();
        assertThat(source.shownMoment()).as("paused: nothing moves").isEqualTo(story.momentAt(expected));

        play.play();
        play.setSpeed(1000); // clamped to 100
        assertThat(play.speed()).isEqualTo(100);
        for (int i = 0; i < 20 && play.isPlaying(); i++) {
            nanos.addAndGet(Duration.ofSeconds(10).toNanos());
            source.tick();
        }
        assertThat(play.isPlaying()).as("stopped at the end").isFalse();
        assertThat(source.shownMoment()).isEqualTo(story.end());
    }

    @Test
    void aTimeBetweenChangesShowsTheMomentBeforeItWithThatTimeAsNow() {
        RecordingSource source = source();
        Instant time = story.startTime().plusSeconds(190);
        source.showTime(time);
        assertThat(source.shownMoment()).isEqualTo(story.momentAt(time));
        assertThat(source.now()).isEqualTo(time);
        assertThat(source.describeStatus()).startsWith("recording story.stsrec t=00:03:10 / ");
    }

    @Test
    void playContinuesFromWhereTheWindowMovedThePlayhead() {
        RecordingSource source = source();
        int middle = story.momentAt(story.startTime().plusSeconds(300));
        source.show(middle);
        source.playback().play();
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        source.tick();
        assertThat(source.shownMoment()).isEqualTo(story.momentAt(story.timeOf(middle).plusSeconds(10)));
    }
}
