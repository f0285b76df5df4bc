package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The node lifecycle controller ({@code pkg/controller/nodelifecycle/node_lifecycle_controller.go}).
 * Every --node-monitor-period (5 s) it refreshes each node's probe timestamp from the Ready condition's
 * heartbeat and the node Lease; a node not heard from for --node-monitor-grace-period (40 s) gets all its
 * conditions set to Unknown ("Kubelet stopped posting node status."), a NodeNotReady event, and its pods'
 * Ready condition set to False (MarkPodsNotReady). Then, by profile:
 * - modern: NoExecute taint {@code node.kubernetes.io/unreachable} (or not-ready) through a rate-limited
 *   queue; the taint eviction controller deletes pods when their tolerations run out.
 * - book: with the taint manager off, pods are evicted --pod-eviction-timeout after the last probe
 *   (processNoTaintBaseEviction): status.reason NodeLost, then a graceful delete.
 * Both: NoSchedule taints mirror the Ready condition and cordoning (doNoScheduleTaintingPass); a zone with no
 * Ready node stops evictions.
 */
public final class NodeLifecycleController {
    private static final String COMPONENT = "node-controller";
    private static final List<String> NO_SCHEDULE_KEYS = List.of(Taints.NOT_READY, Taints.UNREACHABLE, Taints.UNSCHEDULABLE);
    private static final List<String> NO_EXECUTE_KEYS = List.of(Taints.NOT_READY, Taints.UNREACHABLE);

    private static final class Health {
        long probeTimestamp;
        long readyTransitionTimestamp;
        String lastHeartbeat;
        ZonedDateTime leaseRenew;
        String readyStatus;
        boolean evicted;
    }

    private final SimContext ctx;
    private final ApiServer api;
    private final TreeMap<String, Health> health = new TreeMap<>();
    private final WorkQueue noScheduleQueue;
    private final RateLimitedNodeQueue noExecuteTainter;
    private final RateLimitedNodeQueue podEvictor;
    /** When the next monitor pass runs: the passes are the ticks every deadline of this controller falls on. */
    private long nextMonitorMillis;

    public NodeLifecycleController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.noScheduleQueue = new WorkQueue(ctx.engine(), Priority.NODE_LIFECYCLE, "noschedule-taint",
                ctx.timings().controllerLatency, this::noScheduleTaintingPass);
        double rate = ctx.timings().evictionRatePerSecond;
        this.noExecuteTainter = new RateLimitedNodeQueue(ctx.engine(), "noexecute-tainter", rate, this::applyNoExecuteTaint);
        this.podEvictor = new RateLimitedNodeQueue(ctx.engine(), "pod-evictor", rate, this::evictNow);
    }

    public void start() {
        nextMonitorMillis = ctx.engine().nowMillis() + ctx.timings().nodeMonitorPeriod;
        ctx.engine().schedule(ctx.timings().nodeMonitorPeriod, Priority.NODE_LIFECYCLE, "node-monitor", this::monitorLoop);
    }

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof Node node) {
            String name = node.getMetadata().getName();
            if (event.type() == WatchEvent.Type.DELETED) {
                health.remove(name);
                noExecuteTainter.remove(name);
                podEvictor.remove(name);
                return;
            }
            if (event.type() == WatchEvent.Type.ADDED) {
                // recorded after the callback: watchers must not write (a real recorder is asynchronous too)
                ctx.engine().schedule(0, Priority.NODE_LIFECYCLE, "registered-node " + name, () -> ctx.events().normal(node,
                        COMPONENT, "RegisteredNode", "Node " + name + " event: Registered Node " + name + " in Controller"));
            }
            noScheduleQueue.add(name);
        }
    }

    private void monitorLoop() {
        monitorNodeHealth();
        nextMonitorMillis = ctx.engine().nowMillis() + ctx.timings().nodeMonitorPeriod;
        ctx.engine().schedule(ctx.timings().nodeMonitorPeriod, Priority.NODE_LIFECYCLE, "node-monitor", this::monitorLoop);
    }

    private void monitorNodeHealth() {
        long now = ctx.engine().nowMillis();
        List<Node> nodes = api.list(Node.class, Kinds.NODE, null);
        TreeMap<String, String> currentReady = new TreeMap<>();
        for (Node node : nodes) {
            String name = node.getMetadata().getName();
            NodeCondition observed = readyCondition(node);
            String observedStatus = observed == null ? "Unknown" : observed.getStatus();
            String current = tryUpdateNodeHealth(node, observed, now);
            currentReady.put(name, current);
            if (!"True".equals(current) && "True".equals(observedStatus)) {
                Node latest = api.get(Node.class, Kinds.NODE, null, name);
                ctx.events().normal(latest, COMPONENT, "NodeNotReady", "Node " + name + " status is now: NodeNotReady");
                markPodsNotReady(name);
            }
        }
        boolean allDisrupted = !nodes.isEmpty() && currentReady.values().stream().noneMatch("True"::equals);
        double rate = allDisrupted ? 0 : ctx.timings().evictionRatePerSecond;
        noExecuteTainter.setRate(rate);
        podEvictor.setRate(rate);
        for (Node node : nodes) {
            String name = node.getMetadata().getName();
            String current = currentReady.get(name);
            if (ctx.profile().has(Capability.TAINT_BASED_EVICTION)) {
                if (allDisrupted || "True".equals(current)) {
                    markNodeAsReachable(name);
                } else if (!Taints.has(node, "False".equals(current) ? Taints.NOT_READY : Taints.UNREACHABLE, "NoExecute")) {
                    noExecuteTainter.add(name);
                }
            } else {
                processNoTaintBaseEviction(name, current, now, allDisrupted);
            }
        }
    }

    /**
     * What this controller will do to a node and when, by its own timers: whether it still counts the node Ready, the
     * pass that marks it NotReady (the first after the probe timestamp plus the grace period) and, without taint-based
     * eviction, when its pods are deleted (the first pass after pod-eviction-timeout, then the evictor's next pass).
     * A heartbeat posted since the last pass counts from the next one, where the controller will see it.
     */
    public Deadlines deadlines(String nodeName) {
        Health h = health.get(nodeName);
        if (h == null) {
            return new Deadlines(true, -1, -1);
        }
        long probe = h.probeTimestamp;
        Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
        NodeCondition observed = node == null ? null : readyCondition(node);
        Lease lease = api.get(Lease.class, Kinds.LEASE, "kube-node-lease", nodeName);
        ZonedDateTime renew = lease == null || lease.getSpec() == null ? null : lease.getSpec().getRenewTime();
        boolean unseenHeartbeat = (renew != null && (h.leaseRenew == null || renew.isAfter(h.leaseRenew)))
                || (observed != null && !Objects.equals(observed.getLastHeartbeatTime(), h.lastHeartbeat));
        if (unseenHeartbeat) {
            probe = nextMonitorMillis;
        }
        boolean ready = "True".equals(h.readyStatus);
        long notReadyAt = ready ? firstPassAfter(probe + ctx.timings().nodeMonitorGracePeriod) : -1;
        long evictionAt = -1;
        if (!ctx.profile().has(Capability.TAINT_BASED_EVICTION) && !h.evicted) {
            long since = "False".equals(h.readyStatus) ? h.readyTransitionTimestamp : probe;
            evictionAt = firstPassAfter(since + ctx.timings().podEvictionTimeout) + RateLimitedNodeQueue.PASS_PERIOD;
        }
        return new Deadlines(ready, notReadyAt, evictionAt);
    }

    /** Whether this controller still counts the node Ready: cheap, for asking every node on every tick. */
    public boolean countsReady(String nodeName) {
        Health h = health.get(nodeName);
        return h == null || "True".equals(h.readyStatus);
    }

    /** @param notReadyAt virtual millis, -1 when not pending; so is evictionAt */
    public record Deadlines(boolean ready, long notReadyAt, long evictionAt) {
    }

    /** The first monitor pass strictly after {@code millis} (a pass acts when now - probe exceeds the period). */
    private long firstPassAfter(long millis) {
        long period = ctx.timings().nodeMonitorPeriod;
        return millis < nextMonitorMillis ? nextMonitorMillis : nextMonitorMillis + ((millis - nextMonitorMillis) / period + 1) * period;
    }

    /** Updates the probe timestamp and marks the node Unknown when the grace period has passed. */
    private String tryUpdateNodeHealth(Node node, NodeCondition observed, long now) {
        String name = node.getMetadata().getName();
        Health h = health.get(name);
        String heartbeat = observed == null ? null : observed.getLastHeartbeatTime();
        String status = observed == null ? "Unknown" : observed.getStatus();
        if (h == null) {
            h = new Health();
            h.probeTimestamp = now;
            h.readyTransitionTimestamp = now;
            h.lastHeartbeat = heartbeat;
            h.readyStatus = status;
            health.put(name, h);
        } else {
            if (!Objects.equals(heartbeat, h.lastHeartbeat)) {
                h.probeTimestamp = now;
                h.lastHeartbeat = heartbeat;
            }
            if (!Objects.equals(status, h.readyStatus)) {
                h.readyTransitionTimestamp = now;
                h.readyStatus = status;
            }
        }
        Lease lease = api.get(Lease.class, Kinds.LEASE, "kube-node-lease", name);
        ZonedDateTime renew = lease == null || lease.getSpec() == null ? null : lease.getSpec().getRenewTime();
        if (renew != null && (h.leaseRenew == null || renew.isAfter(h.leaseRenew))) {
            h.leaseRenew = renew;
            h.probeTimestamp = now;
        }
        if (now - h.probeTimestamp <= ctx.timings().nodeMonitorGracePeriod) {
            return status;
        }
        boolean changed = false;
        Node copy = Copies.copy(node);
        List<NodeCondition> conditions = new ArrayList<>();
        String stamp = Timestamps.format(ctx.engine().now());
        for (NodeCondition c : copy.getStatus().getConditions()) {
            if (!"Unknown".equals(c.getStatus())) {
                c.setStatus("Unknown");
                c.setReason("NodeStatusUnknown");
                c.setMessage("Kubelet stopped posting node status.");
                c.setLastTransitionTime(stamp);
                changed = true;
            }
            conditions.add(c);
        }
        if (changed) {
            copy.getStatus().setConditions(conditions);
            api.updateOwned(copy);
            h.readyStatus = "Unknown";
            h.readyTransitionTimestamp = now;
            h.lastHeartbeat = readyCondition(copy) == null ? null : readyCondition(copy).getLastHeartbeatTime();
        }
        return "Unknown";
    }

    /** MarkPodsNotReady ({@code pkg/controller/util/node/controller_utils.go}): Ready condition False, a Warning event. */
    private void markPodsNotReady(String nodeName) {
        String stamp = Timestamps.format(ctx.engine().now());
        for (Pod pod : api.podsOnNode(nodeName)) {
            PodCondition ready = Pods.condition(pod, "Ready");
            if (ready == null || "False".equals(ready.getStatus())) {
                continue;
            }
            Pod copy = Copies.copy(pod);
            for (PodCondition c : copy.getStatus().getConditions()) {
                if ("Ready".equals(c.getType())) {
                    c.setStatus("False");
                    c.setLastTransitionTime(stamp);
                }
            }
            ctx.events().warning(pod, COMPONENT, "NodeNotReady", "Node is not ready");
            api.updateOwned(copy);
        }
    }

    // ---- modern: taint-based eviction ----

    private boolean applyNoExecuteTaint(String nodeName) {
        Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
        if (node == null) {
            return true;
        }
        NodeCondition ready = readyCondition(node);
        String status = ready == null ? "Unknown" : ready.getStatus();
        if ("True".equals(status)) {
            return true;
        }
        String key = "False".equals(status) ? Taints.NOT_READY : Taints.UNREACHABLE;
        NodeTaints.reconcile(api, nodeName, NO_EXECUTE_KEYS, "NoExecute", List.of(key), ctx.engine().now());
        return true;
    }

    private void markNodeAsReachable(String nodeName) {
        noExecuteTainter.remove(nodeName);
        NodeTaints.reconcile(api, nodeName, NO_EXECUTE_KEYS, "NoExecute", List.of(), ctx.engine().now());
    }

    // ---- book: pod-eviction-timeout ----

    private void processNoTaintBaseEviction(String nodeName, String current, long now, boolean allDisrupted) {
        Health h = health.get(nodeName);
        if ("True".equals(current) || allDisrupted) {
            podEvictor.remove(nodeName);
            h.evicted = false;
            return;
        }
        long since = "False".equals(current) ? h.readyTransitionTimestamp : h.probeTimestamp;
        if (now - since <= ctx.timings().podEvictionTimeout) {
            return;
        }
        if (h.evicted) {
            deletePods(nodeName); // evictPods on an already evicted node deletes at once
        } else {
            podEvictor.add(nodeName);
        }
    }

    private boolean evictNow(String nodeName) {
        Health h = health.get(nodeName);
        if (h == null) {
            return true;
        }
        deletePods(nodeName);
        h.evicted = true;
        return true;
    }

    /**
     * DeletePods ({@code pkg/controller/util/node/controller_utils.go}): for each pod in turn, SetPodTerminationReason
     * (status reason NodeLost, kubectl prints NodeLost), then the delete (it prints Unknown): requests one after another,
     * each seen at its own instant.
     */
    private void deletePods(String nodeName) {
        List<Pod> pods = new ArrayList<>();
        pods.addAll(api.podsOnNode(nodeName));
        Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
        if (pods.isEmpty() || node == null) {
            return;
        }
        ctx.events().normal(node, COMPONENT, "DeletingAllPods", "Node " + nodeName + " event: Deleting all Pods from Node " + nodeName + ".");
        List<RequestSequence.Request> requests = new ArrayList<>();
        for (Pod pod : pods) {
            String namespace = pod.getMetadata().getNamespace();
            String name = pod.getMetadata().getName();
            String uid = pod.getMetadata().getUid();
            requests.add(() -> setPodTerminationReason(nodeName, namespace, name, uid));
            requests.add(() -> deletePod(nodeName, namespace, name, uid));
        }
        RequestSequence.send(ctx, Priority.NODE_LIFECYCLE, "delete-pods " + nodeName, requests, () -> { });
    }

    /** The pod {@code name} if it is still the one with {@code uid} and on the node; else null. */
    private Pod podOnNode(String nodeName, String namespace, String name, String uid) {
        Pod pod = api.get(Pod.class, Kinds.POD, namespace, name);
        return pod == null || !uid.equals(pod.getMetadata().getUid()) || !nodeName.equals(pod.getSpec().getNodeName()) ? null : pod;
    }

    /** SetPodTerminationReason: reason NodeLost and its message, unless the pod has them already. */
    private boolean setPodTerminationReason(String nodeName, String namespace, String name, String uid) {
        Pod pod = podOnNode(nodeName, namespace, name, uid);
        if (pod == null || "NodeLost".equals(pod.getStatus().getReason())) {
            return false;
        }
        Pod copy = Copies.copy(pod);
        copy.getStatus().setReason("NodeLost");
        copy.getStatus().setMessage("Node " + nodeName + " which was running pod " + name + " is unresponsive");
        api.updateOwned(copy);
        return true;
    }

    /** The graceful delete, unless the pod is already marked for deletion. */
    private boolean deletePod(String nodeName, String namespace, String name, String uid) {
        Pod pod = podOnNode(nodeName, namespace, name, uid);
        if (pod == null || pod.getMetadata().getDeletionGracePeriodSeconds() != null) {
            return false;
        }
        ctx.events().normal(pod, COMPONENT, "NodeControllerEviction", "Marking for deletion Pod " + name + " from Node " + nodeName);
        api.delete(Kinds.POD, namespace, name);
        return true;
    }

    // ---- both: NoSchedule taints ----

    private void noScheduleTaintingPass(String nodeName) {
        Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
        if (node == null) {
            return;
        }
        List<String> wanted = new ArrayList<>();
        NodeCondition ready = readyCondition(node);
        if (ready != null && "False".equals(ready.getStatus())) {
            wanted.add(Taints.NOT_READY);
        } else if (ready == null || "Unknown".equals(ready.getStatus())) {
            wanted.add(Taints.UNREACHABLE);
        }
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            wanted.add(Taints.UNSCHEDULABLE);
        }
        NodeTaints.reconcile(api, nodeName, NO_SCHEDULE_KEYS, "NoSchedule", wanted, ctx.engine().now());
    }

    static NodeCondition readyCondition(Node node) {
        if (node.getStatus() == null) {
            return null;
        }
        for (NodeCondition c : node.getStatus().getConditions()) {
            if ("Ready".equals(c.getType())) {
                return c;
            }
        }
        return null;
    }
}
