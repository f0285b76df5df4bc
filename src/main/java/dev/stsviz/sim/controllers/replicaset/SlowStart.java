package dev.stsviz.sim.controllers.replicaset;

import java.util.function.Supplier;

/**
 * {@code slowStartBatch} of {@code replica_set.go}: calls {@code fn} up to {@code count} times in batches of 1, 2, 4...
 * ({@code controller.SlowStartInitialBatchSize} is 1). Every call of a batch is made (upstream runs them concurrently);
 * after a batch with a failure the remaining batches are skipped, so a quota or an admission error costs a few
 * requests and events rather than hundreds.
 */
final class SlowStart {
    static final int INITIAL_BATCH_SIZE = 1;

    /** The number of successful calls and the first error, or null. */
    record Outcome(int successes, String error) {
    }

    /** {@code fn} returns null on success, else the error. */
    static Outcome batch(int count, int initialBatchSize, Supplier<String> fn) {
        int remaining = count;
        int successes = 0;
        for (int batchSize = Math.min(remaining, initialBatchSize); batchSize > 0; batchSize = Math.min(2 * batchSize, remaining)) {
            String firstError = null;
            int failures = 0;
            for (int i = 0; i < batchSize; i++) {
                String error = fn.get();
                if (error != null) {
                    failures++;
                    firstError = firstError == null ? error : firstError;
                }
            }
            successes += batchSize - failures;
            if (firstError != null) {
                return new Outcome(successes, firstError);
            }
            remaining -= batchSize;
        }
        return new Outcome(successes, null);
    }

    private SlowStart() {
    }
}
