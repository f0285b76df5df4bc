package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.VolumePlace;
import dev.stsviz.cluster.Volumes;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each claim's volume is ({@link VolumePlace}), over {@link Volumes#of(ClusterState)}; also which PV each
 * attachment was for, so a deleted attachment still says whose tile to redraw.
 */
final class ClaimPlaces {
    private final Volumes volumes;
    private final Map<String, String> pvByAttachment = new HashMap<>();

    ClaimPlaces(ClusterState state) {
        this.volumes = Volumes.of(state);
        for (VolumeAttachment a : state.list(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT)) {
            String pv = Volumes.volumeOf(a);
            if (pv != null) {
                pvByAttachment.put(a.getMetadata().getName(), pv);
            }
        }
    }

    /** The PV an attachment of that name was for when indexed, or null. */
    String pvOfAttachment(String attachment) {
        return pvByAttachment.get(attachment);
    }

    /** @param podNodes the nodes of the pods mounting the claim, in the pods' name order (the last one's decides) */
    VolumePlace place(ClusterState state, PersistentVolumeClaim pvc, List<String> podNodes) {
        String volume = pvc.getSpec() == null ? null : pvc.getSpec().getVolumeName();
        if (volume == null || volume.isEmpty()) {
            return VolumePlace.ofMounters(null, List.of(), podNodes, n -> null);
        }
        return VolumePlace.ofMounters(volumes.volume(volume), volumes.attachments(volume), podNodes,
                n -> state.get(Node.class, Kinds.NODE, null, n).orElse(null));
    }
}
