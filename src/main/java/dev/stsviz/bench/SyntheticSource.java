package dev.stsviz.bench;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A state the bench writes, shown as a window shows a live cluster: the bench is the informer, and moves the
 * clock itself. Actions are refused (the bench never clicks).
 */
public final class SyntheticSource implements ClusterSource {
    private final ClusterState state;
    private final String status;
    private volatile Instant now;

    public SyntheticSource(ClusterState state, Instant now, String status) {
        this.state = state;
        this.now = now;
        this.status = status;
    }

    /** Moves the clock on (the bench's thread, as an informer's would; the window reads it once per pulse). */
    public void tick(Duration by) {
        now = now.plus(by);
    }

    @Override
    public void start() {
    }

    @Override
    public void close() {
    }

    @Override
    public ClusterState state() {
        return state;
    }

    @Override
    public ClusterActions actions() {
        return REFUSED;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public String describeStatus() {
        return status;
    }

    private static final ClusterActions REFUSED = new ClusterActions() {
        private void refuse() {
            throw new ActionException("synthetic cluster: actions are not simulated");
        }

        @Override
        public void scale(String namespace, String statefulSet, int replicas) {
            refuse();
        }

        @Override
        public void deletePod(String namespace, String pod) {
            refuse();
        }

        @Override
        public void forceDeletePod(String namespace, String pod) {
            refuse();
        }

        @Override
        public void cordon(String node) {
            refuse();
        }

        @Override
        public void uncordon(String node) {
            refuse();
        }

        @Override
        public void disconnectNode(String node) {
            refuse();
        }

        @Override
        public void reconnectNode(String node) {
            refuse();
        }

        @Override
        public List<String> apply(List<HasMetadata> objects) {
            refuse();
            return List.of();
        }
    };
}
