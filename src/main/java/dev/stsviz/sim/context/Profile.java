package dev.stsviz.sim.context;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which Kubernetes the simulator imitates. A profile is a version plus the {@link Capability capabilities} that
 * version has, the way upstream switches behaviour with feature gates: components ask {@code profile.has(...)} for a
 * named behaviour and never compare profiles, so a new profile is one constant here.
 */
public enum Profile {
    /**
     * Kubernetes 1.31: taint-based eviction. The node gets node.kubernetes.io/unreachable NoSchedule and NoExecute
     * taints; its pods tolerate NoExecute for 300 s, then are deleted and print Terminating.
     */
    MODERN("modern", "v1.31.0",
            "Kubernetes 1.27+: taint-based eviction; pods on a lost node print Terminating 300 s after it goes NotReady.",
            EnumSet.allOf(Capability.class)),
    /**
     * The chapter's Kubernetes (1.24, the taint manager off, as clusters of the book's time ran): pod-eviction-timeout
     * (5 min from the node's last heartbeat), then the node controller sets reason NodeLost and deletes the pod, which
     * prints Unknown.
     */
    BOOK("book", "v1.24.10",
            "The book's Kubernetes (<=1.26): 5 min after the last heartbeat pods get reason NodeLost and print Unknown.",
            EnumSet.noneOf(Capability.class));

    /** A behaviour that differs between Kubernetes versions, named after the upstream change that brought it. */
    public enum Capability {
        /**
         * The node lifecycle controller taints an unreachable node NoExecute and the taint eviction controller
         * deletes pods when their toleration runs out; without it, pod-eviction-timeout marks them NodeLost
         * ({@code --enable-taint-manager=false}, removed in 1.27).
         */
        TAINT_BASED_EVICTION,
        /**
         * PodGC force-deletes terminating pods on a NotReady node with the node.kubernetes.io/out-of-service taint
         * (NodeOutOfServiceVolumeDetach, GA in 1.28).
         */
        NON_GRACEFUL_NODE_SHUTDOWN,
        /** The scheduler reports a PreFilter rejection once instead of counting it per node (FitError, 1.25). */
        PRE_FILTER_REJECTION_ONCE,
        /** StatefulSet pods carry the apps.kubernetes.io/pod-index label (PodIndexLabel, beta in 1.28). */
        POD_INDEX_LABEL,
        /** The kubelet sets the PodReadyToStartContainers condition (beta and on by default in 1.29). */
        POD_READY_TO_START_CONTAINERS,
        /** kubectl prints the VOLUMEATTRIBUTESCLASS column for PVCs and PVs (VolumeAttributesClass, 1.29). */
        VOLUME_ATTRIBUTES_CLASS,
        /**
         * kubeadm taints a control-plane node with node-role.kubernetes.io/control-plane only; up to 1.24 it added the
         * legacy node-role.kubernetes.io/master taint too (removed in 1.25).
         */
        CONTROL_PLANE_TAINT_ONLY,
        /**
         * VolumeBinding's PreFilter narrows the candidate nodes to a bound PV's kubernetes.io/hostname values
         * (PreFilterResult, PR 109877, 1.25); as in 1.31, the nodes left out are not listed in FailedScheduling.
         */
        VOLUME_BINDING_PRE_FILTER_RESULT,
        /**
         * The PV controller's ExternalProvisioning event says "Waiting for a volume to be created either by the
         * external provisioner '...' or manually by the system administrator. ..." (PR 118262, 1.28).
         */
        EXTERNAL_PROVISIONING_WAITING_WORDING,
        /**
         * The attach/detach controller force-detaches a volume still mounted when maxWaitForUnmountDuration (6 min)
         * has passed only from a node that is not Ready (1.25); before, from any node ({@code reconciler.go}).
         */
        FORCE_DETACH_ONLY_FROM_UNHEALTHY_NODES,
        /**
         * A kubelet that times out waiting to attach and mount a pod's volumes records no FailedMount event: the wait
         * ends with a context deadline, which syncPod does not report ({@code wait.Interrupted}, 1.28); before, it
         * recorded "Unable to attach or mount volumes: ... timed out waiting for the condition".
         */
        MOUNT_TIMEOUT_WITHOUT_EVENT
    }

    private final String id;
    private final String kubeletVersion;
    private final String explanation;
    private final Set<Capability> capabilities;

    Profile(String id, String kubeletVersion, String explanation, Set<Capability> capabilities) {
        this.id = id;
        this.kubeletVersion = kubeletVersion;
        this.explanation = explanation;
        this.capabilities = capabilities;
    }

    public String id() {
        return id;
    }

    public String kubeletVersion() {
        return kubeletVersion;
    }

    /** One line a teacher can read out: how this profile differs from the other. */
    public String explanation() {
        return explanation;
    }

    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }

    public static Profile parse(String id) {
        for (Profile p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile \"" + id + "\" (expected modern or book)");
    }
}
