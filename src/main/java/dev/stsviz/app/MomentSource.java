package dev.stsviz.app;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.HistoryCursor;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A read-only source showing one moment of a history at a time: what an export draws frame by frame. Its clock is the
 * time shown (so ages and the events list read as they did then); every action is refused.
 */
final class MomentSource implements ClusterSource {
    static final String READ_ONLY = "an export shows a recording: nothing can be changed";
    private final HistoryCursor cursor;
    private volatile Instant shown;

    MomentSource(History history) {
        this.cursor = new HistoryCursor(history);
        this.shown = history.startTime();
        cursor.moveTo(history.start());
    }

    /** Shows the state as it was at {@code time}: every change up to and including it. */
    void showAt(Instant time) {
        cursor.moveTo(cursor.history().momentAt(time));
        shown = time;
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }

    @Override
    public ClusterState state() {
        return cursor.state();
    }

    @Override
    public ClusterActions actions() {
        return Refused.ACTIONS;
    }

    @Override
    public Instant now() {
        return shown;
    }

    /** "recording t=00:06:14": the time shown, counted from the recording's start. */
    @Override
    public String describeStatus() {
        long s = Math.max(0, Duration.between(cursor.history().startTime(), shown).toSeconds());
        return String.format("recording t=%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** Actions on a recording: none allowed. */
    private enum Refused implements ClusterActions {
        ACTIONS;

        @Override
        public boolean allowed(Verb verb) {
            return false;
        }

        @Override
        public void scale(String namespace, String statefulSet, int replicas) {
            throw new ActionException(READ_ONLY);
        }

        @Override
        public void deletePod(String namespace, String pod) {
            throw new ActionException(READ_ONLY);
        }

        @Override
        public void forceDeletePod(String namespace, String pod) {
            throw new ActionException(READ_ONLY);
        }

        @Override
        public void cordon(String node) {
            throw new ActionException(READ_ONLY);
        }

        @Override
        public void uncordon(String node) {
            throw new ActionException(READ_ONLY);
        }

        @Override
        public void disconnectNode(String node) {
            throw new ActionException(READ_ONLY);
        }

        @Override
        public void reconnectNode(String node) {
            throw new ActionException(READ_ONLY);
        }

        @Override
        public List<String> apply(List<HasMetadata> objects) {
            throw new ActionException(READ_ONLY);
        }
    }
}
