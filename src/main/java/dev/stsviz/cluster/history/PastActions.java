package dev.stsviz.cluster.history;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A source's actions, refused while the window shows the past: a change can only be made to now. A recording, all
 * past, refuses every one ({@link #none}).
 */
final class PastActions implements ClusterActions {
    static final String REFUSED = "the window shows the past: press Back to now (End) to change the cluster";
    static final String RECORDING = "a recording cannot be changed";
    private final ClusterActions now;
    private final BooleanSupplier past;
    private final String refused;

    PastActions(ClusterActions now, BooleanSupplier past) {
        this(now, past, REFUSED);
    }

    private PastActions(ClusterActions now, BooleanSupplier past, String refused) {
        this.now = now;
        this.past = past;
        this.refused = refused;
    }

    /** A recording's actions: none, there being no cluster behind it, only what was recorded. */
    static ClusterActions none() {
        return new PastActions(null, () -> true, RECORDING);
    }

    private ClusterActions current() {
        if (past.getAsBoolean()) {
            throw new ActionException(refused);
        }
        return now;
    }

    @Override
    public boolean allowed(Verb verb) {
        return !past.getAsBoolean() && now.allowed(verb);
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        current().scale(namespace, statefulSet, replicas);
    }

    @Override
    public void deletePod(String namespace, String pod) {
        current().deletePod(namespace, pod);
    }

    @Override
    public void forceDeletePod(String namespace, String pod) {
        current().forceDeletePod(namespace, pod);
    }

    @Override
    public void cordon(String node) {
        current().cordon(node);
    }

    @Override
    public void uncordon(String node) {
        current().uncordon(node);
    }

    @Override
    public void disconnectNode(String node) {
        current().disconnectNode(node);
    }

    @Override
    public void reconnectNode(String node) {
        current().reconnectNode(node);
    }

    @Override
    public List<String> apply(List<HasMetadata> objects) {
        return current().apply(objects);
    }
}
