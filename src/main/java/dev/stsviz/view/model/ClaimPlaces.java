package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.VolumePlace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each claim's volume is: the VolumeAttachments indexed by PV once, then a {@link VolumePlace} per claim. */
final class ClaimPlaces {
    private final Map<String, List<VolumeAttachment>> attachmentsByPv = new HashMap<>();
    private final Map<String, String> pvByAttachment = new HashMap<>();

    /** Indexes the state's VolumeAttachments (few: one per attached disk). */
    ClaimPlaces(ClusterState state) {
        for (VolumeAttachment a : state.list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT)) {
            String pv = pvOf(a);
            if (pv != null) {
                attachmentsByPv.computeIfAbsent(pv, k -> new ArrayList<>()).add(a);
                pvByAttachment.put(a.getMetadata().getName(), pv);
            }
        }
    }

    /** The PV an attachment of that name was for when indexed, or null. */
    String pvOfAttachment(String attachment) {
        return pvByAttachment.get(attachment);
    }

    static String pvOf(VolumeAttachment a) {
        return a.getSpec() == null || a.getSpec().getSource() == null ? null : a.getSpec().getSource().getPersistentVolumeName();
    }

    /** @param podNode the node of the pod mounting the claim, or null */
    VolumePlace place(ClusterState state, PersistentVolumeClaim pvc, String podNode) {
        String volume = pvc.getSpec() == null ? null : pvc.getSpec().getVolumeName();
        if (volume == null || volume.isEmpty()) {
            return VolumePlace.of(null, List.of(), podNode, n -> null);
        }
        PersistentVolume pv = state.get(PersistentVolume.class, Kinds.PV, null, volume).orElse(null);
        return VolumePlace.of(pv, attachmentsByPv.getOrDefault(volume, List.of()), podNode,
                n -> state.get(Node.class, Kinds.NODE, null, n).orElse(null));
    }
}
