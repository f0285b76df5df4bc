package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/** describe.go's {@code DescribePodTemplate}: the "Pod Template:" section of controllers. */
final class PodTemplates {

    private PodTemplates() {
    }

    static void describe(PrefixWriter w, PodTemplateSpec template) {
        w.write(LEVEL_0, "Pod Template:\n");
        if (template == null) {
            w.write(LEVEL_1, "<unset>");
            return;
        }
        ObjectMeta meta = template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
        PodSpec spec = template.getSpec() == null ? new PodSpec() : template.getSpec();
        Multiline.labels(w, "  Labels", meta.getLabels());
        if (!GoZero.map(meta.getAnnotations()).isEmpty()) {
            Multiline.annotations(w, "  Annotations", meta.getAnnotations());
        }
        if (!str(spec.getServiceAccountName()).isEmpty()) {
            w.write(LEVEL_1, "Service Account:\t" + spec.getServiceAccountName() + "\n");
        }
        if (!list(spec.getInitContainers()).isEmpty()) {
            Containers.describe(w, "Init Containers", spec.getInitContainers(), null, null, "  ");
        }
        Containers.describe(w, "Containers", spec.getContainers(), null, null, "  ");
        Volumes.describe(w, spec.getVolumes(), "  ");
        TopologySpread.describe(w, spec.getTopologySpreadConstraints(), "  ");
        if (!str(spec.getPriorityClassName()).isEmpty()) {
            w.write(LEVEL_1, "Priority Class Name:\t" + spec.getPriorityClassName() + "\n");
        }
        Multiline.labels(w, "  Node-Selectors", spec.getNodeSelector());
        Multiline.tolerations(w, "  Tolerations", spec.getTolerations());
    }
}
