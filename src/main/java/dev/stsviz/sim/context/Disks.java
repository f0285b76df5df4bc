package dev.stsviz.sim.context;

import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated storage: files per {@link VolumeLocation}, that is, where they physically are, not per PV. So a
 * hostPath volume's files stay on the node where a pod wrote them (a pod of the same claim on another node sees
 * that node's directory), a PD's files follow the pod, and deleting a PV wipes only what its provisioner
 * deletes.
 */
public final class Disks {
    private final TreeMap<VolumeLocation, TreeMap<String, String>> locations = new TreeMap<>();

    public void write(VolumeLocation location, String file, String content) {
        locations.computeIfAbsent(location, l -> new TreeMap<>()).put(file, content);
    }

    public Optional<String> read(VolumeLocation location, String file) {
        TreeMap<String, String> files = locations.get(location);
        return files == null ? Optional.empty() : Optional.ofNullable(files.get(file));
    }

    public void wipe(VolumeLocation location) {
        locations.remove(location);
    }

    /** Wipes a directory path on every node (a scrubber that could have run anywhere). */
    public void wipeOnEveryNode(String path) {
        locations.keySet().removeIf(l -> l.node() != null && l.path().equals(path));
    }
}
