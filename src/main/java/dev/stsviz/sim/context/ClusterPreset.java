package dev.stsviz.sim.context;

import dev.stsviz.cluster.Provisioners;
import dev.stsviz.cluster.StorageFlavour;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The kind of cluster the simulator stands in for: its node names, labels and taints, its StorageClasses, and so
 * where a pod's data lives. What a class sees must be what the teacher's real cluster will do:
 * <ul>
 *   <li>minikube: the storage-provisioner addon backs each PV with a hostPath directory on the node that uses it,
 *   without node affinity, so a pod rescheduled to another node finds an empty directory;</li>
 *   <li>kind: rancher's local-path provisioner, WaitForFirstConsumer, a PV pinned to its node;</li>
 *   <li>gke: Compute Engine persistent disks through the PD CSI driver, attached to one node at a time.</li>
 * </ul>
 */
public enum ClusterPreset {
    MINIKUBE("minikube", 3, StorageFlavour.MINIKUBE),
    KIND("kind", 4, StorageFlavour.KIND),
    GKE("gke", 3, StorageFlavour.GKE);

    /** The GKE cluster and zone the simulated nodes and disks are named after. */
    public static final String GKE_CLUSTER = "kubia";
    public static final String GKE_ZONE = "us-central1-a";
    public static final String GKE_PROJECT = "stsviz-demo";
    /** The managed instance group's id in GKE node names: one per pool and zone. */
    private static final String GKE_POOL_HASH = "1f8e2c3a";

    private final String id;
    private final int defaultNodes;
    private final StorageFlavour storage;

    ClusterPreset(String id, int defaultNodes, StorageFlavour storage) {
        this.id = id;
        this.defaultNodes = defaultNodes;
        this.storage = storage;
    }

    public String id() {
        return id;
    }

    /** Nodes when the user does not say: three minikube nodes, kind's control plane and three workers, three GKE nodes. */
    public int defaultNodes() {
        return defaultNodes;
    }

    /** How this cluster's storage behaves; a live cluster with the same provisioners is labelled alike. */
    public StorageFlavour storage() {
        return storage;
    }

    /** One line a teacher can read out: where this cluster keeps a pod's data. */
    public String explanation() {
        return storage.explanation();
    }

    public static ClusterPreset parse(String id) {
        for (ClusterPreset p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown cluster \"" + id + "\" (expected minikube, kind or gke)");
    }

    /**
     * Whether bringing a disconnected node back reboots it. A GKE node whose network was cut from inside
     * ({@code sudo ifconfig eth0 down}) can only be brought back with {@code gcloud compute instances reset}: the machine
     * reboots and the containers of the pods still bound to it start again. On minikube and kind the network comes back
     * and the containers have kept running.
     */
    public boolean reconnectReboots() {
        return this == GKE;
    }

    /** The name of the {@code index}th node (0-based), as the tool that creates the cluster names it. */
    public String nodeName(int index) {
        return switch (this) {
            // minikube's MachineName: the profile name for the control plane, then <profile>-m02, -m03 ...
            case MINIKUBE -> index == 0 ? "minikube" : String.format("minikube-m%02d", index + 1);
            // kind's MakeNodeNamer: <cluster>-control-plane, then <cluster>-worker, -worker2 ...
            case KIND -> index == 0 ? "kind-control-plane" : "kind-worker" + (index == 1 ? "" : Integer.toString(index));
            // gke-<cluster>-<pool>-<instance group hash>-<4 characters of the instance>
            case GKE -> "gke-" + GKE_CLUSTER + "-default-pool-" + GKE_POOL_HASH + "-" + instanceSuffix(index);
        };
    }

    /** The first name of this cluster's scheme that no node has. */
    public String nextNodeName(Set<String> taken) {
        for (int i = 0; ; i++) {
            if (!taken.contains(nodeName(i))) {
                return nodeName(i);
            }
        }
    }

    /** A stable, instance-like suffix ([a-z0-9]{4}) per index: deterministic, never the same for two indexes. */
    private static String instanceSuffix(int index) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        long n = 1_000_003L * (index + 7) + 424_242L; // spread the indexes over the 36^4 names
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append(alphabet.charAt((int) (n % 36)));
            n /= 36;
        }
        return s.toString();
    }

    /** The labels the kubelet (and the cloud's node controller) put on a node; the primary one runs the control plane. */
    public Map<String, String> nodeLabels(String name, boolean primary) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("beta.kubernetes.io/arch", "amd64");
        labels.put("beta.kubernetes.io/os", "linux");
        labels.put("kubernetes.io/arch", "amd64");
        labels.put("kubernetes.io/hostname", name);
        labels.put("kubernetes.io/os", "linux");
        switch (this) {
            case MINIKUBE -> {
                labels.put("minikube.k8s.io/name", "minikube");
                labels.put("minikube.k8s.io/primary", Boolean.toString(primary));
                if (primary) {
                    labels.put("node-role.kubernetes.io/control-plane", "");
                }
            }
            case KIND -> {
                if (primary) {
                    labels.put("node-role.kubernetes.io/control-plane", "");
                    labels.put("node.kubernetes.io/exclude-from-external-load-balancers", "");
                }
            }
            case GKE -> {
                String region = GKE_ZONE.substring(0, GKE_ZONE.lastIndexOf('-'));
                labels.put("beta.kubernetes.io/instance-type", "e2-medium");
                labels.put("cloud.google.com/gke-boot-disk", "pd-balanced");
                labels.put("cloud.google.com/gke-container-runtime", "containerd");
                labels.put("cloud.google.com/gke-nodepool", "default-pool");
                labels.put("cloud.google.com/gke-os-distribution", "cos");
                labels.put("cloud.google.com/machine-family", "e2");
                labels.put("failure-domain.beta.kubernetes.io/region", region);
                labels.put("failure-domain.beta.kubernetes.io/zone", GKE_ZONE);
                labels.put("node.kubernetes.io/instance-type", "e2-medium");
                labels.put("topology.gke.io/zone", GKE_ZONE);
                labels.put("topology.kubernetes.io/region", region);
                labels.put("topology.kubernetes.io/zone", GKE_ZONE);
            }
        }
        return labels;
    }

    /**
     * The taints a node registers with ({@code --register-with-taints}). kind keeps kubeadm's control-plane taint when
     * the cluster has workers; minikube and GKE schedule on every node.
     */
    public List<Taint> registerWithTaints(boolean primary, int nodeCount, Profile profile) {
        List<Taint> taints = new ArrayList<>();
        if (this == KIND && primary && nodeCount > 1) {
            if (!profile.has(Profile.Capability.CONTROL_PLANE_TAINT_ONLY)) {
                taints.add(new TaintBuilder().withKey("node-role.kubernetes.io/master").withEffect("NoSchedule").build());
            }
            taints.add(new TaintBuilder().withKey("node-role.kubernetes.io/control-plane").withEffect("NoSchedule").build());
        }
        return taints;
    }

    /** The node's InternalIP: docker's network for minikube and kind, the VPC's subnet on GKE. */
    public String internalIp(int index) {
        return switch (this) {
            case MINIKUBE -> "192.168.49." + (2 + index);
            case KIND -> "172.18.0." + (2 + index);
            case GKE -> "10.128.0." + (10 + index);
        };
    }

    /** The node's pod CIDR. */
    public String podCidr(int index) {
        return podNetwork(index) + "0/24";
    }

    /** The {@code n}th pod address on the node ({@code n} from 2: .1 is the bridge). */
    public String podIp(int index, int n) {
        return podNetwork(index) + n;
    }

    private String podNetwork(int index) {
        return (this == GKE ? "10.8." : "10.244.") + index + ".";
    }

    public String osImage() {
        return switch (this) {
            case MINIKUBE -> "Ubuntu 22.04.4 LTS";
            case KIND -> "Debian GNU/Linux 12 (bookworm)";
            case GKE -> "Container-Optimized OS from Google";
        };
    }

    public String kernelVersion() {
        return this == GKE ? "6.1.100+" : "5.15.0-1057-gcp";
    }

    public String containerRuntimeVersion() {
        return switch (this) {
            case MINIKUBE -> "docker://27.2.0";
            case KIND -> "containerd://1.7.18";
            case GKE -> "containerd://1.7.22";
        };
    }

    /** The StorageClasses the cluster comes with; the first is the default one. */
    public List<StorageClass> storageClasses() {
        return switch (this) {
            // deploy/addons/storageclass/storageclass.yaml; reclaimPolicy and binding mode are the API's defaults
            case MINIKUBE -> List.of(new StorageClassBuilder()
                    .withNewMetadata().withName("standard")
                    .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true")
                    .addToLabels("addonmanager.kubernetes.io/mode", "EnsureExists")
                    .endMetadata()
                    .withProvisioner(MINIKUBE_HOSTPATH).withReclaimPolicy("Delete").withVolumeBindingMode("Immediate")
                    .build());
            // kind's pkg/build/nodeimage/const_storage.go
            case KIND -> List.of(new StorageClassBuilder()
                    .withNewMetadata().withName("standard")
                    .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true")
                    .endMetadata()
                    .withProvisioner(LOCAL_PATH).withReclaimPolicy("Delete").withVolumeBindingMode("WaitForFirstConsumer")
                    .build());
            // what `kubectl get storageclass` lists on a GKE Standard cluster
            case GKE -> List.of(
                    gkeClass("standard-rwo", PD_CSI, "pd-balanced", "WaitForFirstConsumer", true),
                    gkeClass("premium-rwo", PD_CSI, "pd-ssd", "WaitForFirstConsumer", false),
                    gkeClass("standard", GCE_PD, "pd-standard", "Immediate", false));
        };
    }

    /** The PD CSI driver's volume ID for a zonal disk (volIDZonalFmt, projects/%s/zones/%s/disks/%s). */
    public static String pdVolumeHandle(String disk) {
        return "projects/" + GKE_PROJECT + "/zones/" + GKE_ZONE + "/disks/" + disk;
    }

    public static final String MINIKUBE_HOSTPATH = Provisioners.MINIKUBE_HOSTPATH;
    public static final String LOCAL_PATH = Provisioners.LOCAL_PATH;
    public static final String PD_CSI = Provisioners.PD_CSI;
    /** The in-tree GCE PD plugin; on GKE it is migrated to {@link #PD_CSI} (CSIMigrationGCE). */
    public static final String GCE_PD = Provisioners.GCE_PD;

    private static StorageClass gkeClass(String name, String provisioner, String type, String bindingMode, boolean isDefault) {
        StorageClassBuilder b = new StorageClassBuilder()
                .withNewMetadata().withName(name)
                .addToLabels("addonmanager.kubernetes.io/mode", "EnsureExists")
                .endMetadata()
                .withProvisioner(provisioner).withReclaimPolicy("Delete").withVolumeBindingMode(bindingMode)
                .withAllowVolumeExpansion(true)
                .addToParameters("type", type);
        if (isDefault) {
            b.editMetadata().addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").endMetadata();
        }
        return b.build();
    }
}
