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
            String pv = volumeOf(a);
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

    /** The PV an attachment is for, or null (an inline volume). */
    static String volumeOf(VolumeAttachment attachment) {
        return attachment.getSpec() == null || attachment.getSpec().getSource() == null ? null
                : attachment.getSpec().getSource().getPersistentVolumeName();
    }

    /**
     * The volumes a state shows: PVs looked up in the state as asked (a cluster may have tens of thousands), the
     * VolumeAttachments (one per attached disk) indexed now. Read the state's later PVs, its attachments as of now.
     */
    static Volumes of(ClusterState state) {
        Volumes attachments = of(List.of(), state.list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT));
        return new Volumes() {
            @Override
            public PersistentVolume volume(String name) {
                return state.get(PersistentVolume.class, Kinds.PV, null, name).orElse(null);
            }

            @Override
            public List<VolumeAttachment> attachments(String volume) {
                return attachments.attachments(volume);
            }
        };
    }
}
