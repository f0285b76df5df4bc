package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.KubiaFixtures.NOW;
import static dev.stsviz.cluster.describe.KubiaFixtures.ago;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsSectionTest {

    static EventBuilder event(String reason) {
        return new EventBuilder().withType("Normal").withReason(reason).withMessage(reason)
                .withNewSource().withComponent("kubelet").endSource();
    }

    @Test
    void singleEventsShowTheAgeOfTheirFirstOccurrence() {
        Event e = event("Pulled").withFirstTimestamp(ago(Duration.ofMinutes(3))).withLastTimestamp(ago(Duration.ofMinutes(1)))
                .withCount(1).build();
        assertThat(EventsSection.age(e, NOW)).isEqualTo("3m");
    }

    @Test
    void repeatedEventsShowLastCountAndFirst() {
        Event e = event("BackOff").withFirstTimestamp(ago(Duration.ofMinutes(12))).withLastTimestamp(ago(Duration.ofSeconds(30)))
                .withCount(7).build();
        assertThat(EventsSection.age(e, NOW)).isEqualTo("30s (x7 over 12m)");
    }

    @Test
    void seriesUseEventTimeAndLastObservedTime() {
        Event e = event("FailedScheduling").withNewEventTime(ago(Duration.ofHours(4))).withNewSeries().withCount(12)
                .withNewLastObservedTime(ago(Duration.ofMinutes(4))).endSeries().build();
        assertThat(EventsSection.age(e, NOW)).isEqualTo("4m (x12 over 4h)");
        assertThat(EventsSection.age(event("X").build(), NOW)).isEqualTo("<unknown>");
    }

    @Test
    void fromFallsBackToTheReportingController() {
        Event e = event("Scheduled").withSource(null).withReportingComponent("default-scheduler").build();
        assertThat(EventsSection.from(e)).isEqualTo("default-scheduler");
        assertThat(EventsSection.from(event("Pulled").build())).isEqualTo("kubelet");
    }

    @Test
    void sortsOldestFirstAndTrimsMessages() {
        Event newer = event("B").withLastTimestamp(ago(Duration.ofMinutes(1))).withFirstTimestamp(ago(Duration.ofMinutes(1)))
                .withMessage("  second\n").build();
        Event older = event("A").withLastTimestamp(ago(Duration.ofMinutes(2))).withFirstTimestamp(ago(Duration.ofMinutes(2)))
                .withMessage("first").build();
        List<Event> given = new ArrayList<>(List.of(newer, older));
        PrefixWriter w = new PrefixWriter();

        EventsSection.write(w, given, NOW);

        assertThat(w.render()).isEqualTo("""
                Events:
                  Type    Reason  Age   From     Message
                  ----    ------  ----  ----     -------
                  Normal  A       2m    kubelet  first
                  Normal  B       60s   kubelet  second
                """);
        assertThat(given).containsExactly(newer, older); // the caller's list is left alone
    }
}
