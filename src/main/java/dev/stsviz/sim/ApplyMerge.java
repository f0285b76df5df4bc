package dev.stsviz.sim;

import dev.stsviz.sim.apiserver.Copies;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.util.LinkedHashMap;

/** The part of an object that apply replaces: spec (or its equivalent), labels and annotations; never status. */
final class ApplyMerge {
    static HasMetadata withSpecOf(HasMetadata existing, HasMetadata desired) {
        HasMetadata merged = Copies.copy(existing);
        if (merged instanceof StatefulSet m && desired instanceof StatefulSet d) {
            var spec = Copies.copy(d).getSpec();
            defaultLike(m, spec);
            m.setSpec(spec);
        } else if (merged instanceof ReplicaSet m && desired instanceof ReplicaSet d) {
            var spec = Copies.copy(d).getSpec();
            if (spec.getReplicas() == null) {
                spec.setReplicas(m.getSpec().getReplicas());
            }
            if (spec.getMinReadySeconds() == null) {
                spec.setMinReadySeconds(m.getSpec().getMinReadySeconds());
            }
            dev.stsviz.sim.apiserver.ReplicaSetDefaults.defaultPodTemplate(spec);
            m.setSpec(spec);
        } else if (merged instanceof Service m && desired instanceof Service d) {
            var spec = Copies.copy(d).getSpec();
            spec.setClusterIP(m.getSpec().getClusterIP());
            spec.setClusterIPs(m.getSpec().getClusterIPs());
            if (spec.getType() == null) {
                spec.setType(m.getSpec().getType());
            }
            if (spec.getSessionAffinity() == null) {
                spec.setSessionAffinity(m.getSpec().getSessionAffinity());
            }
            for (int i = 0; i < spec.getPorts().size() && i < m.getSpec().getPorts().size(); i++) {
                var port = spec.getPorts().get(i);
                var old = m.getSpec().getPorts().get(i);
                if (port.getProtocol() == null) {
                    port.setProtocol(old.getProtocol());
                }
                if (port.getTargetPort() == null) {
                    port.setTargetPort(old.getTargetPort());
                }
            }
            m.setSpec(spec);
        } else if (merged instanceof PersistentVolume m && desired instanceof PersistentVolume d) {
            var spec = Copies.copy(d).getSpec();
            if (spec.getClaimRef() == null) {
                spec.setClaimRef(m.getSpec().getClaimRef());
            }
            m.setSpec(spec);
        } else if (merged instanceof PersistentVolumeClaim m && desired instanceof PersistentVolumeClaim d) {
            m.getSpec().setResources(d.getSpec().getResources());
        } else if (merged instanceof Pod) {
            return merged; // pod specs are immutable
        } else if (merged instanceof StorageClass) {
            return merged;
        }
        if (desired.getMetadata().getLabels() != null && !desired.getMetadata().getLabels().isEmpty()) {
            merged.getMetadata().setLabels(new LinkedHashMap<>(desired.getMetadata().getLabels()));
        }
        if (desired.getMetadata().getAnnotations() != null && !desired.getMetadata().getAnnotations().isEmpty()) {
            LinkedHashMap<String, String> annotations = new LinkedHashMap<>(merged.getMetadata().getAnnotations());
            annotations.putAll(desired.getMetadata().getAnnotations());
            merged.getMetadata().setAnnotations(annotations);
        }
        return merged;
    }

    /** Keeps server-side defaults the desired spec leaves out, so an unchanged apply stays unchanged. */
    private static void defaultLike(StatefulSet existing, io.fabric8.kubernetes.api.model.apps.StatefulSetSpec spec) {
        var old = existing.getSpec();
        if (spec.getPodManagementPolicy() == null) {
            spec.setPodManagementPolicy(old.getPodManagementPolicy());
        }
        if (spec.getUpdateStrategy() == null) {
            spec.setUpdateStrategy(old.getUpdateStrategy());
        }
        if (spec.getRevisionHistoryLimit() == null) {
            spec.setRevisionHistoryLimit(old.getRevisionHistoryLimit());
        }
        if (spec.getMinReadySeconds() == null) {
            spec.setMinReadySeconds(old.getMinReadySeconds());
        }
        if (spec.getPersistentVolumeClaimRetentionPolicy() == null) {
            spec.setPersistentVolumeClaimRetentionPolicy(old.getPersistentVolumeClaimRetentionPolicy());
        }
        if (spec.getReplicas() == null) {
            spec.setReplicas(old.getReplicas());
        }
        dev.stsviz.sim.apiserver.Admission.defaultPodTemplate(spec);
    }

    private ApplyMerge() {
    }
}
