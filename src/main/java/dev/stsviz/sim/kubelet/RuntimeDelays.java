package dev.stsviz.sim.kubelet;

import dev.stsviz.sim.context.Images;
import dev.stsviz.sim.context.RuntimeModel;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.context.Timings;

/**
 * One node's {@link RuntimeModel} in time: when its kubelet sees a pod, how long containers take to start and to stop,
 * and when the status can show it (at the pod lifecycle event generator's next relist, for a model that has one).
 */
final class RuntimeDelays {
    private final RuntimeModel model;
    private final Timings timings;
    /** Where in its period this node's relist runs: the kubelets of a cluster started at different moments. */
    private final long relistPhase;

    RuntimeDelays(SimContext ctx, String nodeName) {
        this.model = ctx.runtime();
        this.timings = ctx.timings();
        long period = model.relistPeriod();
        // a stream of its own, drawn only when used: the other models' runs stay as they were
        this.relistPhase = period == 0 ? 0 : ctx.engine().random().stream("pleg." + nodeName).nextInt((int) period);
    }

    /** From a change of a pod bound here to the kubelet's sync of it. */
    long podSeen() {
        return model.podSeenDelay(timings);
    }

    /** Image pull and container start. */
    long containerStart() {
        return model.containerStartDelay(timings);
    }

    /** Whether stopping the pod's running container ends with SIGKILL (an image that ignores SIGTERM). */
    boolean sigkill(String image) {
        return model.stopTakesTime() && Images.ignoresSigterm(image);
    }

    /** How long a running container takes to exit after SIGTERM, within the grace period. */
    long exit(long graceMillis, boolean sigkill) {
        if (!model.stopTakesTime()) {
            return 0;
        }
        return sigkill ? graceMillis : Math.min(graceMillis, timings.sigtermExitDelay);
    }

    /** From {@code atMillis} (virtual time) to the status showing what the runtime did then: the next relist, or 0. */
    long untilReported(long atMillis) {
        long period = model.relistPeriod();
        if (period == 0) {
            return 0;
        }
        return period - Math.floorMod(atMillis - relistPhase, period);
    }
}
