package dev.stsviz.live;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Queues changes from the informer threads and applies them to the state from one thread every period, so a
 * burst (an initial list of hundreds of objects, a rollout) is one revision and the state keeps its single writer.
 */
final class ChangeBatcher implements AutoCloseable {
    private final ClusterState state;
    private final long periodMillis;
    private final ConcurrentLinkedQueue<ClusterChange> queue = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-state");
        t.setDaemon(true);
        return t;
    });

    ChangeBatcher(ClusterState state, long periodMillis) {
        this.state = state;
        this.periodMillis = periodMillis;
    }

    void start() {
        thread.scheduleWithFixedDelay(this::flush, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    void offer(ClusterChange change) {
        queue.add(change);
    }

    /** Runs on the batcher's own thread only (scheduled, or by {@link #close()} after it stopped). */
    private void flush() {
        List<ClusterChange> batch = new ArrayList<>();
        for (ClusterChange change; (change = queue.poll()) != null; ) {
            batch.add(change);
        }
        if (!batch.isEmpty()) {
            state.applyAll(batch);
        }
    }

    /** Applies what is queued, then stops. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (thread.awaitTermination(2, TimeUnit.SECONDS)) {
                flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
