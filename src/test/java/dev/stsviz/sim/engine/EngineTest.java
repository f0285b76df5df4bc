package dev.stsviz.sim.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's order (time, then priority, then scheduling order), cancellation, and its clock. */
class EngineTest {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private final Engine engine = new Engine(EPOCH, 1);
    private final List<String> ran = new ArrayList<>();

    private ScheduledEvent at(long time, int priority, String label) {
        return engine.scheduleAt(time, priority, label, () -> ran.add(label + "@" + engine.nowMillis()));
    }

    private void runAll() {
        while (engine.step()) {
            // every pending event
        }
    }

    @Test
    void sameTimeRunsByPriorityThenInSchedulingOrder() {
        at(100, Priority.SCHEDULER, "scheduler-1");
        at(100, Priority.STATEFULSET, "statefulset");
        at(100, Priority.API, "api-1");
        at(100, Priority.SCHEDULER, "scheduler-2");
        at(100, Priority.API, "api-2");
        at(50, Priority.GC, "gc-earlier");
        engine.schedule(100, Priority.KUBELET, "kubelet-by-delay", () -> ran.add("kubelet-by-delay@" + engine.nowMillis()));

        runAll();

        assertThat(ran).containsExactly("gc-earlier@50", "api-1@100", "api-2@100", "kubelet-by-delay@100",
                "scheduler-1@100", "scheduler-2@100", "statefulset@100");
        assertThat(engine.eventsRun()).isEqualTo(7);
    }

    @Test
    void anEventScheduledForNowFromAnEventRunsInTheSameMillisecondInItsPriorityPlace() {
        at(100, Priority.SCHEDULER, "scheduler");
        engine.scheduleAt(100, Priority.API, "api", () -> {
            ran.add("api@" + engine.nowMillis());
            at(engine.nowMillis(), Priority.API, "api-from-api");
            at(engine.nowMillis(), Priority.GC, "gc-from-api");
        });

        runAll();

        assertThat(ran).containsExactly("api@100", "api-from-api@100", "scheduler@100", "gc-from-api@100");
    }

    @Test
    void aCancelledEventNeverRuns() {
        at(10, Priority.API, "a");
        ScheduledEvent b = at(20, Priority.API, "b");
        at(30, Priority.API, "c");
        ScheduledEvent sameTime = at(30, Priority.API, "same-time");

        b.cancel();
        sameTime.cancel();
        sameTime.cancel(); // twice: still just cancelled

        assertThat(b.isCancelled()).isTrue();
        runAll();
        assertThat(ran).containsExactly("a@10", "c@30");
        assertThat(engine.eventsRun()).isEqualTo(2);
        assertThat(engine.nowMillis()).isEqualTo(30);
    }

    @Test
    void aCancelledHeadIsSkippedByNextEventTimeAndStep() {
        ScheduledEvent first = at(10, Priority.API, "first");
        at(40, Priority.API, "second");
        first.cancel();

        assertThat(engine.nextEventTime()).isEqualTo(40);
        assertThat(engine.step()).isTrue();
        assertThat(ran).containsExactly("second@40");
        assertThat(engine.nextEventTime()).isEqualTo(-1);
        assertThat(engine.step()).isFalse();
    }

    @Test
    void cancellingAnEventThatAlreadyRanChangesNothing() {
        ScheduledEvent once = at(10, Priority.API, "once");
        at(20, Priority.API, "later");
        assertThat(engine.step()).isTrue();

        once.cancel();
        once.cancel();

        runAll();
        assertThat(ran).containsExactly("once@10", "later@20");
        assertThat(engine.eventsRun()).isEqualTo(2);
    }

    @Test
    void theClockIsAtEachEventsTimeWhileItRunsAndNeverGoesBack() {
        List<Long> clockSeenByObserver = new ArrayList<>();
        engine.addObserver(e -> clockSeenByObserver.add(engine.nowMillis() - e.timeMillis()));
        at(300, Priority.API, "c");
        at(100, Priority.API, "a");
        at(200, Priority.API, "b");

        engine.runUntil(250);
        assertThat(ran).containsExactly("a@100", "b@200");
        assertThat(engine.nowMillis()).isEqualTo(250); // runUntil leaves the clock at its bound
        assertThat(engine.now()).isEqualTo(EPOCH.plusMillis(250));

        engine.runUntil(100); // a bound in the past does not move the clock back
        assertThat(engine.nowMillis()).isEqualTo(250);

        at(50, Priority.API, "in-the-past"); // clamped to now
        engine.schedule(-5, Priority.API, "negative-delay", () -> ran.add("negative-delay@" + engine.nowMillis()));
        runAll();

        assertThat(ran).containsExactly("a@100", "b@200", "in-the-past@250", "negative-delay@250", "c@300");
        assertThat(clockSeenByObserver).containsOnly(0L).hasSize(5);
        assertThat(engine.nowMillis()).isEqualTo(300);
    }

    @Test
    void theVirtualClockRefusesToGoBack() {
        VirtualClock clock = new VirtualClock(EPOCH);
        clock.advanceTo(500);
        clock.advanceTo(500);

        assertThatThrownBy(() -> clock.advanceTo(499)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("499 < 500");
        assertThat(clock.millis()).isEqualTo(500);
        assertThat(clock.now()).isEqualTo(EPOCH.plusMillis(500));
    }

    @Test
    void runUntilAConditionChecksBeforeEachEventAndStopsAtTheLimit() {
        at(100, Priority.API, "a");
        at(200, Priority.API, "b");
        at(5_000, Priority.API, "too-late");

        assertThat(engine.runUntil(() -> ran.size() == 1, 1_000)).isTrue();
        assertThat(ran).containsExactly("a@100");
        assertThat(engine.nowMillis()).isEqualTo(100); // "b" has not run: the condition held first

        assertThat(engine.runUntil(() -> ran.size() == 3, 1_000)).isFalse();
        assertThat(ran).containsExactly("a@100", "b@200");
        assertThat(engine.nowMillis()).isEqualTo(1_100); // at the limit, not at the next event
    }
}
