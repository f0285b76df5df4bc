package dev.stsviz.sim.context;

import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated storage behind PersistentVolumes: files per volume. Data belongs to the volume, not the pod,
 * so it survives pod deletion and rescheduling and returns when a retained PVC is re-attached; it is wiped when
 * the PV is deleted or recycled.
 */
public final class Disks {
    private final TreeMap<String, TreeMap<String, String>> volumes = new TreeMap<>();

    public void write(String volume, String path, String content) {
        volumes.computeIfAbsent(volume, v -> new TreeMap<>()).put(path, content);
    }

    public Optional<String> read(String volume, String path) {
        TreeMap<String, String> files = volumes.get(volume);
        return files == null ? Optional.empty() : Optional.ofNullable(files.get(path));
    }

    public void wipe(String volume) {
        volumes.remove(volume);
    }
}
