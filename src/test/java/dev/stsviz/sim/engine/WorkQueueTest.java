package dev.stsviz.sim.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A controller's work queue: one pending sync per key, at the earliest time asked for. */
class WorkQueueTest {
    private static final long LATENCY = 1_000;
    private final Engine engine = new Engine(Instant.parse("2026-01-01T00:00:00Z"), 1);
    private final List<String> synced = new ArrayList<>();
    private final WorkQueue queue = new WorkQueue(engine, Priority.STATEFULSET, "sts", LATENCY,
            key -> synced.add(key + "@" + engine.nowMillis()));

    @Test
    void aKeyAddedAgainKeepsItsEarlierTime() {
        queue.add("kubia"); // due at 1000
        engine.runUntil(600);
        queue.add("kubia"); // would be 1600: must not delay the pending sync

        engine.runUntil(5_000);

        assertThat(synced).containsExactly("kubia@1000");
    }

    @Test
    void anEarlierAddMovesThePendingSyncForward() {
        queue.add("kubia"); // due at 1000
        queue.addAfter("kubia", 100);

        engine.runUntil(5_000);

        assertThat(synced).containsExactly("kubia@100"); // once: the later one was dropped
    }

    @Test
    void keysAreDeduplicatedWhilePending() {
        queue.add("a");
        queue.add("b");
        queue.add("a");
        queue.addAfter("a", LATENCY);
        assertThat(queue.isPending("a")).isTrue();
        assertThat(queue.isPending("c")).isFalse();

        engine.runUntil(5_000);

        // same time, so in the order the keys were first added
        assertThat(synced).containsExactly("a@1000", "b@1000");
        assertThat(queue.isPending("a")).isFalse();
        assertThat(engine.eventsRun()).isEqualTo(2);
    }

    @Test
    void aKeyAddedAfterItsSyncRanIsSyncedAgain() {
        queue.add("kubia");
        engine.runUntil(1_500);
        queue.add("kubia");

        engine.runUntil(5_000);

        assertThat(synced).containsExactly("kubia@1000", "kubia@2500");
    }

    @Test
    void aKeyAddedDuringItsOwnSyncIsSyncedAgainLater() {
        List<String> log = new ArrayList<>();
        WorkQueue[] self = new WorkQueue[1];
        self[0] = new WorkQueue(engine, Priority.STATEFULSET, "sts", LATENCY, key -> {
            log.add(key + "@" + engine.nowMillis());
            if (log.size() == 1) {
                self[0].add(key); // the sync saw something to follow up on
            }
        });
        self[0].add("kubia");

        engine.runUntil(5_000);

        assertThat(log).containsExactly("kubia@1000", "kubia@2000");
    }
}
