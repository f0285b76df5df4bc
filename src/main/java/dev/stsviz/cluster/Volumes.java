package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** PersistentVolumes by name and their VolumeAttachments, for questions about where a volume is. */
public interface Volumes {
    /** No volumes known: a source that shows none, or a caller that does not ask. */
    Volumes NONE = of(List.of(), List.of());

    /** The PV of that name, or null. */
    PersistentVolume volume(String name);

    /** The VolumeAttachments of that PV; empty when none. */
    List<VolumeAttachment> attachments(String volume);

    /** Indexes the lists once. */
    static Volumes of(List<PersistentVolume> volumes, List<VolumeAttachment> attachments) {
        Map<String, PersistentVolume> byName = new HashMap<>();
        volumes.forEach(v -> byName.put(v.getMetadata().getName(), v));
        Map<String, List<VolumeAttachment>> byVolume = new HashMap<>();
        for (VolumeAttachment a : attachments) {
            String pv = a.getSpec() == null || a.getSpec().getSource() == null ? null : a.getSpec().getSource().getPersistentVolumeName();
            if (pv != null) {
                byVolume.computeIfAbsent(pv, k -> new ArrayList<>()).add(a);
            }
        }
        return new Volumes() {
            @Override
            public PersistentVolume volume(String name) {
                return byName.get(name);
            }

            @Override
            public List<VolumeAttachment> attachments(String volume) {
                return byVolume.getOrDefault(volume, List.of());
            }
        };
    }

    /** The volumes a state shows. */
    static Volumes of(ClusterState state) {
        return of(state.list(PersistentVolume.class, Kinds.PV), state.list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT));
    }
}
