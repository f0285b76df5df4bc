package dev.stsviz.view.model;

import java.util.List;

/**
 * A PVC tile: its kubectl STATUS, the PV it is bound to, the pod mounting it (null when detached), and where the
 * volume's data is ({@link dev.stsviz.cluster.VolumePlace}: "" when the volume's kind says nothing about place).
 *
 * @param placeStuck  the data is out of reach: on a NotReady node, or a disk still attached to one
 * @param placeHolder the node the data is on or the disk is attached to, or null
 * @param mounters    every pod mounting it, in name order: more than one for a claim a ReplicaSet's pods share
 */
public record ClaimView(String namespace, String name, String status, String volume, String capacity, String mountedBy,
                        String place, boolean placeStuck, String placeHolder, List<String> mounters) {
    public ClaimView(String namespace, String name, String status, String volume, String capacity, String mountedBy) {
        this(namespace, name, status, volume, capacity, mountedBy, "", false, null);
    }

    public ClaimView(String namespace, String name, String status, String volume, String capacity, String mountedBy,
                     String place, boolean placeStuck, String placeHolder) {
        this(namespace, name, status, volume, capacity, mountedBy, place, placeStuck, placeHolder,
                mountedBy == null ? List.of() : List.of(mountedBy));
    }

    /** Mounted by more than one pod: all replicas of a ReplicaSet whose template names one claim. */
    public boolean shared() {
        return mounters.size() > 1;
    }

    public boolean detached() {
        return mountedBy == null;
    }

    /** pvc-9ea59858-ecc9-... is long: the tile shows its first 12 characters. */
    public String shortVolume() {
        if (volume == null || volume.isEmpty()) {
            return "no volume";
        }
        return volume.length() > 14 ? volume.substring(0, 12) + "…" : volume;
    }
}
