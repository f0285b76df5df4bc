package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How long a lost node's waits last: since when its kubelet is silent, when the node lifecycle controller marks it
 * NotReady, when its pods are evicted. Instants, so the diagram keeps one per column and counts down at draw time.
 * On the simulator they are its controllers' timers; on a live cluster they are estimated from the Lease's
 * renewTime (or, once the node is NotReady, the Ready condition's lastHeartbeatTime: a kubelet posts its status only
 * every 5 minutes when nothing changes, so that time says nothing while the node is Ready), the NoExecute taint's
 * timeAdded plus the pods' tolerationSeconds, and the default controller settings.
 *
 * @param lastHeartbeat the kubelet's last heartbeat, or null when unknown
 * @param silentFrom    from when the kubelet counts as silent, or null
 * @param notReadyAt    when the node will be marked NotReady, or null
 * @param evictionAt    when its first pod will be evicted, or null
 * @param about         "~" when estimated
 */
public record NodeClock(Instant lastHeartbeat, Instant silentFrom, Instant notReadyAt, Instant evictionAt, String about) {
    /** A cut cable: the kubelet reaches nothing. A glyph and words, never colour alone. */
    public static final String SILENT = "⚡✂";

    /** The clock of {@code node}, or null when nothing waits on it. {@code pods}: the pods bound to it. */
    public static NodeClock of(Node node, Collection<PodClock> pods, Lease lease, ControllerClocks clocks, ControllerTimers timers) {
        if (clocks.exact()) {
            ControllerTimers.NodeTimer t = timers.node(node.getMetadata().getName());
            return t == null ? null : new NodeClock(t.lastHeartbeat(), t.silent() ? Instant.MIN : null, t.notReadyAt(), t.evictionAt(), "");
        }
        NodeCondition ready = readyCondition(node);
        String status = ready == null ? "Unknown" : ready.getStatus();
        Instant renewed = lease == null || lease.getSpec() == null || lease.getSpec().getRenewTime() == null ? null
                : lease.getSpec().getRenewTime().toInstant();
        Instant heartbeat = renewed != null ? renewed
                : "True".equals(status) || ready == null ? null : Timestamps.parse(ready.getLastHeartbeatTime());
        Instant silentFrom = "Unknown".equals(status) ? Instant.MIN
                // two missed renewals: one late renewal is no news
                : renewed != null ? renewed.plus(clocks.leaseRenewInterval().multipliedBy(2)) : null;
        Instant notReadyAt = "True".equals(status) && renewed != null ? renewed.plus(clocks.nodeMonitorGracePeriod()) : null;
        Instant evictionAt = "True".equals(status) ? null : estimatedEviction(node, ready, heartbeat, pods, clocks);
        if (heartbeat == null && silentFrom == null && notReadyAt == null && evictionAt == null) {
            return null;
        }
        return new NodeClock(heartbeat, silentFrom, notReadyAt, evictionAt, "~");
    }

    /** Modern: the NoExecute taint's timeAdded + the shortest toleration; book: pod-eviction-timeout after the last heartbeat. */
    private static Instant estimatedEviction(Node node, NodeCondition ready, Instant heartbeat, Collection<PodClock> pods,
                                             ControllerClocks clocks) {
        if (clocks.taintBasedEviction()) {
            Instant first = null;
            for (Taint taint : node.getSpec() == null ? List.<Taint>of() : node.getSpec().getTaints()) {
                Instant added = Timestamps.parse(taint.getTimeAdded());
                if (!"NoExecute".equals(taint.getEffect()) || added == null
                        || !(PodClock.UNREACHABLE.equals(taint.getKey()) || PodClock.NOT_READY.equals(taint.getKey()))) {
                    continue;
                }
                for (PodClock pod : pods) {
                    long seconds = pod.toleration(taint.getKey());
                    if (!pod.terminating() && seconds != Long.MAX_VALUE) {
                        Instant at = added.plusSeconds(seconds);
                        first = first == null || at.isBefore(first) ? at : first;
                    }
                }
            }
            return first;
        }
        // processNoTaintBaseEviction: from the last heartbeat (Unknown), or from the Ready transition (False)
        Instant since = ready != null && "False".equals(ready.getStatus()) ? Timestamps.parse(ready.getLastTransitionTime()) : heartbeat;
        boolean waiting = pods.stream().anyMatch(p -> !p.terminating());
        return since == null || !waiting ? null : since.plus(clocks.podEvictionTimeout());
    }

    private static NodeCondition readyCondition(Node node) {
        if (node.getStatus() == null) {
            return null;
        }
        return node.getStatus().getConditions().stream().filter(c -> "Ready".equals(c.getType())).findFirst().orElse(null);
    }

    public boolean silent(Instant now) {
        return silentFrom != null && !now.isBefore(silentFrom);
    }

    /**
     * What the node's column says at {@code now}, one line each: "⚡✂ kubelet silent, last heartbeat 12 s ago",
     * "NotReady in 28 s", "evicted in 4:31". Empty when nothing waits.
     */
    public List<String> lines(Instant now) {
        List<String> lines = new ArrayList<>(3);
        if (silent(now)) {
            lines.add(SILENT + " kubelet silent" + (lastHeartbeat == null ? ""
                    : ", last heartbeat " + Countdown.since(lastHeartbeat, now, about) + " ago"));
            if (notReadyAt != null && now.isBefore(notReadyAt)) {
                lines.add("NotReady in " + Countdown.until(now, notReadyAt, about));
            }
        }
        if (evictionAt != null) {
            lines.add(now.isBefore(evictionAt) ? "evicted in " + Countdown.until(now, evictionAt, about) : "eviction due");
        }
        return lines;
    }
}
