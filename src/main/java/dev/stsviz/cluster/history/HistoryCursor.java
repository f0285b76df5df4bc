package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ObjectKey;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link ClusterState} that shows one moment of a {@link History}. Moving it applies only what differs between
 * the two moments, as one revision, so the window's incremental readers redraw only what changed; scrubbing back
 * and forth costs what the difference costs, not the cluster's size. One writer at a time (callers synchronize on
 * the cursor); readers read {@link #state()} as they read any source's state.
 */
public final class HistoryCursor {
    private final History history;
    private final ClusterState state = new ClusterState();
    private int at;

    public HistoryCursor(History history) {
        this.history = history;
        synchronized (history) { // the history may be written meanwhile: its start and the state there read together
            this.at = history.start();
            if (at > 0) { // the oldest part was dropped: what was there before the cut is the base
                apply(history.stateAt(at));
            }
        }
    }

    public ClusterState state() {
        return state;
    }

    public History history() {
        return history;
    }

    /** The moment shown. */
    public synchronized int moment() {
        return at;
    }

    /** Shows moment {@code target} (clamped to what the history keeps). */
    public synchronized void moveTo(int target) {
        int to = Math.max(history.start(), Math.min(target, history.end()));
        if (at < history.start()) { // the moment shown was dropped from the history: start from its base
            state.clear();
            at = history.start();
            apply(history.stateAt(at));
        }
        if (to != at) {
            apply(history.delta(at, to));
            at = to;
        }
    }

    /**
     * Follows the source at now without decoding anything: {@code changes} are the batch the history just recorded,
     * ending at moment {@code end}. Falls back to {@link #moveTo} when the cursor was not at the batch's start.
     */
    public synchronized void follow(List<ClusterChange> changes, int end) {
        if (at == end - changes.size()) {
            state.applyAll(changes);
            at = end;
        } else {
            moveTo(end);
        }
    }

    /** Back to an empty state at moment 0, for a history that was cleared. */
    public synchronized void reset() {
        state.clear();
        at = 0;
    }

    private void apply(Map<ObjectKey, HasMetadata> versions) {
        List<ClusterChange> changes = new ArrayList<>(versions.size());
        versions.forEach((key, object) -> {
            if (object != null) {
                changes.add(ClusterChange.upsert(object));
            } else {
                state.get(HasMetadata.class, key.kind(), key.namespace(), key.name())
                        .ifPresent(gone -> changes.add(ClusterChange.delete(gone)));
            }
        });
        if (!changes.isEmpty()) {
            state.applyAll(changes);
        }
    }
}
