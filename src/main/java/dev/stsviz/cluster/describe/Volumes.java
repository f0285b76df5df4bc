package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.print.GoZero.bool;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_2;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_3;

import io.fabric8.kubernetes.api.model.CSIVolumeSource;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeFile;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimTemplate;
import io.fabric8.kubernetes.api.model.ProjectedVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * describe.go's {@code describeVolumes} for the volume sources a StatefulSet and its pods use: HostPath,
 * EmptyDir, Secret, ConfigMap, NFS, PersistentVolumeClaim, Ephemeral, DownwardAPI, Projected, CSI and Image.
 * The legacy in-tree cloud/storage plugins (GCE PD, AWS EBS, Ceph, ...) are not ported and print kubectl's
 * fallback "&lt;unknown&gt;".
 */
final class Volumes {

    private Volumes() {
    }

    /** @param space "" for a pod, "  " inside "Pod Template:" (the volume names then get one more space) */
    static void describe(PrefixWriter w, List<Volume> volumes, String space) {
        if (list(volumes).isEmpty()) {
            w.write(LEVEL_0, space + "Volumes:\t<none>\n");
            return;
        }
        w.write(LEVEL_0, space + "Volumes:\n");
        for (Volume v : volumes) {
            w.write(LEVEL_1, (space.isEmpty() ? "" : " ") + str(v.getName()) + ":\n");
            source(w, v);
        }
    }

    private static void source(PrefixWriter w, Volume v) {
        if (v.getHostPath() != null) {
            String type = v.getHostPath().getType() == null ? "<none>" : v.getHostPath().getType();
            w.write(LEVEL_2, "Type:\tHostPath (bare host directory volume)\n    Path:\t" + str(v.getHostPath().getPath())
                    + "\n    HostPathType:\t" + type + "\n");
        } else if (v.getEmptyDir() != null) {
            emptyDir(w, v.getEmptyDir());
        } else if (v.getSecret() != null) {
            w.write(LEVEL_2, "Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t"
                    + str(v.getSecret().getSecretName()) + "\n    Optional:\t" + bool(v.getSecret().getOptional()) + "\n");
        } else if (v.getConfigMap() != null) {
            w.write(LEVEL_2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t"
                    + str(v.getConfigMap().getName()) + "\n    Optional:\t" + bool(v.getConfigMap().getOptional()) + "\n");
        } else if (v.getNfs() != null) {
            w.write(LEVEL_2, "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t"
                    + str(v.getNfs().getServer()) + "\n    Path:\t" + str(v.getNfs().getPath()) + "\n    ReadOnly:\t"
                    + bool(v.getNfs().getReadOnly()) + "\n");
        } else if (v.getPersistentVolumeClaim() != null) {
            w.write(LEVEL_2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n"
                    + "    ClaimName:\t" + str(v.getPersistentVolumeClaim().getClaimName()) + "\n    ReadOnly:\t"
                    + bool(v.getPersistentVolumeClaim().getReadOnly()) + "\n");
        } else if (v.getEphemeral() != null) {
            w.write(LEVEL_2, "Type:\tEphemeralVolume (an inline specification for a volume that gets created and deleted with the pod)\n");
            PersistentVolumeClaimTemplate t = v.getEphemeral().getVolumeClaimTemplate();
            if (t != null) {
                PersistentVolumeClaim claim = new PersistentVolumeClaim();
                claim.setMetadata(t.getMetadata());
                claim.setSpec(t.getSpec());
                ClaimFields.write(w.nested(LEVEL_2), claim, false, null);
            }
        } else if (v.getDownwardAPI() != null) {
            w.write(LEVEL_2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
            for (DownwardAPIVolumeFile item : list(v.getDownwardAPI().getItems())) {
                downwardApiItem(w, item);
            }
        } else if (v.getProjected() != null) {
            projected(w, v.getProjected());
        } else if (v.getCsi() != null) {
            csi(w, v.getCsi());
        } else if (v.getImage() != null) {
            w.write(LEVEL_2, "Type:\tImage (a container image or OCI artifact)\n    Reference:\t"
                    + str(v.getImage().getReference()) + "\n    PullPolicy:\t" + str(v.getImage().getPullPolicy()) + "\n");
        } else {
            w.write(LEVEL_1, "<unknown>\n");
        }
    }

    private static void emptyDir(PrefixWriter w, EmptyDirVolumeSource e) {
        GoQuantity size = GoQuantity.of(e.getSizeLimit());
        String sizeLimit = size.value().signum() > 0 ? size.toString() : "<unset>";
        w.write(LEVEL_2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t"
                + str(e.getMedium()) + "\n    SizeLimit:\t" + sizeLimit + "\n");
    }

    private static void downwardApiItem(PrefixWriter w, DownwardAPIVolumeFile item) {
        if (item.getFieldRef() != null) {
            w.write(LEVEL_3, str(item.getFieldRef().getFieldPath()) + " -> " + str(item.getPath()) + "\n");
        }
        if (item.getResourceFieldRef() != null) {
            w.write(LEVEL_3, str(item.getResourceFieldRef().getResource()) + " -> " + str(item.getPath()) + "\n");
        }
    }

    /**
     * {@code printProjectedVolumeSource} as in kubectl 1.24 to 1.32: the Optional lines print the Go pointer
     * with {@code %v}, which is "&lt;nil&gt;" when unset. A set pointer prints as a memory address in kubectl
     * (kubectl#1694, fixed in 1.33); we print its value instead. An unset token expiration is the API
     * default, 3600.
     */
    private static void projected(PrefixWriter w, ProjectedVolumeSource p) {
        w.write(LEVEL_2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
        for (VolumeProjection source : list(p.getSources())) {
            if (source.getSecret() != null) {
                w.write(LEVEL_2, "SecretName:\t" + str(source.getSecret().getName()) + "\n    SecretOptionalName:\t"
                        + pointer(source.getSecret().getOptional()) + "\n");
            } else if (source.getDownwardAPI() != null) {
                w.write(LEVEL_2, "DownwardAPI:\ttrue\n");
            } else if (source.getConfigMap() != null) {
                w.write(LEVEL_2, "ConfigMapName:\t" + str(source.getConfigMap().getName()) + "\n    ConfigMapOptional:\t"
                        + pointer(source.getConfigMap().getOptional()) + "\n");
            } else if (source.getServiceAccountToken() != null) {
                Long seconds = source.getServiceAccountToken().getExpirationSeconds();
                w.write(LEVEL_2, "TokenExpirationSeconds:\t" + (seconds == null ? 3600 : seconds) + "\n");
            }
        }
    }

    private static String pointer(Boolean b) {
        return b == null ? "<nil>" : b.toString();
    }

    private static void csi(PrefixWriter w, CSIVolumeSource csi) {
        w.write(LEVEL_2, "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t"
                + str(csi.getDriver()) + "\n    FSType:\t" + str(csi.getFsType()) + "\n    ReadOnly:\t"
                + bool(csi.getReadOnly()) + "\n");
        // printCSIPersistentVolumeAttributesMultilineIndent, including its doubled LEVEL_2 prefix on
        // continuation lines
        Map<String, String> attributes = csi.getVolumeAttributes();
        w.write(LEVEL_2, "VolumeAttributes:\t");
        if (attributes == null || attributes.isEmpty()) {
            w.writeLine("<none>");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
            if (!first) {
                w.write(LEVEL_2, "");
                w.write(LEVEL_2, "\t");
            }
            first = false;
            String line = e.getKey() + "=" + str(e.getValue());
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > Multiline.MAX_ANNOTATION_LEN) {
                line = new String(bytes, 0, Multiline.MAX_ANNOTATION_LEN, StandardCharsets.UTF_8) + "...";
            }
            w.write(LEVEL_2, line + "\n");
        }
    }
}
