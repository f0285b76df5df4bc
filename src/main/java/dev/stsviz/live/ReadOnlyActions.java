package dev.stsviz.live;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.List;

/**
 * --read-only: every action in {@link ClusterActions} writes, so every one is refused here, before any request
 * is made. The wrapped actions are kept only so the caller can see what would have run.
 */
public final class ReadOnlyActions implements ClusterActions {
    private final ClusterActions wrapped;

    public ReadOnlyActions(ClusterActions wrapped) {
        this.wrapped = wrapped;
    }

    public ClusterActions wrapped() {
        return wrapped;
    }

    private static ActionException refuse(String verb) {
        return new ActionException("read-only mode (--read-only): " + verb + " refused");
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        throw refuse("scale");
    }

    @Override
    public void deletePod(String namespace, String pod) {
        throw refuse("delete");
    }

    @Override
    public void forceDeletePod(String namespace, String pod) {
        throw refuse("delete --force");
    }

    @Override
    public void cordon(String node) {
        throw refuse("cordon");
    }

    @Override
    public void uncordon(String node) {
        throw refuse("uncordon");
    }

    @Override
    public void disconnectNode(String node) {
        throw refuse("disconnect");
    }

    @Override
    public void reconnectNode(String node) {
        throw refuse("reconnect");
    }

    @Override
    public List<String> apply(List<HasMetadata> objects) {
        throw refuse("apply");
    }
}
