package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Toleration;

import java.time.Instant;
import java.util.List;

/**
 * What a pod's own object says about its clocks: when its grace period ends (deletionTimestamp is the moment the
 * kubelet kills what is left) and how long it tolerates its node being lost (its NoExecute tolerations, 300 s each by
 * default admission). A value: the diagram keeps it in the pod's view and formats it at draw time.
 *
 * @param graceEnds            deletionTimestamp, or null while the pod is not being deleted
 * @param graceSeconds         deletionGracePeriodSeconds (30 unless the delete said otherwise)
 * @param sigtermIgnoredBy     the image known to ignore SIGTERM, or null
 * @param toleratesUnreachable seconds it tolerates node.kubernetes.io/unreachable:NoExecute; {@link Long#MAX_VALUE}
 *                             forever, 0 not at all
 * @param toleratesNotReady    the same for node.kubernetes.io/not-ready:NoExecute
 * @param about                "~" when estimated
 */
public record PodClock(Instant graceEnds, long graceSeconds, String sigtermIgnoredBy, long toleratesUnreachable,
                       long toleratesNotReady, String about) {
    public static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    public static final String NOT_READY = "node.kubernetes.io/not-ready";

    public static PodClock of(Pod pod, ControllerClocks clocks) {
        var meta = pod.getMetadata();
        Instant graceEnds = Timestamps.parse(meta.getDeletionTimestamp());
        long grace = meta.getDeletionGracePeriodSeconds() != null ? meta.getDeletionGracePeriodSeconds() : 30;
        List<Toleration> tolerations = pod.getSpec() == null || pod.getSpec().getTolerations() == null ? List.of()
                : pod.getSpec().getTolerations();
        String image = pod.getSpec() == null || pod.getSpec().getContainers().isEmpty() ? null
                : pod.getSpec().getContainers().get(0).getImage();
        return new PodClock(graceEnds, grace, image != null && clocks.ignoresSigterm().test(image) ? image : null,
                tolerationSeconds(tolerations, UNREACHABLE), tolerationSeconds(tolerations, NOT_READY), clocks.about());
    }

    /** How long the pod tolerates a NoExecute taint with this key ({@code Toleration.ToleratesTaint}). */
    static long tolerationSeconds(List<Toleration> tolerations, String key) {
        long seconds = 0;
        boolean tolerated = false;
        for (Toleration t : tolerations) {
            boolean effect = t.getEffect() == null || t.getEffect().isEmpty() || "NoExecute".equals(t.getEffect());
            boolean matches = "Exists".equals(t.getOperator()) ? t.getKey() == null || t.getKey().isEmpty() || key.equals(t.getKey())
                    : key.equals(t.getKey()) && (t.getValue() == null || t.getValue().isEmpty());
            if (effect && matches) {
                long s = t.getTolerationSeconds() == null ? Long.MAX_VALUE : Math.max(0, t.getTolerationSeconds());
                seconds = tolerated ? Math.min(seconds, s) : s;
                tolerated = true;
            }
        }
        return seconds;
    }

    /** Seconds the pod tolerates the NoExecute taint {@code key} (the two a lost node gets). */
    public long toleration(String key) {
        return NOT_READY.equals(key) ? toleratesNotReady : toleratesUnreachable;
    }

    public boolean terminating() {
        return graceEnds != null;
    }

    /** "18 s left" of the grace period, or null when not terminating or the period is over. */
    public String graceLeft(Instant now) {
        String remaining = graceRemaining(now);
        return remaining == null ? null : remaining + " left";
    }

    /** The tile's clock, short enough for its status line: "18 s", or null as above. */
    public String graceRemaining(Instant now) {
        return graceEnds == null || !now.isBefore(graceEnds) ? null : Countdown.until(now, graceEnds, about);
    }

    /**
     * Why a deleted pod is still there, for the why-line: "luksa/kubia ignores SIGTERM, the kubelet waits out the 30 s
     * grace period (18 s left)"; null when not terminating or the grace period is over.
     */
    public String whyTerminating(Instant now) {
        String left = graceLeft(now);
        if (left == null) {
            return null;
        }
        String period = "the " + graceSeconds + " s grace period (" + left + ")";
        return sigtermIgnoredBy != null ? sigtermIgnoredBy + " ignores SIGTERM, the kubelet waits out " + period
                : "SIGTERM sent, the kubelet kills what still runs at the end of " + period;
    }
}
