package dev.stsviz.sim.controllers.replicaset;

import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Timestamps;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * {@code getPodsToDelete} of {@code replica_set.go} with {@code ActivePodsWithRanks.Less} of {@code controller_utils.go}
 * as Kubernetes 1.24 runs it (PodDeletionCost and LogarithmicScaleDown beta, on). A pod earlier in this order is deleted
 * first: unassigned before assigned; Pending before Unknown before Running; not ready before ready; lower
 * {@code controller.kubernetes.io/pod-deletion-cost}; more active sibling pods on its node; ready for a shorter time,
 * compared by log2 of the nanoseconds since (equal ranks: the smaller uid); more restarts; created later (log2 rank
 * again, then uid). Pods equal in all of that keep the order the informer cache lists them in, which is random.
 */
final class PodsToDelete {
    static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";
    private static final Map<String, Integer> PHASE_ORDINAL = Map.of("Pending", 0, "Unknown", 1, "Running", 2);

    /**
     * The {@code diff} pods to delete. {@code related} are the active pods of the ReplicaSets with the same controller
     * (none for a ReplicaSet of its own): they give each node its rank. {@code listerOrder} shuffles the pods first.
     */
    static List<Pod> choose(List<Pod> filtered, List<Pod> related, int diff, Instant now, Random listerOrder) {
        List<Pod> pods = new ArrayList<>(filtered);
        Collections.shuffle(pods, listerOrder); // the cache's map order, which is what Go's sort starts from
        if (diff < pods.size()) { // no need to sort when all of them go
            TreeMap<String, Integer> podsOnNode = new TreeMap<>();
            for (Pod p : related) {
                if (isActive(p)) {
                    podsOnNode.merge(node(p), 1, Integer::sum);
                }
            }
            sort(pods, podsOnNode, now);
        }
        return pods.subList(0, diff);
    }

    /** An insertion sort: stable, as Go's sort.Sort is for small slices, and safe with Less's non-transitive corners. */
    private static void sort(List<Pod> pods, Map<String, Integer> podsOnNode, Instant now) {
        for (int i = 1; i < pods.size(); i++) {
            for (int j = i; j > 0 && less(pods.get(j), pods.get(j - 1), podsOnNode, now); j--) {
                Collections.swap(pods, j, j - 1);
            }
        }
    }

    static boolean isActive(Pod pod) {
        return !Pods.isTerminal(pod) && !Pods.isTerminating(pod); // IsPodActive
    }

    /** ActivePodsWithRanks.Less: whether {@code a} should be deleted before {@code b}. */
    static boolean less(Pod a, Pod b, Map<String, Integer> podsOnNode, Instant now) {
        String nodeA = node(a);
        String nodeB = node(b);
        // 1. unassigned < assigned
        if (!nodeA.equals(nodeB) && (nodeA.isEmpty() || nodeB.isEmpty())) {
            return nodeA.isEmpty();
        }
        // 2. PodPending < PodUnknown < PodRunning
        int phaseA = PHASE_ORDINAL.getOrDefault(Pods.phase(a), 0);
        int phaseB = PHASE_ORDINAL.getOrDefault(Pods.phase(b), 0);
        if (phaseA != phaseB) {
            return phaseA < phaseB;
        }
        // 3. not ready < ready
        if (Pods.isReady(a) != Pods.isReady(b)) {
            return !Pods.isReady(a);
        }
        // 4. lower pod-deletion-cost < higher
        int costA = deletionCost(a);
        int costB = deletionCost(b);
        if (costA != costB) {
            return costA < costB;
        }
        // 5. doubled up < not doubled up
        int rankA = podsOnNode.getOrDefault(nodeA, 0);
        int rankB = podsOnNode.getOrDefault(nodeB, 0);
        if (rankA != rankB) {
            return rankA > rankB;
        }
        // 6. been ready for empty time < less time < more time, on a log2 scale
        if (Pods.isReady(a) && Pods.isReady(b)) {
            Instant readyA = readyTime(a);
            Instant readyB = readyTime(b);
            if (!same(readyA, readyB)) {
                return newerOnLogScale(readyA, readyB, a, b, now);
            }
        }
        // 7. more restarts < fewer
        int restartsA = maxRestarts(a);
        int restartsB = maxRestarts(b);
        if (restartsA != restartsB) {
            return restartsA > restartsB;
        }
        // 8. empty creation time < newer < older, on a log2 scale
        Instant createdA = Timestamps.parse(a.getMetadata().getCreationTimestamp());
        Instant createdB = Timestamps.parse(b.getMetadata().getCreationTimestamp());
        if (!same(createdA, createdB)) {
            return newerOnLogScale(createdA, createdB, a, b, now);
        }
        return false;
    }

    private static boolean newerOnLogScale(Instant t1, Instant t2, Pod a, Pod b, Instant now) {
        if (now == null || t1 == null || t2 == null) {
            return afterOrZero(t1, t2);
        }
        long rankDiff = logarithmicRankDiff(t1, t2, now);
        if (rankDiff == 0) {
            return a.getMetadata().getUid().compareTo(b.getMetadata().getUid()) < 0;
        }
        return rankDiff < 0;
    }

    /** logarithmicRankDiff: int64(math.Log2(float64(now - t))) of each, in nanoseconds; -1 when not in the past. */
    static long logarithmicRankDiff(Instant t1, Instant t2, Instant now) {
        return log2Rank(Duration.between(t1, now)) - log2Rank(Duration.between(t2, now));
    }

    /** Go's Log2 is exact at powers of two and float64 holds durations under 104 days exactly: the floor of log2. */
    private static long log2Rank(Duration d) {
        long nanos = d.toNanos();
        return nanos > 0 ? 63 - Long.numberOfLeadingZeros(nanos) : -1;
    }

    /** afterOrZero: t1 after t2, a zero (absent) time counting as the latest. */
    private static boolean afterOrZero(Instant t1, Instant t2) {
        if (t1 == null || t2 == null) {
            return t1 == null;
        }
        return t1.isAfter(t2);
    }

    private static boolean same(Instant a, Instant b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Instant readyTime(Pod pod) {
        PodCondition ready = Pods.condition(pod, "Ready");
        return ready == null || !"True".equals(ready.getStatus()) ? null : Timestamps.parse(ready.getLastTransitionTime());
    }

    private static int maxRestarts(Pod pod) {
        int max = 0;
        if (pod.getStatus() != null) {
            for (var c : pod.getStatus().getContainerStatuses()) {
                max = Math.max(max, c.getRestartCount() == null ? 0 : c.getRestartCount());
            }
        }
        return max;
    }

    /** GetDeletionCostFromPodAnnotations: an int32 without "+" or leading zeros, anything else counting as 0. */
    static int deletionCost(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        String value = annotations == null ? null : annotations.get(DELETION_COST);
        if (value == null || value.isEmpty()) {
            return 0;
        }
        char first = value.charAt(0);
        boolean validFirst = first == '-' || value.equals("0") || (first >= '1' && first <= '9');
        if (!validFirst) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String node(Pod pod) {
        String node = Pods.nodeName(pod);
        return node == null ? "" : node;
    }

    private PodsToDelete() {
    }
}
