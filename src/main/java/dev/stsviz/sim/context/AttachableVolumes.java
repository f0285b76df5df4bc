package dev.stsviz.sim.context;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.apiserver.ApiServer;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What the CSI volume plugin computes from a PersistentVolume, the same in kube-controller-manager's attach/detach
 * controller and in the kubelet ({@code pkg/volume/csi}): whether the volume must be attached to a node first (a
 * Compute Engine persistent disk must), its unique volume name, and the name of its VolumeAttachment for a node.
 */
public final class AttachableVolumes {
    /** The PD CSI driver; in-tree gcePersistentDisk volumes are migrated to it (CSIMigrationGCE). */
    public static final String PD_CSI_DRIVER = ClusterPreset.PD_CSI;

    /** A pod volume backed by a PV that needs attaching: its name in the pod and what the attacher needs. */
    public record Attachable(String podVolume, String pvName, String driver, String volumeHandle, List<String> accessModes) {
        /** {@code kubernetes.io/csi/<driver>^<volumeHandle>}, as the attach/detach caches and node.status.volumesInUse name it. */
        public String uniqueName() {
            return "kubernetes.io/csi/" + driver + "^" + volumeHandle;
        }

        /** {@code getAttachmentName} in {@code pkg/volume/csi/csi_attacher.go}: csi-sha256(handle + driver + node). */
        public String attachmentName(String nodeName) {
            return AttachableVolumes.attachmentName(volumeHandle, driver, nodeName);
        }

        /** IsMultiAttachAllowed ({@code pkg/volume/util/util.go}): only ReadWriteMany or ReadOnlyMany volumes. */
        public boolean multiAttachAllowed() {
            return accessModes.contains("ReadWriteMany") || accessModes.contains("ReadOnlyMany");
        }
    }

    /** csi-%x of sha256(volumeHandle + driver + nodeName), without separators. */
    public static String attachmentName(String volumeHandle, String driver, String nodeName) {
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256")
                    .digest((volumeHandle + driver + nodeName).getBytes(StandardCharsets.UTF_8));
            return "csi-" + HexFormat.of().formatHex(sum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The attachable source of a PV, or null: a CSI PV of the PD driver (with no CSIDriver object saying otherwise,
     * attachRequired defaults to true), or an in-tree gcePersistentDisk translated as the csi-translation-lib does
     * ({@code gce_pd.go} TranslateInTreePVToCSI: projects/UNSPECIFIED/zones/<zone label>/disks/<pdName>).
     */
    public static Attachable of(String podVolume, PersistentVolume pv) {
        if (pv == null || pv.getSpec() == null) {
            return null;
        }
        List<String> modes = pv.getSpec().getAccessModes() == null ? List.of() : pv.getSpec().getAccessModes();
        var csi = pv.getSpec().getCsi();
        if (csi != null && PD_CSI_DRIVER.equals(csi.getDriver()) && csi.getVolumeHandle() != null) {
            return new Attachable(podVolume, pv.getMetadata().getName(), csi.getDriver(), csi.getVolumeHandle(), modes);
        }
        var pd = pv.getSpec().getGcePersistentDisk();
        if (pd != null && pd.getPdName() != null) {
            Map<String, String> labels = pv.getMetadata().getLabels() == null ? Map.of() : pv.getMetadata().getLabels();
            String zones = labels.getOrDefault("topology.kubernetes.io/zone", labels.getOrDefault("failure-domain.beta.kubernetes.io/zone", ""));
            String[] split = zones.split("__");
            String location = zones.isEmpty() ? "UNSPECIFIED"
                    : split.length == 1 ? split[0] : split[0].substring(0, split[0].lastIndexOf('-')); // regional: the region
            String handle = "projects/UNSPECIFIED/" + (split.length > 1 ? "regions/" : "zones/") + location + "/disks/" + pd.getPdName();
            return new Attachable(podVolume, pv.getMetadata().getName(), PD_CSI_DRIVER, handle, modes);
        }
        return null;
    }

    /**
     * The pod's volumes that need attaching, in pod order: PVC volumes whose claim is bound to an attachable PV (an
     * unbound claim has no volume spec yet, so it is skipped, as {@code CreateVolumeSpec} fails for it).
     */
    public static List<Attachable> of(Pod pod, ApiServer api) {
        List<Attachable> result = new ArrayList<>();
        if (pod.getSpec() == null) {
            return result;
        }
        for (Volume v : pod.getSpec().getVolumes()) {
            if (v.getPersistentVolumeClaim() == null) {
                continue;
            }
            PersistentVolumeClaim pvc = api.get(PersistentVolumeClaim.class, Kinds.PVC, pod.getMetadata().getNamespace(),
                    v.getPersistentVolumeClaim().getClaimName());
            String pvName = pvc == null || pvc.getSpec() == null ? null : pvc.getSpec().getVolumeName();
            if (pvName == null || pvName.isEmpty()) {
                continue;
            }
            Attachable a = of(v.getName(), api.get(PersistentVolume.class, Kinds.PV, null, pvName));
            if (a != null) {
                result.add(a);
            }
        }
        return result;
    }

    /**
     * The names of the volumes the pod's containers mount, init containers first, in order of first use
     * ({@code GetPodVolumeNames} in {@code pkg/volume/util/util.go}).
     */
    public static List<String> mountedVolumeNames(Pod pod) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (pod.getSpec() != null) {
            List<Container> containers = new ArrayList<>(pod.getSpec().getInitContainers());
            containers.addAll(pod.getSpec().getContainers());
            for (Container c : containers) {
                for (VolumeMount m : c.getVolumeMounts()) {
                    names.add(m.getName());
                }
            }
        }
        return List.copyOf(names);
    }

    private AttachableVolumes() {
    }
}
