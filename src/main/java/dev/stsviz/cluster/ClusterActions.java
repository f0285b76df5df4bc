package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.List;

/**
 * What a user can do to a cluster, whichever source is behind it. Calls may block (a live cluster is remote):
 * the view runs them on a background executor, never on the FX thread. Failures throw {@link ActionException}
 * with a message in kubectl's style.
 */
public interface ClusterActions {

    /** The actions a user may or may not be allowed to take (buttons are enabled accordingly). */
    enum Verb { SCALE, DELETE_POD, CORDON_NODE, NODE_FAULT }

    /**
     * Whether this user may take the action, as far as is known without asking (never blocks): a live cluster
     * answers from its access review, read-only mode refuses all, the simulator allows all.
     */
    default boolean allowed(Verb verb) {
        return true;
    }

    void scale(String namespace, String statefulSet, int replicas);

    /** Graceful delete with the pod's own terminationGracePeriodSeconds. */
    void deletePod(String namespace, String pod);

    /** {@code kubectl delete pod --force --grace-period 0}: gone from the API at once. */
    void forceDeletePod(String namespace, String pod);

    void cordon(String node);

    void uncordon(String node);

    /** Cuts the node off the control plane (its kubelet stops reporting; containers keep running). */
    void disconnectNode(String node);

    void reconnectNode(String node);

    /** Creates or updates the objects; returns kubectl apply's lines, e.g. {@code statefulset.apps/kubia created}. */
    List<String> apply(List<HasMetadata> objects);
}
