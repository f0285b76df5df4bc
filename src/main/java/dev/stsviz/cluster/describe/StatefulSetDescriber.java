package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateStatefulSetStrategy;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetUpdateStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@code kubectl describe statefulset}: port of describe.go's {@code describeStatefulSet} (kubectl 1.32). */
public final class StatefulSetDescriber {

    private StatefulSetDescriber() {
    }

    /**
     * @param itsPods the pods matching the selector; as in {@code getPodStatusForController}, only those
     *                whose controller reference carries this StatefulSet's UID are counted
     * @param events  events about the StatefulSet; null omits the Events section
     */
    public static String describe(StatefulSet sts, List<Pod> itsPods, List<Event> events, Instant now) {
        Objects.requireNonNull(now, "now");
        PrefixWriter w = new PrefixWriter();
        ObjectMeta meta = GoZero.meta(sts);
        StatefulSetSpec spec = sts.getSpec() == null ? new StatefulSetSpec() : sts.getSpec();

        w.write(LEVEL_0, "Name:\t" + str(meta.getName()) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + str(meta.getNamespace()) + "\n");
        w.write(LEVEL_0, "CreationTimestamp:\t" + GoTime.rfc1123z(meta.getCreationTimestamp()) + "\n");
        w.write(LEVEL_0, "Selector:\t" + Selectors.format(spec.getSelector()) + "\n");
        Multiline.labels(w, "Labels", meta.getLabels());
        Multiline.annotations(w, "Annotations", meta.getAnnotations());
        int total = sts.getStatus() == null ? 0 : GoZero.num(sts.getStatus().getReplicas());
        w.write(LEVEL_0, "Replicas:\t" + desired(spec) + " desired | " + total + " total\n");
        updateStrategy(w, spec.getUpdateStrategy());
        int[] counts = podPhases(str(meta.getUid()), itsPods);
        w.write(LEVEL_0, "Pods Status:\t" + counts[0] + " Running / " + counts[1] + " Waiting / " + counts[2]
                + " Succeeded / " + counts[3] + " Failed\n");
        PodTemplates.describe(w, spec.getTemplate());
        volumeClaimTemplates(w, spec.getVolumeClaimTemplates());
        if (events != null) {
            EventsSection.write(w, events, now);
        }
        return w.render();
    }

    /** spec.replicas; the API server defaults an unset value to 1 (kubectl would dereference nil). */
    private static int desired(StatefulSetSpec spec) {
        return spec.getReplicas() == null ? 1 : spec.getReplicas();
    }

    /** "Update Strategy:" and, with a partition, "Partition:" (and "MaxUnavailable:" when set). */
    private static void updateStrategy(PrefixWriter w, StatefulSetUpdateStrategy strategy) {
        StatefulSetUpdateStrategy s = strategy == null ? new StatefulSetUpdateStrategy() : strategy;
        w.write(LEVEL_0, "Update Strategy:\t" + str(s.getType()) + "\n");
        RollingUpdateStatefulSetStrategy ru = s.getRollingUpdate();
        if (ru != null && ru.getPartition() != null) {
            w.write(LEVEL_1, "Partition:\t" + ru.getPartition() + "\n");
            if (ru.getMaxUnavailable() != null) {
                w.write(LEVEL_1, "MaxUnavailable:\t" + Go.intOrString(ru.getMaxUnavailable()) + "\n");
            }
        }
    }

    /** {@code getPodStatusForController}: Running, Pending ("Waiting"), Succeeded, Failed counts. */
    static int[] podPhases(String uid, List<Pod> pods) {
        int[] counts = new int[4];
        for (Pod pod : list(pods)) {
            OwnerReference ref = Go.controllerOf(pod);
            if (ref == null || !str(ref.getUid()).equals(uid)) {
                continue; // orphans and pods of other controllers
            }
            switch (pod.getStatus() == null ? "" : str(pod.getStatus().getPhase())) {
                case "Running" -> counts[0]++;
                case "Pending" -> counts[1]++;
                case "Succeeded" -> counts[2]++;
                case "Failed" -> counts[3]++;
                default -> {
                }
            }
        }
        return counts;
    }

    /** {@code describeVolumeClaimTemplates}. */
    private static void volumeClaimTemplates(PrefixWriter w, List<PersistentVolumeClaim> templates) {
        if (list(templates).isEmpty()) {
            w.write(LEVEL_0, "Volume Claims:\t<none>\n");
            return;
        }
        w.write(LEVEL_0, "Volume Claims:\n");
        for (PersistentVolumeClaim pvc : templates) {
            ObjectMeta meta = GoZero.meta(pvc);
            w.write(LEVEL_1, "Name:\t" + str(meta.getName()) + "\n");
            w.write(LEVEL_1, "StorageClass:\t" + ClaimFields.storageClass(pvc) + "\n");
            Multiline.labels(w, "  ", "Labels", meta.getLabels());
            Multiline.labels(w, "  ", "Annotations", meta.getAnnotations());
            boolean hasStorage = pvc.getSpec() != null && pvc.getSpec().getResources() != null
                    && GoZero.map(pvc.getSpec().getResources().getRequests()).containsKey("storage");
            String capacity = hasStorage
                    ? GoQuantity.of(pvc.getSpec().getResources().getRequests().get("storage")).toString()
                    : "<default>";
            w.write(LEVEL_1, "Capacity:\t" + capacity + "\n");
            w.write(LEVEL_1, "Access Modes:\t" + Go.goSlice(pvc.getSpec() == null ? null : pvc.getSpec().getAccessModes())
                    + "\n");
        }
    }
}
