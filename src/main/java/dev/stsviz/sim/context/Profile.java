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
            EnumSet.of(Capability.STATEFUL_SET_MIN_READY_SECONDS)),
    /**
     * Kubernetes 1.24 as it ships (and as a kube-controller-manager of that version runs without flags): taint-based
     * eviction on, minReadySeconds on, nothing newer. What a real 1.24 control plane does, to compare the simulator with.
     */
    V1_24("v1.24", "v1.24.10",
            "Kubernetes 1.24 with its defaults: taint-based eviction (pods on a lost node print Terminating), no newer features.",
            EnumSet.of(Capability.TAINT_BASED_EVICTION, Capability.STATEFUL_SET_MIN_READY_SECONDS));

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
        MOUNT_TIMEOUT_WITHOUT_EVENT,
        /**
         * StatefulSet {@code spec.minReadySeconds} and {@code status.availableReplicas} (StatefulSetMinReadySeconds, beta
         * and on in 1.23, GA in 1.25). Off, the API server drops the field, so available equals ready.
         */
        STATEFUL_SET_MIN_READY_SECONDS,
        /**
         * StatefulSet {@code spec.persistentVolumeClaimRetentionPolicy} (StatefulSetAutoDeletePVC, alpha in 1.23, beta
         * and on in 1.27). Off, the API server drops the field and does not default it, and the controller never
         * touches its claims' owner references.
         */
        STATEFUL_SET_AUTO_DELETE_PVC,
        /**
         * StatefulSet {@code spec.ordinals.start} (StatefulSetStartOrdinal, alpha in 1.26, beta and on in 1.27). Off,
         * the API server drops the field, so the first pod is ordinal 0.
         */
        STATEFUL_SET_START_ORDINAL,
        /**
         * The kubelet ends a deleted pod's phase once its containers stopped (Succeeded or Failed, kubectl prints
         * Completed or Error for the moment before it is gone; PR 115331, 1.27); before, a pod with restartPolicy Always
         * stayed Running and printed Terminating to the end.
         */
        TERMINAL_PHASE_FOR_DELETED_PODS,
        /**
         * A StatefulSet sync's status recounts the pods as they were before its own writes (updateStatus over replicas
         * and condemned, PR 117865, 1.28): a pod it just created is counted by the next sync, so status.replicas lags
         * for a moment (kubernetes issue 120732); before, the sync added each pod it created to the status it wrote.
         */
        STATEFUL_SET_STATUS_RECOUNT
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

    /** The profiles' ids as a user types them: "modern, book or v1.24". */
    public static String ids() {
        Profile[] all = values();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < all.length; i++) {
            text.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].id);
        }
        return text.toString();
    }

    public static Profile parse(String id) {
        for (Profile p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile \"" + id + "\" (expected " + ids() + ")");
    }
}
