package dev.stsviz.live;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for informers without Awaitility: polls a condition until a deadline. */
final class Poll {
    private Poll() {
    }

    static void until(Duration timeout, BooleanSupplier condition, Supplier<String> whatWeSaw) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + whatWeSaw.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    static void until(BooleanSupplier condition, Supplier<String> whatWeSaw) {
        // the mock server sometimes lets a first list time out under load; the informer retries, so allow for one retry
        until(Duration.ofSeconds(30), condition, whatWeSaw);
    }
}
