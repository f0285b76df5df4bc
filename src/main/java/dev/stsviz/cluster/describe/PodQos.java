package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kubectl's {@code qos.GetPodQOS} ({@code pkg/util/qos/qos.go}): {@code status.qosClass} when the kubelet
 * recorded it, otherwise {@code ComputePodQOS} over the cpu and memory requests and limits of the
 * containers and init containers.
 */
final class PodQos {

    private static final Set<String> QOS_RESOURCES = Set.of("cpu", "memory");

    private PodQos() {
    }

    static String of(Pod pod) {
        String recorded = pod.getStatus() == null ? "" : str(pod.getStatus().getQosClass());
        return recorded.isEmpty() ? compute(pod) : recorded;
    }

    /** {@code ComputePodQOS}. */
    static String compute(Pod pod) {
        Map<String, GoQuantity> requests = new HashMap<>();
        Map<String, GoQuantity> limits = new HashMap<>();
        boolean guaranteed = true;
        List<Container> all = new ArrayList<>();
        if (pod.getSpec() != null) {
            all.addAll(list(pod.getSpec().getContainers()));
            all.addAll(list(pod.getSpec().getInitContainers()));
        }
        for (Container c : all) {
            Map<String, Quantity> req = c.getResources() == null ? null : c.getResources().getRequests();
            Map<String, Quantity> lim = c.getResources() == null ? null : c.getResources().getLimits();
            sumPositive(requests, req);
            Set<String> limitsFound = sumPositive(limits, lim);
            if (!limitsFound.containsAll(QOS_RESOURCES)) {
                guaranteed = false;
            }
        }
        if (requests.isEmpty() && limits.isEmpty()) {
            return "BestEffort";
        }
        if (guaranteed) {
            for (Map.Entry<String, GoQuantity> e : requests.entrySet()) {
                GoQuantity limit = limits.get(e.getKey());
                if (limit == null || limit.cmp(e.getValue()) != 0) {
                    guaranteed = false;
                    break;
                }
            }
        }
        return guaranteed && requests.size() == limits.size() ? "Guaranteed" : "Burstable";
    }

    /** Adds the positive cpu/memory quantities of {@code list} into {@code total}; returns their names. */
    private static Set<String> sumPositive(Map<String, GoQuantity> total, Map<String, Quantity> list) {
        Set<String> found = new HashSet<>();
        for (Map.Entry<String, Quantity> e : GoZero.map(list).entrySet()) {
            GoQuantity q = GoQuantity.of(e.getValue());
            if (!QOS_RESOURCES.contains(e.getKey()) || q.value().signum() <= 0) {
                continue;
            }
            found.add(e.getKey());
            total.merge(e.getKey(), q, GoQuantity::add);
        }
        return found;
    }
}
