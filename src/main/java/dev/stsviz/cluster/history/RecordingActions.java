package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.List;

/** A recording's actions: none. There is no cluster behind it, only what was recorded. */
final class RecordingActions implements ClusterActions {
    static final String REFUSED = "a recording cannot be changed";

    private static ActionException refused() {
        return new ActionException(REFUSED);
    }

    @Override
    public boolean allowed(Verb verb) {
        return false;
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        throw refused();
    }

    @Override
    public void deletePod(String namespace, String pod) {
        throw refused();
    }

    @Override
    public void forceDeletePod(String namespace, String pod) {
        throw refused();
    }

    @Override
    public void cordon(String node) {
        throw refused();
    }

    @Override
    public void uncordon(String node) {
        throw refused();
    }

    @Override
    public void disconnectNode(String node) {
        throw refused();
    }

    @Override
    public void reconnectNode(String node) {
        throw refused();
    }

    @Override
    public List<String> apply(List<HasMetadata> objects) {
        throw refused();
    }
}
