package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.util.List;
import java.util.Map;

/**
 * Which kind of cluster (minikube, kind, GKE) a cluster's storage behaves like, told by its provisioners: the
 * simulator's cluster presets are built from these, and a live cluster is labelled with the one it resembles so the
 * same explanations apply to it.
 */
public enum StorageFlavour {
    MINIKUBE("minikube", "hostPath volumes that stay on the node where they were written", Provisioners.MINIKUBE_HOSTPATH),
    KIND("kind", "local-path volumes bound when the pod is scheduled and pinned to that node", Provisioners.LOCAL_PATH),
    GKE("gke", "persistent disks that follow the pod once the old node lets go of them", Provisioners.PD_CSI,
            Provisioners.GCE_PD);

    private static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";
    private static final String PROVISIONED_BY = "pv.kubernetes.io/provisioned-by";

    private final String id;
    private final String explanation;
    private final List<String> provisioners;

    StorageFlavour(String id, String explanation, String... provisioners) {
        this.id = id;
        this.explanation = explanation;
        this.provisioners = List.of(provisioners);
    }

    public String id() {
        return id;
    }

    /** Where this kind of cluster keeps a pod's data, in words a teacher can read out. */
    public String explanation() {
        return explanation;
    }

    /** The provisioner of this kind's default StorageClass. */
    public String provisioner() {
        return provisioners.get(0);
    }

    /** The flavour a provisioner belongs to, or null for one the app does not know. */
    public static StorageFlavour ofProvisioner(String provisioner) {
        for (StorageFlavour f : values()) {
            if (f.provisioners.contains(provisioner)) {
                return f;
            }
        }
        return null;
    }

    /**
     * What the cluster's storage resembles: its default StorageClass's provisioner, else any known one, else the
     * provisioner recorded on its PVs. Null when none is known or the user may not read them.
     */
    public static StorageFlavour of(ClusterState state) {
        StorageFlavour any = null;
        for (StorageClass c : state.list(StorageClass.class, Kinds.STORAGE_CLASS)) {
            StorageFlavour f = ofProvisioner(c.getProvisioner());
            Map<String, String> annotations = c.getMetadata().getAnnotations();
            if (f != null && annotations != null && "true".equals(annotations.get(DEFAULT_CLASS))) {
                return f;
            }
            any = any == null ? f : any;
        }
        if (any != null) {
            return any;
        }
        for (PersistentVolume pv : state.list(PersistentVolume.class, Kinds.PV)) {
            Map<String, String> annotations = pv.getMetadata().getAnnotations();
            StorageFlavour f = annotations == null ? null : ofProvisioner(annotations.get(PROVISIONED_BY));
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** "storage like gke: persistent disks that …", for a status line. */
    public String label() {
        return "storage like " + id + ": " + explanation;
    }
}
