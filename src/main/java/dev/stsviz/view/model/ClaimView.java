package dev.stsviz.view.model;

/** A PVC tile: its kubectl STATUS, the PV it is bound to, and the pod mounting it (null when detached). */
public record ClaimView(String namespace, String name, String status, String volume, String capacity, String mountedBy) {
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
