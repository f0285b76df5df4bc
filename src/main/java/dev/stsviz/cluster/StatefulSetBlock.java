package dev.stsviz.cluster;

import java.util.Objects;

/**
 * What keeps the StatefulSet controller from making progress, as one of the points where {@code updateStatefulSet},
 * processReplica and processCondemned ({@code pkg/controller/statefulset/stateful_set_control.go}) stop. The simulated
 * controller returns it from each sync and {@link WhyWaiting} derives it from API objects; {@link #line()} is the only
 * place that words it, so the same situation reads the same from both.
 *
 * @param reason        where the controller stopped
 * @param pod           the pod it names; in a Parallel summary, several, comma-separated
 * @param detail        what the reason needs besides the pod (see {@link Reason}), else null
 * @param rollingUpdate the pod is being rolled out (a RollingUpdate is under way at or above the partition), so the
 *                      line says so
 */
public record StatefulSetBlock(Reason reason, String pod, String detail, boolean rollingUpdate) {

    /** Where the controller stopped, with what {@link #detail()} holds for it. */
    public enum Reason {
        /** processReplica: a Failed or Succeeded pod is deleted, then created again. Detail: the phase. */
        POD_TERMINAL,
        /** processReplica, PodClaimIsStale: a claim of an earlier pod of that name must go first. Detail: the claim. */
        STALE_CLAIM,
        /** processReplica: CreateStatefulPod returned an error, a sync error retried with backoff. Detail: the message. */
        CREATE_FAILED,
        /** processReplica: the pod does not exist, the next sync creates it. */
        CREATING,
        /** The pod is Pending because a claim it mounts is missing or not bound. Detail: the claim. */
        CLAIM_NOT_BOUND,
        /** The pod is Pending and the scheduler said why. Detail: its PodScheduled message. */
        UNSCHEDULABLE,
        /**
         * The pod is scheduled but its disk is still attached to another node, so the kubelet cannot start it
         * (ContainerCreating; a Multi-Attach error). Detail: which disk, where, and when it will be let go.
         */
        VOLUME_HELD,
        /** processReplica, monotonic: "waiting for Pod to be Running and Ready". Detail: what the pod shows, or null. */
        WAITING_READY,
        /** processReplica, monotonic: "waiting for Pod to Terminate". */
        WAITING_TERMINATE,
        /** processReplica, monotonic: "waiting for Pod to be Available". Detail: minReadySeconds. */
        WAITING_AVAILABLE,
        /** processCondemned: "waiting for Pod to Terminate prior to scale down". */
        SCALE_DOWN_TERMINATING,
        /** A replica, or a lower condemned pod, is not Running and Ready, so nothing is deleted. */
        SCALE_DOWN_HALTED_NOT_READY,
        /** As above, not Available for minReadySeconds. Detail: minReadySeconds. */
        SCALE_DOWN_HALTED_NOT_AVAILABLE,
        /** processCondemned: "Pod of StatefulSet is terminating for scale down". */
        SCALE_DOWN_DELETING,
        /** The rolling update loop deletes the highest pod not at the update revision. */
        ROLLING_UPDATE_REPLACING,
        /** The rolling update loop: "wait for unhealthy Pods on update". */
        ROLLING_UPDATE_WAITING
    }

    public StatefulSetBlock {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pod, "pod");
    }

    public static StatefulSetBlock of(Reason reason, String pod) {
        return new StatefulSetBlock(reason, pod, null, false);
    }

    public static StatefulSetBlock of(Reason reason, String pod, String detail) {
        return new StatefulSetBlock(reason, pod, detail, false);
    }

    /** For the two reasons whose detail is minReadySeconds. */
    public static StatefulSetBlock of(Reason reason, String pod, int minReadySeconds) {
        return new StatefulSetBlock(reason, pod, Integer.toString(minReadySeconds), false);
    }

    /** This block, said to be part of the roll out when {@code rollingOut}. */
    public StatefulSetBlock rollingUpdate(boolean rollingOut) {
        return rollingOut == rollingUpdate ? this : new StatefulSetBlock(reason, pod, detail, rollingOut);
    }

    /**
     * A sync error, like a non-nil error from processReplica: the controller requeues the set with the rate limiter's
     * growing backoff instead of waiting for the next change.
     */
    public boolean error() {
        return reason == Reason.CREATE_FAILED;
    }

    /** The line shown to the user, e.g. "scaling down: waiting for kubia-2 to terminate". */
    public String line() {
        String text = switch (reason) {
            case POD_TERMINAL -> "waiting for " + pod + " (" + detail + ") to be deleted and recreated";
            case STALE_CLAIM -> "waiting for claim " + detail + " to be deleted before creating " + pod;
            case CREATE_FAILED -> "cannot create " + pod + ": " + detail;
            case CREATING -> "creating " + pod;
            case CLAIM_NOT_BOUND -> "waiting for claim " + detail + " to be bound";
            case UNSCHEDULABLE -> pod + " Pending: " + detail;
            case VOLUME_HELD -> pod + " ContainerCreating: " + detail;
            case WAITING_READY -> "waiting for " + pod + " to be Running and Ready" + (detail == null ? "" : " (" + detail + ")");
            case WAITING_TERMINATE -> "waiting for " + pod + " to terminate";
            case WAITING_AVAILABLE -> "waiting for " + pod + " to be available (minReadySeconds " + detail + ")";
            case SCALE_DOWN_TERMINATING -> "scaling down: waiting for " + pod + " to terminate";
            case SCALE_DOWN_HALTED_NOT_READY -> "scale-down halted: " + pod + " is not Running and Ready";
            case SCALE_DOWN_HALTED_NOT_AVAILABLE -> "scale-down halted: " + pod + " is not available (minReadySeconds " + detail + ")";
            case SCALE_DOWN_DELETING -> "scaling down: deleting " + pod;
            case ROLLING_UPDATE_REPLACING -> "replacing " + pod;
            case ROLLING_UPDATE_WAITING -> "waiting for " + pod + " to be Running and Ready";
        };
        boolean rolling = rollingUpdate || reason == Reason.ROLLING_UPDATE_REPLACING || reason == Reason.ROLLING_UPDATE_WAITING;
        return rolling ? "rolling update: " + text : text;
    }
}
