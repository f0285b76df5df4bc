package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Owners;
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
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * kube-scheduler for the default profile's plugins that matter here: NodeUnschedulable, TaintToleration,
 * VolumeBinding (unbound immediate claims, PV node affinity, WaitForFirstConsumer claims bound or provisioned for
 * the chosen node before the pod is bound), then scoring that spreads a controller's pods and prefers emptier
 * nodes, ties broken at random (selectHost). Unschedulable pods back off 1 s doubling to 10 s and are retried when
 * nodes or volumes change ({@code pkg/scheduler/schedule_one.go}).
 */
public final class SchedulerController {
    private static final String COMPONENT = "default-scheduler";
    /** BindPodVolumes polls checkBindings every second (wait.Poll, not immediately) until the claims are bound. */
    private static final long BIND_POLL_MILLIS = 1_000;
    private final SimContext ctx;
    private final ApiServer api;
    private final WorkQueue queue;
    private final Random random;
    private final TreeMap<String, Integer> attempts = new TreeMap<>();
    private final TreeMap<String, Long> backoffUntil = new TreeMap<>();
    /** namespace/claim -> the pod key that could not be scheduled because of that claim. */
    private final TreeMap<String, String> waitingOnClaim = new TreeMap<>();
    /** Pods whose node is chosen while VolumeBinding's PreBind waits for their claims to be bound. */
    private final TreeMap<String, Reservation> reserved = new TreeMap<>();

    /** The node VolumeBinding reserved (AssumePodVolumes) and when its PreBind gives up (bindTimeoutSeconds). */
    private record Reservation(String node, long deadline) {
    }

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
                reserved.remove(key(pod));
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
            reserved.remove(key);
            return;
        }
        Reservation reservation = reserved.get(key);
        if (reservation != null) {
            preBind(pod, key, reservation);
            return;
        }
        List<Node> nodes = api.list(Node.class, Kinds.NODE, null);
        String volumeProblem = volumeProblem(pod);
        List<Node> candidates = nodes;
        if (volumeProblem == null && ctx.profile().has(Capability.VOLUME_BINDING_PRE_FILTER_RESULT)) {
            // PreFilterResult: only the nodes a bound local PV names are filtered; the others are not reported
            TreeSet<String> eligible = eligibleNodes(pod);
            if (eligible != null) {
                candidates = nodes.stream().filter(n -> eligible.contains(n.getMetadata().getName())).toList();
            }
        }
        TreeMap<String, Integer> reasons = new TreeMap<>();
        List<Node> feasible = new ArrayList<>();
        for (Node node : candidates) {
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
        if (bindPodVolumes(pod, key, chosen)) {
            return;
        }
        bind(pod, key, chosen.getMetadata().getName());
    }

    /**
     * The binding subresource sets the node and, as the API server's assignPod does (pkg/registry/core/pod/storage
     * setPodHostAndAnnotations → podutil.UpdatePodCondition), turns PodScheduled True: a pod on a node whose kubelet
     * never reports is still shown as scheduled.
     */
    private void bind(Pod pod, String key, String node) {
        Pod bound = Copies.copy(pod);
        bound.getSpec().setNodeName(node);
        markScheduled(bound);
        api.update(bound);
        attempts.remove(key);
        backoffUntil.remove(key);
        reserved.remove(key);
        ctx.events().normal(bound, COMPONENT, "Scheduled", "Successfully assigned " + key + " to " + node);
    }

    private void markScheduled(Pod pod) {
        PodCondition scheduled = Pods.condition(pod, "PodScheduled");
        if (scheduled != null && "True".equals(scheduled.getStatus())) {
            return;
        }
        List<PodCondition> conditions = new ArrayList<>();
        for (PodCondition c : pod.getStatus().getConditions()) {
            if (!"PodScheduled".equals(c.getType())) {
                conditions.add(c);
            }
        }
        conditions.add(new PodConditionBuilder().withType("PodScheduled").withStatus("True")
                .withLastTransitionTime(Timestamps.format(ctx.engine().now())).build());
        pod.getStatus().setConditions(conditions);
    }

    /**
     * VolumeBinding Reserve + PreBind (binder.go AssumePodVolumes, bindAPIUpdate): each unbound delayed-binding claim
     * gets an Available PV that fits the node (claimRef and bound-by-controller on the PV) or, failing that, the
     * node in volume.kubernetes.io/selected-node so that its provisioner makes one there. Returns whether the pod
     * must now wait for the PV controller to finish binding.
     */
    private boolean bindPodVolumes(Pod pod, String key, Node node) {
        String nodeName = node.getMetadata().getName();
        TreeSet<String> taken = new TreeSet<>();
        boolean waits = false;
        for (PersistentVolumeClaim pvc : unboundDelayedClaims(pod)) {
            PersistentVolume pv = staticMatch(pvc, node, taken);
            if (pv != null) {
                taken.add(pv.getMetadata().getName());
                PersistentVolume copy = Copies.copy(pv);
                PersistentVolumeController.claimFor(copy, pvc);
                api.update(copy);
            } else if (!nodeName.equals(pvc.getMetadata().getAnnotations().get(PersistentVolumeController.ANN_SELECTED_NODE))) {
                PersistentVolumeClaim copy = Copies.copy(pvc);
                copy.getMetadata().getAnnotations().put(PersistentVolumeController.ANN_SELECTED_NODE, nodeName);
                api.update(copy);
            }
            waits = true;
        }
        if (waits) {
            reserved.put(key, new Reservation(nodeName, ctx.engine().nowMillis() + ctx.timings().volumeBindTimeout));
            backoffUntil.remove(key);
            queue.addAfter(key, BIND_POLL_MILLIS);
        }
        return waits;
    }

    /** checkBindings: every claim bound to a PV that fits the reserved node, then the pod is bound to it. */
    private void preBind(Pod pod, String key, Reservation reservation) {
        Node node = api.get(Node.class, Kinds.NODE, null, reservation.node());
        boolean bound = node != null;
        for (String claim : Pods.claimNames(pod)) {
            PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, pod.getMetadata().getNamespace(), claim);
            if (pvc == null || pvc.getMetadata().getDeletionTimestamp() != null || node == null) {
                bound = false;
                reservation = null; // checkBindings fails: the pod goes back to the queue
                break;
            }
            if (pvc.getSpec().getVolumeName() == null || !"Bound".equals(pvc.getStatus().getPhase())) {
                bound = false;
                continue;
            }
            PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, pvc.getSpec().getVolumeName());
            if (pv == null || !matchesNodeAffinity(pv, node)) {
                bound = false;
                reservation = null;
                break;
            }
        }
        if (bound) {
            bind(pod, key, reservation.node());
        } else if (reservation == null || ctx.engine().nowMillis() >= reservation.deadline()) {
            // upstream also records the PreBind error as FailedScheduling; the next attempt says what is wrong
            reserved.remove(key);
            enqueue(key);
        } else {
            queue.addAfter(key, BIND_POLL_MILLIS);
        }
    }

    private List<PersistentVolumeClaim> unboundDelayedClaims(Pod pod) {
        List<PersistentVolumeClaim> unbound = new ArrayList<>();
        for (String claim : Pods.claimNames(pod)) {
            PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, pod.getMetadata().getNamespace(), claim);
            if (pvc != null && pvc.getSpec().getVolumeName() == null) {
                unbound.add(pvc);
            }
        }
        return unbound;
    }

    /**
     * FindMatchingVolume for a node: an Available PV of the claim's class, not deleting, with the access modes,
     * enough capacity and node affinity that fits; smallest first. A PV pre-bound to the claim wins.
     */
    private PersistentVolume staticMatch(PersistentVolumeClaim pvc, Node node, TreeSet<String> taken) {
        String wantedClass = pvc.getSpec().getStorageClassName() == null ? "" : pvc.getSpec().getStorageClassName();
        Quantity request = pvc.getSpec().getResources() == null ? null : pvc.getSpec().getResources().getRequests().get("storage");
        BigDecimal wanted = request == null ? BigDecimal.ZERO : request.getNumericalAmount();
        PersistentVolume best = null;
        for (PersistentVolume pv : api.list(PersistentVolume.class, Kinds.PV, null)) {
            if (taken.contains(pv.getMetadata().getName()) || pv.getMetadata().getDeletionTimestamp() != null) {
                continue;
            }
            var ref = pv.getSpec().getClaimRef();
            boolean preBound = ref != null && pvc.getMetadata().getName().equals(ref.getName())
                    && pvc.getMetadata().getNamespace().equals(ref.getNamespace())
                    && (ref.getUid() == null || ref.getUid().equals(pvc.getMetadata().getUid()));
            if (ref != null && !preBound) {
                continue;
            }
            Quantity q = pv.getSpec().getCapacity().get("storage");
            BigDecimal size = q == null ? BigDecimal.ZERO : q.getNumericalAmount();
            if (size.compareTo(wanted) < 0) {
                continue;
            }
            if (preBound) {
                return matchesNodeAffinity(pv, node) ? pv : null;
            }
            String pvClass = pv.getSpec().getStorageClassName() == null ? "" : pv.getSpec().getStorageClassName();
            if (pv.getStatus() == null || !"Available".equals(pv.getStatus().getPhase()) || !pvClass.equals(wantedClass)
                    || !matchesNodeAffinity(pv, node) || !pv.getSpec().getAccessModes().containsAll(pvc.getSpec().getAccessModes())) {
                continue;
            }
            Quantity bestQ = best == null ? null : best.getSpec().getCapacity().get("storage");
            if (best == null || size.compareTo(bestQ == null ? BigDecimal.ZERO : bestQ.getNumericalAmount()) < 0) {
                best = pv;
            }
        }
        return best;
    }

    /**
     * VolumeBinding PreFilter's GetEligibleNodes (1.25+): the intersection, over the pod's bound claims, of the node
     * names their PVs' kubernetes.io/hostname affinity lists; null when no PV pins the pod.
     */
    private TreeSet<String> eligibleNodes(Pod pod) {
        TreeSet<String> eligible = null;
        for (String claim : Pods.claimNames(pod)) {
            PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, pod.getMetadata().getNamespace(), claim);
            String volume = pvc == null ? null : pvc.getSpec().getVolumeName();
            PersistentVolume pv = volume == null ? null : api.get(PersistentVolume.class, Kinds.PV, null, volume);
            if (volume != null && pv == null) {
                return null;
            }
            TreeSet<String> names = pv == null ? null : hostnames(pv);
            if (names != null && !names.isEmpty()) {
                if (eligible == null) {
                    eligible = names;
                } else {
                    eligible.retainAll(names);
                }
            }
        }
        return eligible;
    }

    /** GetLocalPersistentVolumeNodeNames: the values of kubernetes.io/hostname In expressions, per term intersected. */
    static TreeSet<String> hostnames(PersistentVolume pv) {
        TreeSet<String> result = new TreeSet<>();
        if (pv.getSpec().getNodeAffinity() == null || pv.getSpec().getNodeAffinity().getRequired() == null) {
            return result;
        }
        for (NodeSelectorTerm term : pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms()) {
            TreeSet<String> nodes = null;
            for (NodeSelectorRequirement req : term.getMatchExpressions()) {
                if ("kubernetes.io/hostname".equals(req.getKey()) && "In".equals(req.getOperator())) {
                    if (nodes == null) {
                        nodes = new TreeSet<>(req.getValues());
                    } else {
                        nodes.retainAll(req.getValues());
                    }
                }
            }
            if (nodes != null) {
                result.addAll(nodes);
            }
        }
        return result;
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
                // taint_toleration.go Filter; a real 1.24.10 scheduler prints this wording too
                return "node(s) had untolerated taint " + Taints.describe(taint);
            }
        }
        // NodeAffinity Filter (node_affinity.go, after TaintToleration in the default profile): spec.nodeSelector's labels
        if (!matchesNodeSelector(pod, node)) {
            return "node(s) didn't match Pod's node affinity/selector";
        }
        // VolumeBinding Filter (binder.go FindPodVolumes): bound claims' PV affinity, then the unbound delayed ones
        TreeSet<String> taken = new TreeSet<>();
        for (String claim : Pods.claimNames(pod)) {
            PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, pod.getMetadata().getNamespace(), claim);
            String volume = pvc == null ? null : pvc.getSpec().getVolumeName();
            if (volume == null) {
                if (pvc != null && !fitsUnbound(pvc, node, taken)) {
                    return "node(s) didn't find available persistent volumes to bind";
                }
                continue;
            }
            PersistentVolume pv = api.get(PersistentVolume.class, Kinds.PV, null, volume);
            if (pv == null) {
                return "node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)";
            }
            if (!matchesNodeAffinity(pv, node)) {
                return "node(s) had volume node affinity conflict";
            }
        }
        return null;
    }

    /**
     * An unbound delayed-binding claim fits a node whose name its selected-node annotation holds (a provisioning
     * already asked for), or with an Available PV there, or when its class has a provisioner (checkVolumeProvisions).
     */
    private boolean fitsUnbound(PersistentVolumeClaim pvc, Node node, TreeSet<String> taken) {
        String selected = pvc.getMetadata().getAnnotations().get(PersistentVolumeController.ANN_SELECTED_NODE);
        if (selected != null) {
            return selected.equals(node.getMetadata().getName());
        }
        PersistentVolume pv = staticMatch(pvc, node, taken);
        if (pv != null) {
            taken.add(pv.getMetadata().getName());
            return true;
        }
        StorageClass sc = pvc.getSpec().getStorageClassName() == null ? null
                : api.get(StorageClass.class, Kinds.STORAGE_CLASS, null, pvc.getSpec().getStorageClassName());
        return sc != null && sc.getProvisioner() != null && !"kubernetes.io/no-provisioner".equals(sc.getProvisioner());
    }

    /** Every label of the pod's nodeSelector is on the node with the same value (required node affinity is not modelled). */
    private static boolean matchesNodeSelector(Pod pod, Node node) {
        java.util.Map<String, String> selector = pod.getSpec().getNodeSelector();
        if (selector == null || selector.isEmpty()) {
            return true;
        }
        java.util.Map<String, String> labels = node.getMetadata().getLabels() == null ? java.util.Map.of() : node.getMetadata().getLabels();
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
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
        OwnerReference ref = Owners.controllerOf(pod);
        return ref == null ? null : ref.getUid();
    }

    /**
     * FitError.Error ({@code pkg/scheduler/framework/types.go}): "0/N nodes are available:", the PreFilter message or
     * the histogram of "count reason" strings sorted as strings, then the PostFilter message. Every reason here is
     * UnschedulableAndUnresolvable, so DefaultPreemption says it is not helpful on any node (nodes a PreFilterResult
     * left out count as such too).
     */
    private void fail(Pod pod, String key, int nodeCount, TreeMap<String, Integer> reasons, String preFilterMessage) {
        StringBuilder message = new StringBuilder();
        message.append("0/").append(nodeCount).append(" nodes are available:");
        if (preFilterMessage != null && ctx.profile().has(Capability.PRE_FILTER_REJECTION_ONCE)) {
            // FitError.Error since 1.25 (PR 110894): a PreFilter rejection is reported once, not counted per node
            message.append(' ').append(preFilterMessage).append('.');
        } else if (!reasons.isEmpty()) {
            List<String> parts = new ArrayList<>();
            reasons.forEach((reason, count) -> parts.add(count + " " + reason));
            java.util.Collections.sort(parts);
            message.append(' ').append(String.join(", ", parts)).append('.');
        }
        message.append(" preemption: 0/").append(nodeCount).append(" nodes are available: ").append(nodeCount)
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
