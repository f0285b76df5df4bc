package dev.stsviz.cluster;

import dev.stsviz.cluster.print.PodPrinter;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line, readable aloud, saying what the StatefulSet controller is waiting for. Computed from API objects only,
 * so it reads a live cluster like the simulator. It retraces {@code updateStatefulSet} in
 * {@code pkg/controller/statefulset/stateful_set_control.go}: processReplica over the ordinals in range (blocking in
 * OrderedReady mode), then processCondemned (scale-down, highest ordinal first), then the rolling update; the first
 * thing that blocks is the line. A pod stuck Terminating on an unreachable node is named before everything else.
 */
public final class WhyWaiting {
    private static final String REVISION_LABEL = "controller-revision-hash";
    private static final String UNREACHABLE_TAINT = "node.kubernetes.io/unreachable";

    private final StatefulSet set;
    private final String setName;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, PersistentVolumeClaim> claims = new HashMap<>();
    private final Instant now;
    private final int minReady;
    private final int start;
    /** Index = ordinal - start; null where the pod does not exist (the controller would create it). */
    private final Pod[] replicas;
    /** Pods with an ordinal beyond the range, highest ordinal first (sort.Sort(descendingOrdinal(condemned))). */
    private final List<Pod> condemned = new ArrayList<>();

    /** The line for {@code set}; {@code pods} may hold other sets' pods. Never null. */
    public static String explain(StatefulSet set, List<Pod> pods, List<Node> nodes, List<PersistentVolumeClaim> claims,
                                 Instant now) {
        return new WhyWaiting(set, pods, nodes, claims, now).line();
    }

    private WhyWaiting(StatefulSet set, List<Pod> pods, List<Node> nodes, List<PersistentVolumeClaim> claims, Instant now) {
        this.set = set;
        this.setName = set.getMetadata().getName();
        this.now = now;
        this.minReady = set.getSpec().getMinReadySeconds() == null ? 0 : set.getSpec().getMinReadySeconds();
        this.start = set.getSpec().getOrdinals() == null || set.getSpec().getOrdinals().getStart() == null
                ? 0 : set.getSpec().getOrdinals().getStart();
        this.replicas = new Pod[set.getSpec().getReplicas() == null ? 1 : set.getSpec().getReplicas()];
        for (Node node : nodes == null ? List.<Node>of() : nodes) {
            this.nodes.put(node.getMetadata().getName(), node);
        }
        for (PersistentVolumeClaim claim : claims == null ? List.<PersistentVolumeClaim>of() : claims) {
            if (namespace(claim.getMetadata().getNamespace()).equals(namespace(set.getMetadata().getNamespace()))) {
                this.claims.put(claim.getMetadata().getName(), claim);
            }
        }
        // updateStatefulSet: partition the pods into replicas (in range) and condemned; unparsable ordinals are ignored
        for (Pod pod : pods == null ? List.<Pod>of() : pods) {
            int ordinal = Pods.ordinal(pod.getMetadata().getName());
            if (!belongsToSet(pod) || ordinal < 0) {
                continue;
            }
            if (ordinal >= start && ordinal < start + replicas.length) {
                replicas[ordinal - start] = pod;
            } else {
                condemned.add(pod);
            }
        }
        condemned.sort(Comparator.comparingInt((Pod p) -> Pods.ordinal(p.getMetadata().getName())).reversed());
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
        String scaling = monotonic ? orderedLine() : parallelLine();
        if (scaling != null) {
            return scaling;
        }
        String update = updateLine();
        return update != null ? update : "up to date: " + readyCount() + "/" + replicas.length + " ready";
    }

    /** A deleted pod on a node that will never confirm it: under OrderedReady it blocks everything. */
    private String stuckLine() {
        List<Pod> all = new ArrayList<>();
        for (Pod pod : replicas) {
            if (pod != null) {
                all.add(pod);
            }
        }
        all.addAll(condemned);
        for (Pod pod : all) {
            String node = Pods.nodeName(pod);
            if (Pods.isTerminating(pod) && node != null && unreachable(node)) {
                // PodPrinter prints "Unknown" for a deleted pod with reason NodeLost (the book profile)
                return name(pod) + " stuck " + PodPrinter.status(pod) + ": node " + node
                        + " unreachable; force delete or reconnect";
            }
        }
        return null;
    }

    /** OrderedReady: runForAll(replicas, processReplica) stops at the first blocked ordinal, then processCondemned. */
    private String orderedLine() {
        for (int i = 0; i < replicas.length; i++) {
            String line = processReplica(i);
            if (line != null) {
                return line;
            }
        }
        return processCondemned();
    }

    /** processReplica in monotonic mode: why ordinal start+i blocks, or null when it is Running, Ready, Available. */
    private String processReplica(int i) {
        Pod pod = replicas[i];
        String podName = setName + "-" + (start + i);
        boolean scalingDown = !condemned.isEmpty();
        if (pod == null) {
            // PodClaimIsStale / createPersistentVolumeClaims: no pod while its claim is being deleted
            String deleting = claimBeingDeleted(podName);
            if (deleting != null) {
                return "waiting for claim " + deleting + " to be deleted before creating " + podName;
            }
            return rollout(i, "creating " + podName);
        }
        if (Pods.isTerminal(pod)) {
            // isFailed || isSucceeded: delete, and create it again once it has left the API
            return "waiting for " + podName + " (" + Pods.phase(pod) + ") to be deleted and recreated";
        }
        if (Pods.isTerminating(pod)) {
            return inRollout(i) && outdated(pod) ? "rolling update: replacing " + podName
                    : "waiting for " + podName + " to terminate";
        }
        // processCondemned only runs once every replica is Running and Ready: an unhealthy one halts the scale-down
        // ("waiting for Pod to be Running and Ready prior to scale down")
        if (!Pods.isRunningAndReady(pod)) {
            return scalingDown ? "scale-down halted: " + podName + " is not Running and Ready" : rollout(i, notReadyLine(pod));
        }
        if (!Pods.isRunningAndAvailable(pod, minReady, now)) {
            return scalingDown ? "scale-down halted: " + podName + " is not available (minReadySeconds " + minReady + ")"
                    : rollout(i, "waiting for " + podName + " to be available (minReadySeconds " + minReady + ")");
        }
        return null;
    }

    /** processCondemned, monotonic: highest ordinal first, one at a time; only the first unavailable pod may go. */
    private String processCondemned() {
        Pod firstUnavailable = null; // replicas are all available here; "or the first unhealthy condemned Pod"
        for (int i = condemned.size() - 1; i >= 0 && firstUnavailable == null; i--) {
            if (unavailable(condemned.get(i))) {
                firstUnavailable = condemned.get(i);
            }
        }
        for (Pod pod : condemned) {
            if (Pods.isTerminating(pod)) {
                return "scaling down: waiting for " + name(pod) + " to terminate";
            }
            if (!Pods.isRunningAndReady(pod) && pod != firstUnavailable) {
                return "scale-down halted: " + name(firstUnavailable) + " is not Running and Ready";
            }
            if (!Pods.isRunningAndAvailable(pod, minReady, now) && pod != firstUnavailable) {
                return "scale-down halted: " + name(firstUnavailable) + " is not available (minReadySeconds " + minReady + ")";
            }
            return "scaling down: deleting " + name(pod);
        }
        return null;
    }

    /** Parallel (allowsBurst): runForAll uses slowStartBatch, nothing blocks; list everything under way. */
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
            parts.add("creating " + String.join(", ", creating));
        }
        if (notReady.size() == 1) {
            parts.add(notReadyLine(notReady.get(0)));
        } else if (!notReady.isEmpty()) {
            parts.add("waiting for " + String.join(", ", notReady.stream().map(WhyWaiting::name).toList())
                    + " to be Running and Ready");
        }
        if (!terminating.isEmpty()) {
            parts.add("waiting for " + String.join(", ", terminating) + " to terminate");
        }
        // processCondemned never halts in burst mode: every condemned pod is deleted at once
        if (!condemned.isEmpty()) {
            parts.add("scaling down: " + String.join(", ", condemned.stream().map(WhyWaiting::name).toList()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** After scaling: the OnDelete short circuit, else the rolling update loop from the highest ordinal down to the partition. */
    private String updateLine() {
        String updateRevision = set.getStatus() == null ? null : set.getStatus().getUpdateRevision();
        if (updateRevision == null || updateRevision.isEmpty()) {
            return null;
        }
        if ("OnDelete".equals(strategyType())) {
            long old = Arrays.stream(replicas)
                    .filter(p -> p != null && !Pods.isTerminating(p) && outdated(p)).count();
            return old == 0 ? null : "OnDelete: " + old + (old == 1 ? " pod runs" : " pods run")
                    + " the old revision until deleted";
        }
        int partition = partition();
        for (int target = replicas.length - 1; target >= partition; target--) {
            Pod pod = replicas[target];
            if (pod == null) {
                continue;
            }
            // "we terminate the Pod with the largest ordinal that does not match the update revision"
            if (outdated(pod) && !Pods.isTerminating(pod)) {
                return "rolling update: replacing " + name(pod);
            }
            // "wait for unavailable Pods on update"
            if (unavailable(pod)) {
                return "rolling update: waiting for " + name(pod) + " to be Running and Ready";
            }
        }
        String currentRevision = set.getStatus().getCurrentRevision();
        if (partition > 0 && currentRevision != null && !currentRevision.isEmpty() && !currentRevision.equals(updateRevision)) {
            return "partitioned roll out complete: ordinals below " + (start + partition) + " keep revision " + currentRevision;
        }
        return null;
    }

    // ---- what is wrong with one pod ----

    /** A created pod, not terminating, that is not Running and Ready: the most specific reason the API shows. */
    private String notReadyLine(Pod pod) {
        String podName = name(pod);
        if ("Pending".equals(Pods.phase(pod))) {
            String claim = unboundClaim(pod);
            if (claim != null) {
                return "waiting for claim " + claim + " to be bound";
            }
            PodCondition scheduled = Pods.condition(pod, "PodScheduled");
            if (scheduled != null && "False".equals(scheduled.getStatus()) && scheduled.getMessage() != null
                    && !scheduled.getMessage().isEmpty()) {
                return podName + " Pending: " + scheduled.getMessage();
            }
        }
        String node = Pods.nodeName(pod);
        if (node != null && nodes.containsKey(node) && !nodeReady(nodes.get(node))) {
            return "waiting for " + podName + " to be Running and Ready (node " + node + " NotReady)";
        }
        String status = PodPrinter.status(pod);
        return "waiting for " + podName + " to be Running and Ready"
                + (status.isEmpty() || "Running".equals(status) ? "" : " (" + status + ")");
    }

    private String unboundClaim(Pod pod) {
        for (String claimName : Pods.claimNames(pod)) {
            PersistentVolumeClaim claim = claims.get(claimName);
            String phase = claim == null || claim.getStatus() == null ? null : claim.getStatus().getPhase();
            if (claim == null || phase == null || "Pending".equals(phase)) {
                return claimName;
            }
        }
        return null;
    }

    private String claimBeingDeleted(String podName) {
        for (PersistentVolumeClaim template : set.getSpec().getVolumeClaimTemplates()) {
            String claimName = template.getMetadata().getName() + "-" + podName;
            PersistentVolumeClaim claim = claims.get(claimName);
            if (claim != null && claim.getMetadata().getDeletionTimestamp() != null) {
                return claimName;
            }
        }
        return null;
    }

    // ---- small predicates, as stateful_set_utils.go names them ----

    /** isUnavailable: not healthy (Running, Ready, not Terminating) or not Available for minReadySeconds. */
    private boolean unavailable(Pod pod) {
        return !Pods.isRunningAndReady(pod) || Pods.isTerminating(pod) || !Pods.isRunningAndAvailable(pod, minReady, now);
    }

    private boolean outdated(Pod pod) {
        String updateRevision = set.getStatus() == null ? null : set.getStatus().getUpdateRevision();
        Map<String, String> labels = pod.getMetadata().getLabels();
        return updateRevision != null && !updateRevision.equals(labels == null ? null : labels.get(REVISION_LABEL));
    }

    /** A RollingUpdate is in progress (currentRevision != updateRevision) and ordinal start+i is at or above the partition. */
    private boolean inRollout(int i) {
        String current = set.getStatus() == null ? null : set.getStatus().getCurrentRevision();
        String update = set.getStatus() == null ? null : set.getStatus().getUpdateRevision();
        return "RollingUpdate".equals(strategyType()) && i >= partition() && current != null && !current.isEmpty()
                && update != null && !update.isEmpty() && !current.equals(update);
    }

    private String rollout(int i, String line) {
        return inRollout(i) ? "rolling update: " + line : line;
    }

    private String strategyType() {
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        return strategy == null || strategy.getType() == null ? "RollingUpdate" : strategy.getType(); // API default
    }

    private int partition() {
        StatefulSetUpdateStrategy strategy = set.getSpec().getUpdateStrategy();
        return strategy == null || strategy.getRollingUpdate() == null || strategy.getRollingUpdate().getPartition() == null
                ? 0 : strategy.getRollingUpdate().getPartition();
    }

    private long readyCount() {
        return Arrays.stream(replicas).filter(p -> p != null && Pods.isRunningAndReady(p) && !Pods.isTerminating(p)).count();
    }

    /** Owned through the controller reference's uid when both uids are known, else named {@code <set>-<ordinal>}. */
    private boolean belongsToSet(Pod pod) {
        if (!namespace(pod.getMetadata().getNamespace()).equals(namespace(set.getMetadata().getNamespace()))
                || !setName.equals(Pods.parentName(pod.getMetadata().getName()))) {
            return false;
        }
        for (OwnerReference ref : pod.getMetadata().getOwnerReferences()) {
            if (Boolean.TRUE.equals(ref.getController())) {
                String uid = set.getMetadata().getUid();
                return uid != null && ref.getUid() != null ? uid.equals(ref.getUid()) : "StatefulSet".equals(ref.getKind());
            }
        }
        return true;
    }

    /** The node no longer answers: Ready not True, the unreachable taint, or gone from a non-empty node list. */
    private boolean unreachable(String nodeName) {
        Node node = nodes.get(nodeName);
        if (node == null) {
            return !nodes.isEmpty();
        }
        boolean tainted = node.getSpec() != null && node.getSpec().getTaints() != null
                && node.getSpec().getTaints().stream().map(Taint::getKey).anyMatch(UNREACHABLE_TAINT::equals);
        return tainted || !nodeReady(node);
    }

    private static boolean nodeReady(Node node) {
        if (node.getStatus() == null) {
            return false;
        }
        for (NodeCondition c : node.getStatus().getConditions()) {
            if ("Ready".equals(c.getType())) {
                return "True".equals(c.getStatus());
            }
        }
        return false;
    }

    private static String name(Pod pod) {
        return pod.getMetadata().getName();
    }

    private static String namespace(String namespace) {
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }
}
