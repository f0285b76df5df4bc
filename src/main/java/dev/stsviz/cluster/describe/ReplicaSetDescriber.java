package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import dev.stsviz.cluster.print.GoZero;
import dev.stsviz.cluster.print.SelectorText;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetCondition;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetSpec;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@code kubectl describe replicaset}: port of describe.go's {@code describeReplicaSet} (kubectl 1.32). Unlike the
 * StatefulSet's it prints no CreationTimestamp, and its selector through {@code metav1.FormatLabelSelector}.
 */
public final class ReplicaSetDescriber {

    private ReplicaSetDescriber() {
    }

    /**
     * @param pods   the namespace's pods; as {@code getPodStatusForController}, only those whose controller reference
     *               carries this ReplicaSet's UID are counted
     * @param events events about the ReplicaSet; null omits the Events section
     */
    public static String describe(ReplicaSet rs, List<Pod> pods, List<Event> events, Instant now) {
        Objects.requireNonNull(now, "now");
        PrefixWriter w = new PrefixWriter();
        ObjectMeta meta = GoZero.meta(rs);
        ReplicaSetSpec spec = rs.getSpec() == null ? new ReplicaSetSpec() : rs.getSpec();

        w.write(LEVEL_0, "Name:\t" + str(meta.getName()) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + str(meta.getNamespace()) + "\n");
        w.write(LEVEL_0, "Selector:\t" + SelectorText.format(spec.getSelector()) + "\n");
        Multiline.labels(w, "Labels", meta.getLabels());
        Multiline.annotations(w, "Annotations", meta.getAnnotations());
        String controlledBy = Go.printController(rs);
        if (!controlledBy.isEmpty()) {
            w.write(LEVEL_0, "Controlled By:\t" + controlledBy + "\n"); // a Deployment's ReplicaSet
        }
        int current = rs.getStatus() == null ? 0 : num(rs.getStatus().getReplicas());
        // the API server defaults an unset spec.replicas to 1 (kubectl would dereference nil)
        int desired = spec.getReplicas() == null ? 1 : spec.getReplicas();
        w.write(LEVEL_0, "Replicas:\t" + current + " current / " + desired + " desired\n");
        int[] counts = StatefulSetDescriber.podPhases(str(meta.getUid()), pods);
        w.write(LEVEL_0, "Pods Status:\t" + counts[0] + " Running / " + counts[1] + " Waiting / " + counts[2]
                + " Succeeded / " + counts[3] + " Failed\n");
        // Go's rs.Spec.Template is a value, never nil: an absent one describes as an empty template, not "<unset>"
        PodTemplates.describe(w, spec.getTemplate() == null ? new PodTemplateSpec() : spec.getTemplate());
        List<ReplicaSetCondition> conditions = rs.getStatus() == null ? List.of() : list(rs.getStatus().getConditions());
        if (!conditions.isEmpty()) {
            // e.g. ReplicaFailure False/True FailedCreate when a quota refuses pods
            w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tReason\n");
            w.write(LEVEL_1, "----\t------\t------\n");
            for (ReplicaSetCondition c : conditions) {
                w.write(LEVEL_1, str(c.getType()) + " \t" + str(c.getStatus()) + "\t" + str(c.getReason()) + "\n");
            }
        }
        if (events != null) {
            EventsSection.write(w, events, now);
        }
        return w.render();
    }
}
