package dev.stsviz.sim.context;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpec;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a volume's files physically are: a directory on one node ({@code node} set), or a network disk that is
 * attached to whichever node runs the pod ({@code node} null), named by {@code path}.
 */
public record VolumeLocation(String node, String path) implements Comparable<VolumeLocation> {
    private static final Comparator<VolumeLocation> ORDER = Comparator
            .comparing(VolumeLocation::node, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(VolumeLocation::path);

    public VolumeLocation {
        Objects.requireNonNull(path, "path");
    }

    /** A directory on a node's own disk: another node has its own, possibly empty, directory at that path. */
    public static VolumeLocation onNode(String node, String path) {
        return new VolumeLocation(Objects.requireNonNull(node, "node"), path);
    }

    /** A network disk: the same files on whichever node mounts it. */
    public static VolumeLocation disk(String name) {
        return new VolumeLocation(null, name);
    }

    /**
     * Where a pod on {@code node} reads and writes the PV's files. hostPath and local volumes are a path on the
     * pod's node: the kubelet mounts (and, for hostPath, creates) that directory on the node it runs on, so a
     * hostPath PV without node affinity (minikube's) shows a pod on another node an empty directory. A PD
     * (CSI or in-tree gcePersistentDisk) is one disk attached where the pod runs, so the files follow the pod;
     * other sources (NFS and the like) are network storage too.
     */
    public static VolumeLocation of(PersistentVolume pv, String node) {
        PersistentVolumeSpec spec = pv.getSpec();
        if (spec.getHostPath() != null && node != null) {
            return onNode(node, spec.getHostPath().getPath());
        }
        if (spec.getLocal() != null && node != null) {
            return onNode(node, spec.getLocal().getPath());
        }
        if (spec.getCsi() != null) {
            return disk(spec.getCsi().getVolumeHandle());
        }
        if (spec.getGcePersistentDisk() != null) {
            return disk(ClusterPreset.pdVolumeHandle(spec.getGcePersistentDisk().getPdName()));
        }
        return disk("persistentvolume/" + pv.getMetadata().getName());
    }

    @Override
    public int compareTo(VolumeLocation other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return node == null ? path : node + ":" + path;
    }
}
