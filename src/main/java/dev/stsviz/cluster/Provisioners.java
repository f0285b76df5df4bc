package dev.stsviz.cluster;

/** The StorageClass provisioners of the clusters the app knows, as their drivers register them. */
public final class Provisioners {
    /** minikube's storage-provisioner addon: hostPath directories. */
    public static final String MINIKUBE_HOSTPATH = "k8s.io/minikube-hostpath";
    /** rancher's local-path-provisioner, kind's default. */
    public static final String LOCAL_PATH = "rancher.io/local-path";
    /** The Compute Engine persistent disk CSI driver, GKE's default. */
    public static final String PD_CSI = "pd.csi.storage.gke.io";
    /** The in-tree GCE PD plugin; on GKE it is migrated to {@link #PD_CSI}. */
    public static final String GCE_PD = "kubernetes.io/gce-pd";

    private Provisioners() {
    }
}
