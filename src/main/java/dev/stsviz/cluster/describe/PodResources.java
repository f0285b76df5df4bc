package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * kubectl's {@code resourcehelper.PodRequestsAndLimits} ({@code pkg/util/resource}): the containers' sum,
 * raised to the largest init container (sidecars, i.e. restartable init containers, add up and run
 * alongside), plus the pod overhead (added to limits only where a limit exists). In-place resize
 * ({@code status.containerStatuses[].allocatedResources}) is not modelled.
 */
final class PodResources {

    private PodResources() {
    }

    /** @param limits false for requests, true for limits */
    static Map<String, GoQuantity> of(Pod pod, boolean limits) {
        PodSpec spec = pod.getSpec() == null ? new PodSpec() : pod.getSpec();
        Map<String, GoQuantity> total = new LinkedHashMap<>();
        for (Container c : list(spec.getContainers())) {
            add(total, quantities(c, limits));
        }
        Map<String, GoQuantity> sidecars = new LinkedHashMap<>();
        Map<String, GoQuantity> initMax = new LinkedHashMap<>();
        for (Container c : list(spec.getInitContainers())) {
            Map<String, GoQuantity> own = quantities(c, limits);
            Map<String, GoQuantity> effective;
            if ("Always".equals(c.getRestartPolicy())) {
                add(total, own);
                add(sidecars, own);
                effective = sidecars;
            } else {
                effective = new LinkedHashMap<>();
                add(effective, own);
                add(effective, sidecars);
            }
            max(initMax, effective);
        }
        max(total, initMax);
        for (Map.Entry<String, Quantity> e : GoZero.map(spec.getOverhead()).entrySet()) {
            GoQuantity overhead = GoQuantity.of(e.getValue());
            if (!limits) {
                total.merge(e.getKey(), overhead, GoQuantity::add);
            } else if (total.containsKey(e.getKey())) {
                total.put(e.getKey(), total.get(e.getKey()).add(overhead));
            }
        }
        return total;
    }

    private static Map<String, GoQuantity> quantities(Container c, boolean limits) {
        Map<String, GoQuantity> out = new LinkedHashMap<>();
        if (c.getResources() != null) {
            for (Map.Entry<String, Quantity> e : GoZero.map(limits ? c.getResources().getLimits()
                    : c.getResources().getRequests()).entrySet()) {
                out.put(e.getKey(), GoQuantity.of(e.getValue()));
            }
        }
        return out;
    }

    /** {@code addResourceList}. */
    static void add(Map<String, GoQuantity> list, Map<String, GoQuantity> more) {
        for (Map.Entry<String, GoQuantity> e : more.entrySet()) {
            list.merge(e.getKey(), e.getValue(), GoQuantity::add);
        }
    }

    /** {@code maxResourceList}. */
    private static void max(Map<String, GoQuantity> list, Map<String, GoQuantity> other) {
        for (Map.Entry<String, GoQuantity> e : other.entrySet()) {
            GoQuantity current = list.get(e.getKey());
            if (current == null || e.getValue().cmp(current) > 0) {
                list.put(e.getKey(), e.getValue());
            }
        }
    }
}
