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
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * kube-scheduler for the default profile's plugins that matter here: NodeUnschedulable, TaintToleration,
 * VolumeBinding (unbound immediate claims, PV node affinity), then scoring that spreads a controller's pods and
 * prefers emptier nodes, ties broken at random (selectHost). Unschedulable pods back off 1 s doubling to 10 s
 * and are retried when nodes or volumes change ({@code pkg/scheduler/schedule_one.go}).
 */
public final class SchedulerController {
    private static final String COMPONENT = "default-scheduler";
    private final SimContext ctx;
    private final ApiServer api;
    private final WorkQueue queue;
    private final Random random;
    private final TreeMap<String, Integer> attempts = new TreeMap<>();
    private final TreeMap<String, Long> backoffUntil = new TreeMap<>();
    /** namespace/claim -> the pod key that could not be scheduled because of that claim. */
    private final TreeMap<String, String> waitingOnClaim = new TreeMap<>();

    public SchedulerController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.queue = new WorkQueue(ctx.engine(), Priority.SCHEDULER, "schedule", ctx.timings().schedulerLatency, this::scheduleOne);
        this.random = ctx.engine().random().stream("scheduler");
    }

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof Pod pod) {
            if (event.type() != WatchEvent.Type.DELETED && needsScheduling(pod)) {
                enqueue(key(pod));
            }
            if (event.type() == WatchEvent.Type.DELETED) {
                attempts.remove(key(pod));
                backoffUntil.remove(key(pod));
            }
        } else if (event.object() instanceof Node) {
            for (String k : List.copyOf(backoffUntil.keySet())) {
                enqueue(k);
            }
        } else if (event.object() instanceof PersistentVolumeClaim pvc) {
            // queueing hint: a claim's change can only help the pods that wait for that claim
            String waiting = waitingOnClaim.get(pvc.getMetadata().getNamespace() + "/" + pvc.getMetadata().getName());
            if (waiting != null && backoffUntil.containsKey(waiting)) {
                enqueue(waiting);
            }
        }
    }

    private void enqueue(String key) {
        long until = backoffUntil.getOrDefault(key, 0L);
        long delay = Math.max(ctx.timings().schedulerLatency, until - ctx.engine().nowMillis());
        queue.addAfter(key, delay);
    }

    private static boolean needsScheduling(Pod pod) {
        return Pods.nodeName(pod) == null && !Pods.isTerminating(pod) && "default-scheduler".equals(pod.getSpec().getSchedulerName());
    }

    private static String key(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    private void scheduleOne(String key) {
        String[] parts = key.split("/", 2);
        Pod pod = api.get(Pod.class, Kinds.POD, parts[0], parts[1]);
        if (pod == null || !needsScheduling(pod)) {
            return;
        }
        List<Node> nodes = api.list(Node.class, Kinds.NODE, null);
        String volumeProblem = volumeProblem(pod);
        TreeMap<String, Integer> reasons = new TreeMap<>();
        List<Node> feasible = new ArrayList<>();
        for (Node node : nodes) {
            String reason = volumeProblem != null ? volumeProblem : filter(pod, node);
            if (reason == null) {
                feasible.add(node);
            } else {
                reasons.merge(reason, 1, Integer::sum);
            }
        }
        if (feasible.isEmpty()) {
            if (volumeProblem != null) {
                for (String claim : Pods.claimNames(pod)) {
                    waitingOnClaim.put(pod.getMetadata().getNamespace() + "/" + claim, key);
                }
            }
            fail(pod, key, nodes.size(), reasons, volumeProblem);
            return;
        }
        Node chosen = pickBest(pod, feasible);
        Pod bound = Copies.copy(pod);
        bound.getSpec().setNodeName(chosen.getMetadata().getName());
        api.update(bound);
        attempts.remove(key);
        backoffUntil.remove(key);
        ctx.events().normal(bound, COMPONENT, "Scheduled", "Successfully assigned " + key + " to " + chosen.getMetadata().getName());
    }

    /** VolumeBinding's PreFilter: claims must exist, not be deleting, and be bound when binding is Immediate. */
    private String volumeProblem(Pod pod) {
        for (String claim : Pods.claimNames(pod)) {
            PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, pod.getMetadata().getNamespace(), claim);
            if (pvc == null) {
                return "persistentvolumeclaim \"" + claim + "\" not found";
            }
            if (pvc.getMetadata().getDeletionTimestamp() != null) {
                return "persistentvolumeclaim \"" + claim + "\" is being deleted";
            }
            if (pvc.getSpec().getVolumeName() == null || !"Bound".equals(pvc.getStatus().getPhase())) {
                StorageClass sc = pvc.getSpec().getStorageClassName() == null ? null
                        : api.get(StorageClass.class, Kinds.STORAGE_CLASS, null, pvc.getSpec().getStorageClassName());
                if (sc == null || !"WaitForFirstConsumer".equals(sc.getVolumeBindingMode())) {
                    return "pod has unbound immediate PersistentVolumeClaims";
                }
            }
        }
        return null;
    }

    /** The first failing filter plugin for this node, in the default profile's order, or null when it fits. */
    private String filter(Pod pod, Node node) {
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            boolean tolerated = pod.getSpec().getTolerations().stream().anyMatch(t ->
                    Taints.tolerates(t, new io.fabric8.kubernetes.api.model.TaintBuilder().withEffect("NoSchedule").withKey(Taints.UNSCHEDULABLE).build()));
            if (!tolerated) {
                return "node(s) were unschedulable";
            }
        }
        for (Taint taint : Taints.of(node)) {
            if (("NoSchedule".equals(taint.getEffect()) || "NoExecute".equals(taint.getEffect()))
                    && !Taints.toleratedBy(taint, pod.getSpec().getTolerations())) {
                return "node(s) had untolerated taint " + Taints.describe(taint);
            }
        }
        for (String claim : Pods.claimNames(pod)) {
            PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, pod.getMetadata().getNamespace(), claim);
            String volume = pvc == null ? null : pvc.getSpec().getVolumeName();
            PersistentVolume pv = volume == null ? null : api.get(PersistentVolume.class, Kinds.PV, null, volume);
            if (pv != null && !matchesNodeAffinity(pv, node)) {
                return "node(s) had volume node affinity conflict";
            }
        }
        return null;
    }

    private static boolean matchesNodeAffinity(PersistentVolume pv, Node node) {
        if (pv.getSpec().getNodeAffinity() == null || pv.getSpec().getNodeAffinity().getRequired() == null) {
            return true;
        }
        Map<String, String> labels = node.getMetadata().getLabels();
        for (NodeSelectorTerm term : pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms()) {
            boolean all = true;
            for (NodeSelectorRequirement req : term.getMatchExpressions()) {
                String value = labels.get(req.getKey());
                boolean ok = switch (req.getOperator()) {
                    case "In" -> value != null && req.getValues().contains(value);
                    case "NotIn" -> value == null || !req.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> false;
                };
                all &= ok;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Fewest pods of the same controller first (PodTopologySpread's default), then fewest pods overall. */
    private Node pickBest(Pod pod, List<Node> feasible) {
        String owner = controllerUid(pod);
        TreeMap<String, long[]> counts = new TreeMap<>(); // node -> {siblings, total}
        for (Pod p : api.list(Pod.class, Kinds.POD, null)) {
            String on = Pods.nodeName(p);
            if (on != null && !Pods.isTerminal(p)) {
                long[] c = counts.computeIfAbsent(on, n -> new long[2]);
                c[1]++;
                if (owner != null && owner.equals(controllerUid(p))) {
                    c[0]++;
                }
            }
        }
        long bestScore = Long.MAX_VALUE;
        List<Node> best = new ArrayList<>();
        for (Node node : feasible) {
            long[] c = counts.getOrDefault(node.getMetadata().getName(), new long[2]);
            long siblings = c[0];
            long total = c[1];
            long score = siblings * 1000 + total;
            if (score < bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore) {
                best.add(node);
            }
        }
        return best.get(random.nextInt(best.size()));
    }

    private static String controllerUid(Pod pod) {
        for (OwnerReference ref : pod.getMetadata().getOwnerReferences()) {
            if (Boolean.TRUE.equals(ref.getController())) {
                return ref.getUid();
            }
        }
        return null;
    }

    private void fail(Pod pod, String key, int nodeCount, TreeMap<String, Integer> reasons, String preFilterMessage) {
        StringBuilder message = new StringBuilder();
        message.append("0/").append(nodeCount).append(" nodes are available");
        if (preFilterMessage != null && ctx.profile().has(Capability.PRE_FILTER_REJECTION_ONCE)) {
            // FitError.Error since 1.25 (PR 110894): a PreFilter rejection is reported once, not counted per node
            message.append(": ").append(preFilterMessage);
        } else if (!reasons.isEmpty()) {
            message.append(": ");
            List<String> parts = new ArrayList<>();
            reasons.forEach((reason, count) -> parts.add(count + " " + reason));
            message.append(String.join(", ", parts));
        }
        message.append(". preemption: 0/").append(nodeCount).append(" nodes are available: ").append(nodeCount)
                .append(" Preemption is not helpful for scheduling.");
        int n = attempts.merge(key, 1, Integer::sum);
        long backoff = Math.min(ctx.timings().schedulerMaxBackoff, ctx.timings().schedulerInitialBackoff << Math.min(n - 1, 10));
        backoffUntil.put(key, ctx.engine().nowMillis() + backoff);
        PodCondition scheduled = Pods.condition(pod, "PodScheduled");
        if (scheduled == null || !"False".equals(scheduled.getStatus()) || !message.toString().equals(scheduled.getMessage())) {
            Pod copy = Copies.copy(pod);
            List<PodCondition> conditions = new ArrayList<>();
            for (PodCondition c : copy.getStatus().getConditions()) {
                if (!"PodScheduled".equals(c.getType())) {
                    conditions.add(c);
                }
            }
            conditions.add(new PodConditionBuilder().withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                    .withMessage(message.toString()).withLastTransitionTime(Timestamps.format(ctx.engine().now())).build());
            copy.getStatus().setConditions(conditions);
            api.update(copy);
        }
        ctx.events().warning(pod, COMPONENT, "FailedScheduling", message.toString());
        queue.addAfter(key, backoff);
    }
}
