package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.StatefulSets;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Building a StatefulSet's pods and checking their identity and storage ({@code pkg/controller/statefulset/stateful_set_utils.go}).
 * The questions a reader of the API asks too (ordinals, revision, membership) are in {@link StatefulSets}.
 */
final class StatefulPods {
    static final String POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
    static final String POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";

    static String podName(StatefulSet set, int ordinal) {
        return set.getMetadata().getName() + "-" + ordinal;
    }

    static String claimName(StatefulSet set, PersistentVolumeClaim template, int ordinal) {
        return template.getMetadata().getName() + "-" + set.getMetadata().getName() + "-" + ordinal;
    }

    /** {@code claimName(set, template, ordinal).equals(name)} without building the name (every pod, every sync). */
    static boolean isClaimName(String name, StatefulSet set, PersistentVolumeClaim template, int ordinal) {
        String t = template.getMetadata().getName();
        String s = set.getMetadata().getName();
        int suffix = t.length() + s.length() + 2;
        return name != null && ordinal >= 0 && name.length() == suffix + digits(ordinal) && name.startsWith(t)
                && name.charAt(t.length()) == '-' && name.startsWith(s, t.length() + 1) && name.charAt(suffix - 1) == '-'
                && hasNumber(name, suffix, ordinal);
    }

    /** The characters from {@code from} on are exactly the decimal digits of {@code n} (the length was checked). */
    private static boolean hasNumber(String name, int from, int n) {
        for (int i = name.length() - 1; i >= from; i--) {
            if (name.charAt(i) != (char) ('0' + n % 10)) {
                return false;
            }
            n /= 10;
        }
        return true;
    }

    private static int digits(int n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }

    static OwnerReference controllerRef(StatefulSet set) {
        return new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("StatefulSet")
                .withName(set.getMetadata().getName()).withUid(set.getMetadata().getUid())
                .withController(true).withBlockOwnerDeletion(true).build();
    }

    /** newStatefulSetPod: the template, the ordinal's name and hostname, its own PVC volumes. */
    static Pod newPod(StatefulSet set, PodTemplateSpec template, int ordinal, String revision, boolean podIndexLabel) {
        ObjectMeta tm = template.getMetadata() == null ? new ObjectMeta() : template.getMetadata();
        Map<String, String> labels = new LinkedHashMap<>(tm.getLabels() == null ? Map.of() : tm.getLabels());
        Pod pod = new PodBuilder()
                .withNewMetadata()
                .withName(podName(set, ordinal))
                .withNamespace(set.getMetadata().getNamespace())
                .withLabels(labels)
                .withAnnotations(new LinkedHashMap<>(tm.getAnnotations() == null ? Map.of() : tm.getAnnotations()))
                .withOwnerReferences(controllerRef(set))
                .endMetadata()
                .withSpec(new PodBuilder().withSpec(template.getSpec()).build().getSpec())
                .build();
        updateIdentity(set, pod, podIndexLabel);
        updateStorage(set, pod);
        pod.getMetadata().getLabels().put(StatefulSets.REVISION_LABEL, revision);
        return pod;
    }

    static void updateIdentity(StatefulSet set, Pod pod, boolean podIndexLabel) {
        int ordinal = Pods.ordinal(pod.getMetadata().getName());
        pod.getMetadata().setNamespace(set.getMetadata().getNamespace());
        pod.getMetadata().getLabels().put(POD_NAME_LABEL, pod.getMetadata().getName());
        if (podIndexLabel) {
            pod.getMetadata().getLabels().put(POD_INDEX_LABEL, Integer.toString(ordinal));
        }
        pod.getSpec().setHostname(pod.getMetadata().getName());
        pod.getSpec().setSubdomain(set.getSpec().getServiceName());
    }

    /** Replaces the template's volumes named like a claim template with this ordinal's PVC. */
    static void updateStorage(StatefulSet set, Pod pod) {
        int ordinal = Pods.ordinal(pod.getMetadata().getName());
        List<Volume> volumes = new ArrayList<>();
        List<String> templateNames = new ArrayList<>();
        for (PersistentVolumeClaim t : set.getSpec().getVolumeClaimTemplates()) {
            templateNames.add(t.getMetadata().getName());
            volumes.add(new VolumeBuilder().withName(t.getMetadata().getName())
                    .withNewPersistentVolumeClaim().withClaimName(claimName(set, t, ordinal)).withReadOnly(false)
                    .endPersistentVolumeClaim().build());
        }
        for (Volume v : pod.getSpec().getVolumes()) {
            if (!templateNames.contains(v.getName())) {
                volumes.add(v);
            }
        }
        pod.getSpec().setVolumes(volumes);
    }

    static boolean identityMatches(StatefulSet set, Pod pod) {
        String name = pod.getMetadata().getName();
        return StatefulSets.isMemberOf(set, pod)
                && Objects.equals(set.getMetadata().getNamespace(), pod.getMetadata().getNamespace())
                && name.equals(pod.getMetadata().getLabels().get(POD_NAME_LABEL));
    }

    static boolean storageMatches(StatefulSet set, Pod pod) {
        int ordinal = Pods.ordinal(pod.getMetadata().getName());
        for (PersistentVolumeClaim t : set.getSpec().getVolumeClaimTemplates()) {
            Volume match = null; // a loop, not a stream: this runs for every pod on every sync
            for (Volume v : pod.getSpec().getVolumes()) {
                if (v.getName().equals(t.getMetadata().getName())) {
                    match = v;
                    break;
                }
            }
            if (match == null || match.getPersistentVolumeClaim() == null
                    || !isClaimName(match.getPersistentVolumeClaim().getClaimName(), set, t, ordinal)) {
                return false;
            }
        }
        return true;
    }

    private StatefulPods() {
    }
}
