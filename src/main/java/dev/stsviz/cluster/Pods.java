package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Volume;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Pure questions about a pod, as the controllers ask them ({@code pkg/api/v1/pod/util.go}). */
public final class Pods {

    public static String phase(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getPhase() == null ? "" : pod.getStatus().getPhase();
    }

    public static PodCondition condition(Pod pod, String type) {
        if (pod.getStatus() == null) {
            return null;
        }
        for (PodCondition c : pod.getStatus().getConditions()) {
            if (type.equals(c.getType())) {
                return c;
            }
        }
        return null;
    }

    /** The pod's Ready condition is True (IsPodReady). */
    public static boolean isReady(Pod pod) {
        PodCondition ready = condition(pod, "Ready");
        return ready != null && "True".equals(ready.getStatus());
    }

    public static boolean isTerminating(Pod pod) {
        return pod.getMetadata().getDeletionTimestamp() != null;
    }

    public static boolean isRunningAndReady(Pod pod) {
        return "Running".equals(phase(pod)) && isReady(pod);
    }

    /** Running, Ready, and Ready for at least minReadySeconds (IsPodAvailable). */
    public static boolean isRunningAndAvailable(Pod pod, int minReadySeconds, Instant now) {
        if (!isRunningAndReady(pod)) {
            return false;
        }
        if (minReadySeconds <= 0) {
            return true;
        }
        PodCondition ready = condition(pod, "Ready");
        Instant since = Timestamps.parse(ready.getLastTransitionTime());
        return since != null && !since.plusSeconds(minReadySeconds).isAfter(now);
    }

    public static boolean isTerminal(Pod pod) {
        String phase = phase(pod);
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    public static String nodeName(Pod pod) {
        return pod.getSpec() == null ? null : pod.getSpec().getNodeName();
    }

    /** Claim names of the pod's PVC volumes, in volume order. */
    public static List<String> claimNames(Pod pod) {
        List<String> names = new ArrayList<>();
        if (pod.getSpec() != null) {
            for (Volume v : pod.getSpec().getVolumes()) {
                if (v.getPersistentVolumeClaim() != null) {
                    names.add(v.getPersistentVolumeClaim().getClaimName());
                }
            }
        }
        return names;
    }

    /**
     * The ordinal from "<parent>-<ordinal>", or -1 (getParentNameAndOrdinal in stateful_set_utils.go: the regex
     * {@code (.*)-([0-9]+)$}, then a 32-bit parse). Digits only, no allocation: the diagram sorts by it.
     */
    public static int ordinal(String podName) {
        int dash = podName.lastIndexOf('-');
        if (dash < 0 || dash == podName.length() - 1) {
            return -1;
        }
        long value = 0;
        for (int i = dash + 1; i < podName.length(); i++) {
            char c = podName.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
            if (value > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) value;
    }

    public static String parentName(String podName) {
        int dash = podName.lastIndexOf('-');
        return dash < 0 ? "" : podName.substring(0, dash);
    }

    private Pods() {
    }
}
