package dev.stsviz.sim.apiserver;

import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetSpec;

import java.util.Map;

/**
 * A ReplicaSet's defaults ({@code pkg/apis/apps/v1/defaults.go}: replicas 1; the template's pod defaults) and the
 * validation a class meets first ({@code pkg/apis/apps/validation}: a selector is required, must not be empty, and
 * must select the template's labels).
 */
public final class ReplicaSetDefaults {
    static void admit(ReplicaSet rs) {
        ReplicaSetSpec spec = rs.getSpec();
        String name = rs.getMetadata().getName();
        if (spec == null || spec.getSelector() == null) {
            throw ApiException.invalid(Kinds.REPLICA_SET, name, "spec.selector: Required value");
        }
        LabelSelector selector = spec.getSelector();
        if (isEmpty(selector.getMatchLabels()) && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty())) {
            throw ApiException.invalid(Kinds.REPLICA_SET, name,
                    "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment");
        }
        Map<String, String> labels = spec.getTemplate() == null || spec.getTemplate().getMetadata() == null ? null
                : spec.getTemplate().getMetadata().getLabels();
        if (!LabelSelectors.matches(selector, labels)) {
            throw ApiException.invalid(Kinds.REPLICA_SET, name, "spec.template.metadata.labels: Invalid value: "
                    + goMap(labels) + ": `selector` does not match template `labels`");
        }
        if (spec.getReplicas() == null) {
            spec.setReplicas(1);
        }
        if (spec.getMinReadySeconds() == null) {
            spec.setMinReadySeconds(0);
        }
        if (spec.getTemplate().getSpec() != null) {
            PodDefaults.apply(spec.getTemplate().getSpec());
        }
    }

    /** Defaults the pod template the way create does (used by apply). */
    public static void defaultPodTemplate(ReplicaSetSpec spec) {
        if (spec.getTemplate() != null && spec.getTemplate().getSpec() != null) {
            PodDefaults.apply(spec.getTemplate().getSpec());
        }
    }

    /** Go's %#v of a map[string]string, keys sorted. */
    private static String goMap(Map<String, String> labels) {
        if (labels == null) {
            return "map[string]string(nil)";
        }
        StringBuilder sb = new StringBuilder("map[string]string{");
        String sep = "";
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(labels).entrySet()) {
            sb.append(sep).append('"').append(e.getKey()).append("\":\"").append(e.getValue()).append('"');
            sep = ", ";
        }
        return sb.append('}').toString();
    }

    private static boolean isEmpty(Map<String, String> map) {
        return map == null || map.isEmpty();
    }

    private ReplicaSetDefaults() {
    }
}
