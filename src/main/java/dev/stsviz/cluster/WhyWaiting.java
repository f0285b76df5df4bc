package dev.stsviz.cluster;

import dev.stsviz.cluster.print.PodPrinter;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.stsviz.cluster.StatefulSetBlock.Reason.CLAIM_NOT_BOUND;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.CREATE_FAILED;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.CREATING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.POD_TERMINAL;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.ROLLING_UPDATE_REPLACING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.ROLLING_UPDATE_WAITING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_DELETING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_HALTED_NOT_AVAILABLE;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_HALTED_NOT_READY;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.SCALE_DOWN_TERMINATING;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.STALE_CLAIM;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.UNSCHEDULABLE;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.VOLUME_HELD;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.WAITING_AVAILABLE;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.WAITING_READY;
import static dev.stsviz.cluster.StatefulSetBlock.Reason.WAITING_TERMINATE;

/**
 * One line, readable aloud, saying what the StatefulSet controller is waiting for. Computed from API objects only, so
 * it reads a live cluster like the simulator. It retraces {@code updateStatefulSet} in
 * {@code pkg/controller/statefulset/stateful_set_control.go}: processReplica over the ordinals in range (blocking in
 * OrderedReady mode), then processCondemned (scale-down, highest ordinal first), then the rolling update; the first
 * thing that blocks is the line, worded by {@link StatefulSetBlock} as the simulated controller words it. A pod stuck
 * Terminating on an unreachable node is named before anything else (the controller never replaces it: at most one pod
 * per identity); Parallel sets, OnDelete and a finished partitioned roll out get summaries of their own. Given the
 * source's {@link ControllerClocks}, the line also says for how long: a terminating pod's grace period left, when a pod
 * on a lost node is evicted.
 */
public final class WhyWaiting {
    private final StatefulSet set;
    private final String setName;
    private final NodesAndClaims around;
    private final Instant now;
    private final int minReady;
    private final int start;
    private final String currentRevision;
    private final String updateRevision;
    /** Index = ordinal - start; null where no pod exists (the controller would create it). */
    private final Pod[] replicas;
    /** Pods with an ordinal beyond the range, highest ordinal first ({@code sort.Sort(descendingOrdinal(condemned))}). */
    private final List<Pod> condemned = new ArrayList<>();
    /** The replicas and the condemned by name. */
    private final Map<String, Pod> byName = new HashMap<>();

    /** The line for {@code set}. {@code pods} may hold other sets' pods; null lists count as empty. Never null. */
    public static String explain(StatefulSet set, List<Pod> pods, List<Node> nodes, List<PersistentVolumeClaim> claims,
                                 Instant now) {
        return explainAll(List.of(set), pods, nodes, claims, now).get(0);
    }

    /**
     * One line per set, in the sets' order. Pods, nodes and claims are grouped once, so a cluster with hundreds of
     * sets and thousands of pods costs one pass over each list, not one per set.
     */
    public static List<String> explainAll(List<StatefulSet> sets, List<Pod> pods, List<Node> nodes,
                                          List<PersistentVolumeClaim> claims, Instant now) {
        return explainAll(sets, pods, nodes, claims, Volumes.NONE, now);
    }

    /**
     * As above, also naming a disk that keeps a pod from starting because it is still attached to another node.
     *
     * @param volumes the PVs and VolumeAttachments (a source that shows none passes {@link Volumes#NONE})
     */
    public static List<String> explainAll(List<StatefulSet> sets, List<Pod> pods, List<Node> nodes,
                                          List<PersistentVolumeClaim> claims, Volumes volumes, Instant now) {
        return explainAll(sets, pods, nodes, claims, volumes, null, ControllerTimers.NONE, now);
    }

    /**
     * As above, also saying how long the waits last: a terminating pod's grace period left, when a pod on a lost node
     * is evicted.
     *
     * @param clocks the source's controller settings, or null for no countdowns
     * @param timers the simulator's controller timers ({@link ControllerTimers#NONE} elsewhere)
     */
    public static List<String> explainAll(List<StatefulSet> sets, List<Pod> pods, List<Node> nodes,
                                          List<PersistentVolumeClaim> claims, Volumes volumes, ControllerClocks clocks,
                                          ControllerTimers timers, Instant now) {
        Map<String, Node> nodesByName = new HashMap<>();
        for (Node node : nodes == null ? List.<Node>of() : nodes) {
            nodesByName.put(node.getMetadata().getName(), node);
        }
        Map<String, Map<String, PersistentVolumeClaim>> claimsByNamespace = new HashMap<>();
        for (PersistentVolumeClaim claim : claims == null ? List.<PersistentVolumeClaim>of() : claims) {
            claimsByNamespace.computeIfAbsent(namespace(claim.getMetadata().getNamespace()), n -> new HashMap<>())
                    .put(claim.getMetadata().getName(), claim);
        }
        Map<String, List<Pod>> podsByParent = new HashMap<>(); // "namespace/set": the only pods belongsToSet can accept
        for (Pod pod : pods == null ? List.<Pod>of() : pods) {
            podsByParent.computeIfAbsent(namespace(pod.getMetadata().getNamespace()) + "/" + Pods.parentName(name(pod)),
                    k -> new ArrayList<>()).add(pod);
        }
        List<String> lines = new ArrayList<>(sets.size());
        for (StatefulSet set : sets) {
            String namespace = namespace(set.getMetadata().getNamespace());
            List<Pod> candidates = podsByParent.getOrDefault(namespace + "/" + set.getMetadata().getName(), List.of());
            NodesAndClaims around = new NodesAndClaims(set, nodesByName, claimsByNamespace.getOrDefault(namespace, Map.of()),
                    volumes, clocks, timers, now);
            lines.add(RolloutLine.of(set, new WhyWaiting(set, candidates, around, now).line()));
        }
        return lines;
    }

    private WhyWaiting(StatefulSet set, List<Pod> pods, NodesAndClaims around, Instant now) {
        this.set = set;
        this.setName = set.getMetadata().getName();
        this.around = around;
        this.now = now;
        this.minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
        this.start = StatefulSets.startOrdinal(set);
        this.currentRevision = set.getStatus() == null ? "" : orEmpty(set.getStatus().getCurrentRevision());
        this.updateRevision = set.getStatus() == null ? "" : orEmpty(set.getStatus().getUpdateRevision());
        this.replicas = new Pod[StatefulSets.replicas(set)];
        // updateStatefulSet: split into replicas (in range) and condemned; a pod whose ordinal does not parse is ignored
        for (Pod pod : pods) {
            int ordinal = Pods.ordinal(pod.getMetadata().getName());
            if (ordinal < 0 || !StatefulSets.belongsToSet(set, pod)) {
                continue;
            }
            byName.put(name(pod), pod);
            if (StatefulSets.inOrdinalRange(pod, set)) {
                replicas[ordinal - start] = pod;
            } else {
                condemned.add(pod);
            }
        }
        condemned.sort(Comparator.comparingInt((Pod p) -> Pods.ordinal(name(p))).reversed());
    }

    private String line() {
        String stuck = stuckLine();
        if (stuck != null) {
            return stuck;
        }
        if (set.getMetadata().getDeletionTimestamp() != null) {
            // "If the StatefulSet is being deleted, don't do anything other than updating status."
            return setName + " is being deleted: the controller no longer creates or deletes its pods";
        }
        boolean monotonic = !"Parallel".equals(set.getSpec().getPodManagementPolicy()); // !allowsBurst(set)
        String scaling = monotonic ? lineOf(orderedBlock()) : parallelLine();
        if (scaling != null) {
            return scaling;
        }
        String update = updateLine();
        return update != null ? update : "up to date: " + readyCount() + "/" + replicas.length + " ready";
    }

    /** A deleted pod whose node will never confirm the deletion: under OrderedReady it blocks everything. */
    private String stuckLine() {
        List<Pod> all = new ArrayList<>(Arrays.stream(replicas).filter(p -> p != null).toList());
        all.addAll(condemned);
        for (Pod pod : all) {
            String node = Pods.nodeName(pod);
            if (Pods.isTerminating(pod) && node != null && around.unreachable(node)) {
                // kubectl prints "Unknown" for a deleted pod with reason NodeLost (the book profile). No kubelet confirms
                // the deletion, and the controller creates no second pod of that name: at most one per identity
                return name(pod) + " stuck " + PodPrinter.status(pod) + ", not replaced: at-most-one — the controller cannot know"
                        + " the pod on " + node + " has stopped; force delete or reconnect";
            }
        }
        return null;
    }

    /** OrderedReady: runForAll(replicas, processReplica) stops at the first blocked ordinal, then processCondemned. */
    private StatefulSetBlock orderedBlock() {
        for (int i = 0; i < replicas.length; i++) {
            StatefulSetBlock block = processReplica(i);
            if (block != null) {
                return block;
            }
        }
        return processCondemned();
    }

    /** processReplica in monotonic mode: why ordinal start+i blocks, or null when it is Running, Ready and Available. */
    private StatefulSetBlock processReplica(int i) {
        Pod pod = replicas[i];
        String podName = setName + "-" + (start + i);
        boolean scalingDown = !condemned.isEmpty();
        if (pod == null) {
            // PodClaimIsStale comes first; then CreateStatefulPod fails while a claim is being deleted
            // (createPersistentVolumeClaims), a sync error the controller retries with backoff
            String stale = around.staleClaim(podName);
            if (stale != null) {
                return StatefulSetBlock.of(STALE_CLAIM, podName, stale);
            }
            List<String> createErrors = around.claimsBeingDeleted(podName);
            return !createErrors.isEmpty() ? StatefulSetBlock.of(CREATE_FAILED, podName, String.join(", ", createErrors))
                    : StatefulSetBlock.of(CREATING, podName).rollingUpdate(inRollout(i));
        }
        if (Pods.isTerminating(pod)) {
            return inRollout(i) && outdated(pod) ? StatefulSetBlock.of(ROLLING_UPDATE_REPLACING, podName)
                    : StatefulSetBlock.of(WAITING_TERMINATE, podName);
        }
        if (Pods.isTerminal(pod)) {
            // isFailed || isSucceeded: deleted, and created again once it has left the API
            return StatefulSetBlock.of(POD_TERMINAL, podName, Pods.phase(pod));
        }
        // processCondemned runs only once every replica is Running, Ready and Available, so an unhealthy replica
        // halts the scale-down too ("waiting for Pod to be Running and Ready prior to scale down")
        if (!Pods.isRunningAndReady(pod)) {
            return scalingDown ? StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_READY, podName)
                    : around.notReadyBlock(pod).rollingUpdate(inRollout(i));
        }
        if (!Pods.isRunningAndAvailable(pod, minReady, now)) {
            return scalingDown ? StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_AVAILABLE, podName, minReady)
                    : StatefulSetBlock.of(WAITING_AVAILABLE, podName, minReady).rollingUpdate(inRollout(i));
        }
        return null;
    }

    /** processCondemned, monotonic: highest ordinal first, one at a time; only the first unavailable pod may go. */
    private StatefulSetBlock processCondemned() {
        Pod firstUnavailable = null; // the replicas are all available here: "or the first unhealthy condemned Pod"
        for (int i = condemned.size() - 1; i >= 0 && firstUnavailable == null; i--) {
            firstUnavailable = unavailable(condemned.get(i)) ? condemned.get(i) : null;
        }
        for (Pod pod : condemned) {
            if (Pods.isTerminating(pod)) {
                return StatefulSetBlock.of(SCALE_DOWN_TERMINATING, name(pod));
            }
            if (!Pods.isRunningAndReady(pod) && pod != firstUnavailable) {
                return StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_READY, name(firstUnavailable));
            }
            if (!Pods.isRunningAndAvailable(pod, minReady, now) && pod != firstUnavailable) {
                return StatefulSetBlock.of(SCALE_DOWN_HALTED_NOT_AVAILABLE, name(firstUnavailable), minReady);
            }
            return StatefulSetBlock.of(SCALE_DOWN_DELETING, name(pod));
        }
        return null;
    }

    /** Parallel (allowsBurst): runForAll uses slowStartBatch and nothing blocks, so list everything under way. */
    private String parallelLine() {
        List<String> creating = new ArrayList<>();
        List<Pod> notReady = new ArrayList<>();
        List<String> terminating = new ArrayList<>();
        for (int i = 0; i < replicas.length; i++) {
            Pod pod = replicas[i];
            if (pod == null) {
                creating.add(setName + "-" + (start + i));
            } else if (Pods.isTerminating(pod) || Pods.isTerminal(pod)) {
                terminating.add(name(pod));
            } else if (!Pods.isRunningAndReady(pod)) {
                notReady.add(pod);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!creating.isEmpty()) {
            parts.add(StatefulSetBlock.of(CREATING, String.join(", ", creating)).line());
        }
        if (notReady.size() == 1) {
            parts.add(around.notReadyBlock(notReady.get(0)).line());
        } else if (!notReady.isEmpty()) {
            parts.add(StatefulSetBlock.of(WAITING_READY, names(notReady)).line());
        }
        if (!terminating.isEmpty()) {
            parts.add(lineOf(StatefulSetBlock.of(WAITING_TERMINATE, String.join(", ", terminating))));
        }
        if (!condemned.isEmpty()) { // processCondemned never halts in burst mode
            parts.add("scaling down: " + names(condemned));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** After scaling: the OnDelete short circuit, else the rolling update loop from the highest ordinal to the partition. */
    private String updateLine() {
        if (updateRevision.isEmpty()) {
            return null;
        }
        if ("OnDelete".equals(StatefulSets.updateStrategyType(set))) {
            long old = Arrays.stream(replicas).filter(p -> p != null && !Pods.isTerminating(p) && outdated(p)).count();
            return old == 0 ? null : "OnDelete: " + old + (old == 1 ? " pod runs" : " pods run") + " the old revision until deleted";
        }
        int partition = StatefulSets.partition(set);
        for (int target = replicas.length - 1; target >= partition; target--) {
            Pod pod = replicas[target];
            // "we terminate the Pod with the largest ordinal that does not match the update revision"
            if (pod != null && outdated(pod) && !Pods.isTerminating(pod)) {
                return lineOf(StatefulSetBlock.of(ROLLING_UPDATE_REPLACING, name(pod)));
            }
            // "wait for unavailable Pods on update"
            if (pod != null && unavailable(pod)) {
                return StatefulSetBlock.of(ROLLING_UPDATE_WAITING, name(pod)).line();
            }
        }
        if (partition > 0 && !currentRevision.isEmpty() && !currentRevision.equals(updateRevision)) {
            return "ordinals below " + (start + partition) + " keep revision " + currentRevision; // after RolloutLine's "complete"
        }
        return null;
    }

    // ---- predicates named as in stateful_set_utils.go ----

    /** isUnavailable: not healthy (Running, Ready, not Terminating) or not Available for minReadySeconds. */
    private boolean unavailable(Pod pod) {
        return Pods.isTerminating(pod) || !Pods.isRunningAndAvailable(pod, minReady, now);
    }

    /** getPodRevision(pod) != updateRevision.Name */
    private boolean outdated(Pod pod) {
        return !updateRevision.equals(StatefulSets.revisionOf(pod));
    }

    /** A RollingUpdate is under way (currentRevision != updateRevision) and ordinal start+i is not below the partition. */
    private boolean inRollout(int i) {
        return StatefulSets.rollingOut(set, i, currentRevision, updateRevision);
    }

    private long readyCount() {
        return Arrays.stream(replicas).filter(p -> p != null && Pods.isRunningAndReady(p) && !Pods.isTerminating(p)).count();
    }

    /** The block's line; a pod it waits on to terminate is named with its grace period left, when known. */
    private String lineOf(StatefulSetBlock block) {
        if (block == null) {
            return null;
        }
        boolean waitsOnTermination = switch (block.reason()) {
            case WAITING_TERMINATE, SCALE_DOWN_TERMINATING, ROLLING_UPDATE_REPLACING -> true;
            default -> false;
        };
        Pod pod = waitsOnTermination ? byName.get(block.pod()) : null;
        String why = pod == null || !Pods.isTerminating(pod) ? null : around.whyTerminating(pod);
        if (why == null) {
            return block.line();
        }
        String prefix = switch (block.reason()) {
            case SCALE_DOWN_TERMINATING -> "scaling down: ";
            case ROLLING_UPDATE_REPLACING -> "rolling update: ";
            default -> block.rollingUpdate() ? "rolling update: " : "";
        };
        return prefix + block.pod() + " Terminating: " + why;
    }

    private static String name(Pod pod) {
        return pod.getMetadata().getName();
    }

    private static String names(List<Pod> pods) {
        return String.join(", ", pods.stream().map(WhyWaiting::name).toList());
    }

    private static String namespace(String namespace) {
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** What the nodes and claims say about one pod: why it is not Running and Ready, whether its node still answers. */
    private static final class NodesAndClaims {
        private static final String UNREACHABLE_TAINT = "node.kubernetes.io/unreachable";
        private static final String OUT_OF_SERVICE = "node.kubernetes.io/out-of-service";
        /** The attach/detach controller's maxWaitForUnmountDuration (attach_detach_controller.go). */
        private static final Duration MAX_WAIT_FOR_UNMOUNT = Duration.ofMinutes(6);
        private final StatefulSet set;
        private final Map<String, Node> nodes;
        private final Map<String, PersistentVolumeClaim> claims;
        private final Volumes volumes;
        /** Null: the line says no countdowns. */
        private final ControllerClocks clocks;
        private final ControllerTimers timers;
        private final Instant now;

        /** {@code claims}: those in the set's namespace, by name. The maps are shared between sets, never changed. */
        NodesAndClaims(StatefulSet set, Map<String, Node> nodes, Map<String, PersistentVolumeClaim> claims, Volumes volumes,
                       ControllerClocks clocks, ControllerTimers timers, Instant now) {
            this.set = set;
            this.nodes = nodes;
            this.claims = claims;
            this.volumes = volumes;
            this.clocks = clocks;
            this.timers = timers == null ? ControllerTimers.NONE : timers;
            this.now = now;
        }

        /** Why a deleted pod is still there and for how long, or null without clocks or once its grace period is over. */
        String whyTerminating(Pod pod) {
            return clocks == null ? null : PodClock.of(pod, clocks).whyTerminating(now);
        }

        /** "; evicted in 4:31" for a pod on a lost node whose eviction is pending, else "". */
        private String eviction(Pod pod, Node node) {
            if (clocks == null || Pods.isTerminating(pod)) {
                return "";
            }
            Instant at = clocks.exact() ? timers.eviction(pod.getMetadata().getNamespace(), name(pod)) : null;
            if (at == null) {
                NodeClock clock = NodeClock.of(node, List.of(PodClock.of(pod, clocks)), null, clocks, timers);
                at = clock == null ? null : clock.evictionAt();
            }
            return at == null || !now.isBefore(at) ? "" : "; evicted in " + Countdown.until(now, at, clocks.about());
        }

        /**
         * A scheduled pod whose disk is still attached to another node: the attach/detach controller lets go of it
         * 6 minutes (maxWaitForUnmountDuration) after the pod that used it was deleted, if that node is not Ready, or
         * at once when the node has the out-of-service taint. The replacement is created right after that delete,
         * so its creation time stands for it.
         */
        private String heldVolume(Pod pod) {
            String podNode = Pods.nodeName(pod);
            if (podNode == null) {
                return null;
            }
            for (String claimName : Pods.claimNames(pod)) {
                PersistentVolumeClaim claim = claims.get(claimName);
                String volume = claim == null || claim.getSpec() == null ? null : claim.getSpec().getVolumeName();
                if (volume == null || volume.isEmpty()) {
                    continue;
                }
                VolumePlace place = VolumePlace.of(volumes.volume(volume), volumes.attachments(volume), podNode, nodes::get);
                if (!place.stuck() || place.holder() == null || podNode.equals(place.holder())) { // held by another node
                    continue;
                }
                Node holder = nodes.get(place.holder());
                String line = volume + " still attached to " + place.holder();
                if (holder == null || Nodes.isReady(holder)) {
                    return line + "; its node detaches it once the old pod's volume is unmounted";
                }
                Instant deleted = Timestamps.parse(pod.getMetadata().getCreationTimestamp());
                long left = deleted == null ? -1 : Duration.between(now, deleted.plus(MAX_WAIT_FOR_UNMOUNT)).getSeconds();
                return line + " (NotReady); force-detached "
                        + (left > 0 ? "in " + left / 60 + ":" + String.format("%02d", left % 60) : "any moment now")
                        + ", or taint the node " + OUT_OF_SERVICE;
            }
            return null;
        }

        /** A created pod, not terminating, not Running and Ready: the most specific reason the API shows. */
        StatefulSetBlock notReadyBlock(Pod pod) {
            String podName = name(pod);
            if ("Pending".equals(Pods.phase(pod))) {
                String claim = unboundClaim(pod);
                if (claim != null) {
                    return StatefulSetBlock.of(CLAIM_NOT_BOUND, podName, claim);
                }
                PodCondition scheduled = Pods.condition(pod, "PodScheduled");
                // once bound to a node, a scheduler's old "Unschedulable" message is history, whatever the condition
                // still says until the kubelet posts the pod's status
                if (Pods.nodeName(pod) == null && scheduled != null && "False".equals(scheduled.getStatus())
                        && !orEmpty(scheduled.getMessage()).isEmpty()) {
                    return StatefulSetBlock.of(UNSCHEDULABLE, podName, scheduled.getMessage());
                }
            }
            String node = Pods.nodeName(pod);
            if (node != null && nodes.containsKey(node) && !Nodes.isReady(nodes.get(node))) {
                return StatefulSetBlock.of(WAITING_READY, podName, "node " + node + " NotReady" + eviction(pod, nodes.get(node)));
            }
            String held = "Pending".equals(Pods.phase(pod)) ? heldVolume(pod) : null;
            if (held != null) {
                return StatefulSetBlock.of(VOLUME_HELD, podName, held);
            }
            String status = PodPrinter.status(pod); // as kubectl prints it; "Running" says nothing more
            return StatefulSetBlock.of(WAITING_READY, podName, status.isEmpty() || "Running".equals(status) ? null : status);
        }

        /** The node stopped answering: Ready not True, the unreachable taint, or gone from a non-empty node list. */
        boolean unreachable(String nodeName) {
            Node node = nodes.get(nodeName);
            if (node == null) {
                return !nodes.isEmpty();
            }
            boolean tainted = node.getSpec() != null && node.getSpec().getTaints() != null
                    && node.getSpec().getTaints().stream().map(Taint::getKey).anyMatch(UNREACHABLE_TAINT::equals);
            return tainted || !Nodes.isReady(node);
        }

        /** The first of the pod's claims that is missing or Pending. */
        private String unboundClaim(Pod pod) {
            for (String claimName : Pods.claimNames(pod)) {
                PersistentVolumeClaim claim = claims.get(claimName);
                String phase = claim == null || claim.getStatus() == null ? null : claim.getStatus().getPhase();
                if (phase == null || "Pending".equals(phase)) {
                    return claimName;
                }
            }
            return null;
        }

        /**
         * PodClaimIsStale for a pod yet to be created: with whenScaled Delete, a claim {@code <template>-<pod>} still
         * owned by a pod of that name is the earlier pod's, waiting for the garbage collector. Returns its name, or null.
         */
        String staleClaim(String podName) {
            var policy = set.getSpec().getPersistentVolumeClaimRetentionPolicy();
            if (policy == null || !"Delete".equals(policy.getWhenScaled())) {
                return null;
            }
            for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
                PersistentVolumeClaim claim = claims.get(template.getMetadata().getName() + "-" + podName);
                if (claim != null && claim.getMetadata().getOwnerReferences().stream()
                        .anyMatch(ref -> "Pod".equals(ref.getKind()) && podName.equals(ref.getName()))) {
                    return claim.getMetadata().getName();
                }
            }
            return null;
        }

        /** The errors createPersistentVolumeClaims returns for a pod yet to be created: its claims being deleted. */
        List<String> claimsBeingDeleted(String podName) {
            List<String> errors = new ArrayList<>();
            for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
                PersistentVolumeClaim claim = claims.get(template.getMetadata().getName() + "-" + podName);
                if (claim != null && claim.getMetadata().getDeletionTimestamp() != null) {
                    errors.add("pvc " + claim.getMetadata().getName() + " is being deleted");
                }
            }
            return errors;
        }
    }
}
