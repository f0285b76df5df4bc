package dev.stsviz.sim.controllers.replicaset;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SlowStartAndNamesTest {
    @Test
    void batchesDoubleAndStopAfterTheBatchWithAFailure() {
        AtomicInteger calls = new AtomicInteger();
        // calls 1 | 2 3 | 4 5 6 7 | 8 ...: the 5th fails, so its batch finishes and nothing after it runs
        SlowStart.Outcome outcome = SlowStart.batch(10, SlowStart.INITIAL_BATCH_SIZE,
                () -> calls.incrementAndGet() == 5 ? "quota exceeded" : null);
        assertThat(calls.get()).isEqualTo(7);
        assertThat(outcome).isEqualTo(new SlowStart.Outcome(6, "quota exceeded"));
        calls.set(0);
        assertThat(SlowStart.batch(10, 1, () -> { calls.incrementAndGet(); return null; })).isEqualTo(new SlowStart.Outcome(10, null));
        assertThat(calls.get()).isEqualTo(10); // 1 + 2 + 4 + 3
    }

    @Test
    void generatedNamesAreFiveCharactersOfTheAlphabetAfterTheBase() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            assertThat(GeneratedNames.generate("kubia-rs-", random)).matches("kubia-rs-[bcdfghjklmnpqrstvwxz2456789]{5}");
        }
        assertThat(GeneratedNames.generate("x".repeat(70), random)).hasSize(63).startsWith("x".repeat(58));
        assertThat(GeneratedNames.generate("kubia-rs-", new Random(7))).isEqualTo(GeneratedNames.generate("kubia-rs-", new Random(7)));
    }
}
