package dev.stsviz.sim.apiserver;

import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;

import java.util.List;

/**
 * The volume defaults of {@code pkg/apis/core/v1/defaults.go}: a volume without a source is an emptyDir, files
 * projected from config maps, secrets and the downward API get mode 0644, a hostPath's type is "" (unchecked).
 */
final class VolumeDefaults {
    private static final int MODE_0644 = 0644;

    static void apply(List<Volume> volumes) {
        for (Volume v : volumes) {
            if (v.getConfigMap() != null && v.getConfigMap().getDefaultMode() == null) {
                v.getConfigMap().setDefaultMode(MODE_0644);
            } else if (v.getSecret() != null && v.getSecret().getDefaultMode() == null) {
                v.getSecret().setDefaultMode(MODE_0644);
            } else if (v.getDownwardAPI() != null && v.getDownwardAPI().getDefaultMode() == null) {
                v.getDownwardAPI().setDefaultMode(MODE_0644);
            } else if (v.getProjected() != null && v.getProjected().getDefaultMode() == null) {
                v.getProjected().setDefaultMode(MODE_0644);
            } else if (v.getHostPath() != null && v.getHostPath().getType() == null) {
                v.getHostPath().setType("");
            } else if (!hasSource(v)) {
                v.setEmptyDir(new EmptyDirVolumeSource());
            }
        }
    }

    /** Whether the volume names any source: everything but its name (and additional properties) set. */
    private static boolean hasSource(Volume v) {
        return v.getEmptyDir() != null || v.getPersistentVolumeClaim() != null || v.getConfigMap() != null || v.getSecret() != null
                || v.getHostPath() != null || v.getDownwardAPI() != null || v.getProjected() != null || v.getCsi() != null
                || v.getEphemeral() != null || v.getNfs() != null || v.getGcePersistentDisk() != null
                || v.getAwsElasticBlockStore() != null || v.getAzureDisk() != null || v.getAzureFile() != null
                || v.getIscsi() != null || v.getCephfs() != null || v.getRbd() != null || v.getCinder() != null
                || v.getFc() != null || v.getFlocker() != null || v.getFlexVolume() != null || v.getGitRepo() != null
                || v.getGlusterfs() != null || v.getPhotonPersistentDisk() != null || v.getPortworxVolume() != null
                || v.getQuobyte() != null || v.getScaleIO() != null || v.getStorageos() != null || v.getVsphereVolume() != null
                || v.getImage() != null;
    }

    private VolumeDefaults() {
    }
}
