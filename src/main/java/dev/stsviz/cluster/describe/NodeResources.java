package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * describe.go's {@code describeNodeResource}: the "Non-terminated Pods" table (requests and limits as a
 * percentage of allocatable, truncated like Go's {@code int64(float64)}) and the "Allocated resources"
 * totals, with hugepages and extended resources after cpu, memory and ephemeral-storage.
 */
final class NodeResources {

    /** {@code IsStandardContainerResourceName}: these are not "extended" resources. */
    private static final Set<String> STANDARD = Set.of("cpu", "memory", "ephemeral-storage");

    private NodeResources() {
    }

    static void write(PrefixWriter w, Node node, List<Pod> pods, Instant now) {
        w.write(LEVEL_0, "Non-terminated Pods:\t(" + pods.size() + " in total)\n");
        w.write(LEVEL_1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
        w.write(LEVEL_1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
        Map<String, Quantity> allocatable = allocatable(node);
        GoQuantity allocCpu = GoQuantity.get(allocatable, "cpu");
        GoQuantity allocMemory = GoQuantity.get(allocatable, "memory");

        Map<String, GoQuantity> reqs = new HashMap<>();
        Map<String, GoQuantity> limits = new HashMap<>();
        for (Pod pod : pods) {
            Map<String, GoQuantity> req = PodResources.of(pod, false);
            Map<String, GoQuantity> lim = PodResources.of(pod, true);
            PodResources.add(reqs, req);
            PodResources.add(limits, lim);
            GoQuantity cpuReq = get(req, "cpu");
            GoQuantity cpuLim = get(lim, "cpu");
            GoQuantity memReq = get(req, "memory");
            GoQuantity memLim = get(lim, "memory");
            // no zero guard here in describe.go
            w.write(LEVEL_1, GoZero.str(GoZero.meta(pod).getNamespace()) + "\t" + GoZero.str(GoZero.meta(pod).getName()) + "\t\t"
                    + cpuReq + " (" + percent(cpuReq.milliValue(), allocCpu.milliValue()) + "%)\t"
                    + cpuLim + " (" + percent(cpuLim.milliValue(), allocCpu.milliValue()) + "%)\t"
                    + memReq + " (" + percent(memReq.goValue(), allocMemory.goValue()) + "%)\t"
                    + memLim + " (" + percent(memLim.goValue(), allocMemory.goValue()) + "%)\t"
                    + GoTime.since(GoZero.meta(pod).getCreationTimestamp(), now) + "\n");
        }

        w.write(LEVEL_0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
        w.write(LEVEL_1, "Resource\tRequests\tLimits\n");
        w.write(LEVEL_1, "--------\t--------\t------\n");
        total(w, "cpu", get(reqs, "cpu").milliValue(), get(limits, "cpu").milliValue(), allocCpu.milliValue(), reqs, limits);
        total(w, "memory", get(reqs, "memory").goValue(), get(limits, "memory").goValue(), allocMemory.goValue(),
                reqs, limits);
        GoQuantity allocEphemeral = GoQuantity.get(allocatable, "ephemeral-storage");
        total(w, "ephemeral-storage", get(reqs, "ephemeral-storage").goValue(),
                get(limits, "ephemeral-storage").goValue(), allocEphemeral.goValue(), reqs, limits);

        List<String> hugePages = new ArrayList<>();
        List<String> extended = new ArrayList<>();
        for (String resource : allocatable.keySet()) {
            if (resource.startsWith("hugepages-")) {
                hugePages.add(resource);
            } else if (!isStandard(resource) && !"pods".equals(resource)) {
                extended.add(resource);
            }
        }
        hugePages.sort(null);
        extended.sort(null);
        for (String resource : hugePages) {
            total(w, resource, get(reqs, resource).goValue(), get(limits, resource).goValue(),
                    GoQuantity.get(allocatable, resource).goValue(), reqs, limits);
        }
        for (String resource : extended) {
            w.write(LEVEL_1, resource + "\t" + get(reqs, resource) + "\t" + get(limits, resource) + "\n");
        }
    }

    /** Allocatable, or capacity when the node reports no allocatable. */
    static Map<String, Quantity> allocatable(Node node) {
        if (node.getStatus() == null) {
            return Map.of();
        }
        Map<String, Quantity> a = node.getStatus().getAllocatable();
        return a != null && !a.isEmpty() ? a : GoZero.map(node.getStatus().getCapacity());
    }

    /** One "resource  requests (x%)  limits (y%)" row; 0% when nothing is allocatable. */
    private static void total(PrefixWriter w, String resource, long req, long lim, long allocatable,
            Map<String, GoQuantity> reqs, Map<String, GoQuantity> limits) {
        long reqPercent = allocatable == 0 ? 0 : percent(req, allocatable);
        long limPercent = allocatable == 0 ? 0 : percent(lim, allocatable);
        w.write(LEVEL_1, resource + "\t" + get(reqs, resource) + " (" + reqPercent + "%)\t" + get(limits, resource)
                + " (" + limPercent + "%)\n");
    }

    /** {@code int64(float64(part) / float64(whole) * 100)}. */
    static long percent(long part, long whole) {
        return Go.int64((double) part / (double) whole * 100);
    }

    /**
     * {@code IsStandardContainerResourceName}: cpu, memory, ephemeral-storage and hugepages-*; anything
     * else but "pods" is an extended resource.
     */
    private static boolean isStandard(String resource) {
        return STANDARD.contains(resource) || resource.startsWith("hugepages-");
    }

    private static GoQuantity get(Map<String, GoQuantity> list, String name) {
        return list.getOrDefault(name, GoQuantity.ZERO);
    }
}
