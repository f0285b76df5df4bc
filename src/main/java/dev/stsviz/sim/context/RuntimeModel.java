package dev.stsviz.sim.context;

/**
 * How a node's container runtime spends time on a pod, as the kubelet sees it ({@code --runtime kubia|instant}).
 *
 * <p>{@link #KUBIA}: the chapter's app on a real runtime: the image is pulled before the container starts
 * ({@link Timings#containerStartDelay}), and a graceful delete waits for the container to exit (kubia-pet ignores
 * SIGTERM, so the full grace period). Its delays include the kubelet's own, so the status shows each change at once.
 *
 * <p>{@link #INSTANT}: kubemark's fake runtime under the real kubelet code: no image pull, a container starts and
 * stops at once, and what remains are the kubelet's own delays. Measured on a 1.24.10 control plane with three hollow
 * nodes (the chapter's StatefulSet, {@code kubectl get pods -w} time-stamped, 13 starts and 11 deletes):
 * <ul>
 *   <li>bound to the node → ContainerCreating: 10–320 ms, most under 130 ms (the pod informer and pod worker);</li>
 *   <li>ContainerCreating → 1/1 Running: 0.44–1.25 s. The container runs at once, but the status only shows it
 *   after the pod lifecycle event generator's next relist, which runs every second ({@code pkg/kubelet/pleg/generic.go});</li>
 *   <li>delete → 0/1 Terminating: 0.10–0.78 s (the kill is immediate, the relist notices it), then the kubelet's
 *   delete with grace 0 removes the pod 0.02–0.2 s later: gone 0.3–0.95 s after the delete.</li>
 * </ul>
 * The model: the kubelet sees a pod {@link #podSeenDelay 50 ms} after its change, starts or kills its containers at
 * once, and reports the result at the node's next relist (a 1 s period, its phase drawn per node).
 */
public enum RuntimeModel {
    KUBIA("kubia", 0),
    INSTANT("instant", 1_000);

    /** How long the kubelet takes to see a pod that changed, measured with the fake runtime (see above). */
    private static final long INSTANT_POD_SEEN_DELAY = 50;

    private final String id;
    private final long relistPeriod;

    RuntimeModel(String id, long relistPeriod) {
        this.id = id;
        this.relistPeriod = relistPeriod;
    }

    public String id() {
        return id;
    }

    /** From a change of a pod bound to the node to the kubelet's sync of it. */
    public long podSeenDelay(Timings timings) {
        return this == INSTANT ? INSTANT_POD_SEEN_DELAY : timings.kubeletPodSeenDelay;
    }

    /** Image pull and container start: ContainerCreating until the container runs. */
    public long containerStartDelay(Timings timings) {
        return this == INSTANT ? 0 : timings.containerStartDelay;
    }

    /** Whether a container's stop takes the time its image takes to exit (SIGTERM, or SIGKILL at the grace period's end). */
    public boolean stopTakesTime() {
        return this != INSTANT;
    }

    /**
     * The PLEG relist period the status waits for after a container started or stopped; 0 when the model's delays
     * already include it.
     */
    public long relistPeriod() {
        return relistPeriod;
    }

    public static RuntimeModel parse(String id) {
        for (RuntimeModel m : values()) {
            if (m.id.equalsIgnoreCase(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown runtime \"" + id + "\" (expected kubia or instant)");
    }
}
