package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.context.VolumeLocation;
import dev.stsviz.sim.engine.Priority;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeNodeAffinity;
import io.fabric8.kubernetes.api.model.VolumeNodeAffinityBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The external provisioners the presets run, each a sig-storage-lib-external-provisioner ProvisionController
 * ({@code controller.go provisionClaimOperation}: event "Provisioning", Provision, create the PV with claimRef and
 * pv.kubernetes.io/provisioned-by, event "ProvisioningSucceeded") around its own Provision and Delete:
 * minikube's storage-provisioner ({@code pkg/storage/storage_provisioner.go}), rancher's local-path-provisioner
 * ({@code provisioner.go provisionFor / deleteFor}) and GKE's PD CSI driver behind kubernetes-csi/external-provisioner.
 * A class's provisioner picks the kind of volume; one no preset knows gets minikube's, as before.
 */
final class ExternalProvisioners {
    private static final String HOSTPATH_DIR = "/tmp/hostpath-provisioner";
    private static final String LOCAL_PATH_DIR = "/var/local-path-provisioner";
    private static final String ANN_PROVISIONED_BY = "pv.kubernetes.io/provisioned-by";
    static final String ANN_MIGRATED_TO = "pv.kubernetes.io/migrated-to";
    private static final long GIB = 1L << 30;

    private final SimContext ctx;
    private final ApiServer api;
    private final TreeSet<String> provisioning = new TreeSet<>();
    /** The event source of each provisioner process: {@code <provisioner>_<hostname>_<uuid>} (lib's NewProvisionController). */
    private final String localPathSource;
    private final String pdSource;
    private final String minikubeIdentity;
    private final String csiProvisionerIdentity;

    ExternalProvisioners(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
        Random random = ctx.engine().random().stream("provisioners");
        // minikube's storage-provisioner runs with hostNetwork, so its hostname is the node's (the source stays as it was)
        this.minikubeIdentity = uuid(random);
        // kind's Deployment local-path-storage/local-path-provisioner: <replicaset hash>-<pod suffix>
        this.localPathSource = ClusterPreset.LOCAL_PATH + "_local-path-provisioner-" + safe(random, 10) + "-" + safe(random, 5)
                + "_" + uuid(random);
        // GKE runs the PD CSI controller on its own control-plane VM
        this.pdSource = ClusterPreset.PD_CSI + "_gke-" + hex(random, 20) + "-" + hex(random, 4) + "-" + hex(random, 4) + "-vm_"
                + uuid(random);
        // external-provisioner: <start time in ms>-<rand.Intn(10000)>-<driver>
        long started = ctx.engine().now().toEpochMilli() - 86_400_000L - random.nextInt(86_400_000);
        this.csiProvisionerIdentity = started + "-" + random.nextInt(10_000) + "-" + ClusterPreset.PD_CSI;
    }

    /** The name the PV controller hands a claim of this class to: in-tree gce-pd is migrated to the PD CSI driver. */
    static String provisionerFor(StorageClass sc) {
        return ClusterPreset.GCE_PD.equals(sc.getProvisioner()) ? ClusterPreset.PD_CSI : sc.getProvisioner();
    }

    /**
     * Whether the class's provisioner records the sig-storage-lib events (Provisioning, then "Successfully provisioned
     * volume X"); minikube's keeps the wording its scenarios are pinned to ("... using k8s.io/minikube-hostpath").
     */
    static boolean libEvents(StorageClass sc) {
        return !ClusterPreset.MINIKUBE_HOSTPATH.equals(sc.getProvisioner()) && isKnown(sc.getProvisioner());
    }

    private static boolean isKnown(String provisioner) {
        return ClusterPreset.LOCAL_PATH.equals(provisioner) || ClusterPreset.PD_CSI.equals(provisioner)
                || ClusterPreset.GCE_PD.equals(provisioner);
    }

    /** Provisions a volume for the claim once the provisioner gets to it; the PV controller then binds the two. */
    void provision(PersistentVolumeClaim pvc, StorageClass sc) {
        String uid = pvc.getMetadata().getUid();
        if (!provisioning.add(uid)) {
            return;
        }
        boolean lib = libEvents(sc);
        if (lib) {
            ctx.engine().schedule(ctx.timings().controllerLatency, Priority.VOLUME, "provisioning " + pvc.getMetadata().getName(), () -> {
                PersistentVolumeClaim current = current(pvc);
                if (current != null) {
                    ctx.events().normal(current, source(sc), "Provisioning", "External provisioner is provisioning volume for claim \""
                            + current.getMetadata().getNamespace() + "/" + current.getMetadata().getName() + "\"");
                }
            });
        }
        ctx.engine().schedule(ctx.timings().provisionDelay, Priority.VOLUME, "provision " + pvc.getMetadata().getName(), () -> {
            provisioning.remove(uid);
            PersistentVolumeClaim current = current(pvc);
            if (current == null) {
                return;
            }
            String name = "pvc-" + uid;
            PersistentVolume pv = switch (sc.getProvisioner()) {
                case ClusterPreset.LOCAL_PATH -> localPath(current, sc, name);
                case ClusterPreset.PD_CSI -> pdCsi(current, sc, name);
                case ClusterPreset.GCE_PD -> pdInTree(pdCsi(current, sc, name));
                default -> hostPath(current, sc, name);
            };
            if (pv == null) {
                return;
            }
            pv.getMetadata().getAnnotations().put(ANN_PROVISIONED_BY, lib ? provisionerFor(sc) : sc.getProvisioner());
            pv.getSpec().setClaimRef(new ObjectReferenceBuilder().withKind("PersistentVolumeClaim").withApiVersion("v1")
                    .withNamespace(current.getMetadata().getNamespace()).withName(current.getMetadata().getName())
                    .withUid(uid).withResourceVersion(current.getMetadata().getResourceVersion()).build());
            pv.getSpec().setStorageClassName(sc.getMetadata().getName());
            pv.getSpec().setPersistentVolumeReclaimPolicy(sc.getReclaimPolicy() == null ? "Delete" : sc.getReclaimPolicy());
            pv.getSpec().setAccessModes(current.getSpec().getAccessModes());
            pv.setStatus(new io.fabric8.kubernetes.api.model.PersistentVolumeStatusBuilder().withPhase("Pending").build());
            api.create(pv);
            if (lib) {
                ctx.events().normal(current, source(sc), "ProvisioningSucceeded", "Successfully provisioned volume " + name);
            } else {
                ctx.events().normal(current, sc.getProvisioner() + "_minikube", "ProvisioningSucceeded",
                        "Successfully provisioned volume " + name + " using " + sc.getProvisioner());
            }
        });
    }

    private PersistentVolumeClaim current(PersistentVolumeClaim pvc) {
        PersistentVolumeClaim current = api.get(PersistentVolumeClaim.class, Kinds.PVC, pvc.getMetadata().getNamespace(), pvc.getMetadata().getName());
        if (current == null || !pvc.getMetadata().getUid().equals(current.getMetadata().getUid()) || current.getSpec().getVolumeName() != null
                || current.getMetadata().getDeletionTimestamp() != null) {
            return null;
        }
        return current;
    }

    private String source(StorageClass sc) {
        return ClusterPreset.LOCAL_PATH.equals(sc.getProvisioner()) ? localPathSource : pdSource;
    }

    private static PersistentVolume base(PersistentVolumeClaim claim, String name, Quantity size) {
        Map<String, Quantity> capacity = new TreeMap<>();
        capacity.put("storage", size);
        return new PersistentVolumeBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withCapacity(capacity).withVolumeMode("Filesystem").endSpec()
                .build();
    }

    private static Quantity requested(PersistentVolumeClaim claim) {
        return claim.getSpec().getResources().getRequests().get("storage");
    }

    /** minikube: a directory under /tmp/hostpath-provisioner, no type, no node affinity. */
    private PersistentVolume hostPath(PersistentVolumeClaim claim, StorageClass sc, String name) {
        PersistentVolume pv = base(claim, name, requested(claim));
        if (ClusterPreset.MINIKUBE_HOSTPATH.equals(sc.getProvisioner())) {
            pv.getMetadata().getAnnotations().put("hostPathProvisionerIdentity", minikubeIdentity);
        }
        pv.getSpec().setHostPath(new io.fabric8.kubernetes.api.model.HostPathVolumeSourceBuilder()
                .withPath(HOSTPATH_DIR + "/" + claim.getMetadata().getNamespace() + "/" + claim.getMetadata().getName()).withType("").build());
        return pv;
    }

    /** local-path: pvc-<uid>_<ns>_<claim> on the selected node, DirectoryOrCreate, pinned there by hostname. */
    private PersistentVolume localPath(PersistentVolumeClaim claim, StorageClass sc, String name) {
        String nodeName = claim.getMetadata().getAnnotations().get(PersistentVolumeController.ANN_SELECTED_NODE);
        Node node = nodeName == null ? null : api.get(Node.class, Kinds.NODE, null, nodeName);
        if (node == null) {
            String why = nodeName == null ? "configuration error, no node was specified"
                    : "failed to get target node: nodes \"" + nodeName + "\" not found";
            ctx.events().warning(claim, localPathSource, "ProvisioningFailed",
                    "failed to provision volume with StorageClass \"" + sc.getMetadata().getName() + "\": " + why);
            return null;
        }
        String hostname = node.getMetadata().getLabels().getOrDefault("kubernetes.io/hostname", nodeName);
        PersistentVolume pv = base(claim, name, requested(claim));
        pv.getSpec().setHostPath(new io.fabric8.kubernetes.api.model.HostPathVolumeSourceBuilder()
                .withPath(LOCAL_PATH_DIR + "/" + name + "_" + claim.getMetadata().getNamespace() + "_" + claim.getMetadata().getName())
                .withType("DirectoryOrCreate").build());
        pv.getSpec().setNodeAffinity(affinity(Map.of("kubernetes.io/hostname", hostname)));
        return pv;
    }

    /**
     * PD CSI: the disk is named after the PV; the driver rounds the size up to whole GiB and reports the zone as
     * its topology (topology.gke.io/zone), which external-provisioner turns into the PV's node affinity.
     */
    private PersistentVolume pdCsi(PersistentVolumeClaim claim, StorageClass sc, String name) {
        BigDecimal bytes = requested(claim).getNumericalAmount();
        long gib = Math.max(1, bytes.divide(BigDecimal.valueOf(GIB), 0, RoundingMode.CEILING).longValue());
        PersistentVolume pv = base(claim, name, new Quantity(gib + "Gi"));
        pv.getSpec().setCsi(new io.fabric8.kubernetes.api.model.CSIPersistentVolumeSourceBuilder()
                .withDriver(ClusterPreset.PD_CSI).withFsType("ext4").withVolumeHandle(ClusterPreset.pdVolumeHandle(name))
                .withVolumeAttributes(Map.of("storage.kubernetes.io/csiProvisionerIdentity", csiProvisionerIdentity)).build());
        pv.getSpec().setNodeAffinity(affinity(Map.of("topology.gke.io/zone", ClusterPreset.GKE_ZONE)));
        return pv;
    }

    /**
     * The legacy in-tree class: external-provisioner provisions through the CSI driver, then translates the PV back
     * to in-tree (csi-translation-lib TranslateCSIPVToInTree: gcePersistentDisk, zone and region topology and labels).
     */
    private PersistentVolume pdInTree(PersistentVolume csi) {
        PersistentVolumeSpec spec = csi.getSpec();
        String region = ClusterPreset.GKE_ZONE.substring(0, ClusterPreset.GKE_ZONE.lastIndexOf('-'));
        spec.setGcePersistentDisk(new io.fabric8.kubernetes.api.model.GCEPersistentDiskVolumeSourceBuilder()
                .withPdName(csi.getMetadata().getName()).withFsType(spec.getCsi().getFsType()).build());
        spec.setCsi(null);
        Map<String, String> topology = new TreeMap<>();
        topology.put("topology.kubernetes.io/region", region);
        topology.put("topology.kubernetes.io/zone", ClusterPreset.GKE_ZONE);
        spec.setNodeAffinity(affinity(topology));
        csi.getMetadata().getLabels().putAll(topology);
        csi.getMetadata().getAnnotations().put(ANN_MIGRATED_TO, ClusterPreset.PD_CSI);
        return csi;
    }

    private static VolumeNodeAffinity affinity(Map<String, String> required) {
        var term = new io.fabric8.kubernetes.api.model.NodeSelectorTermBuilder();
        new TreeMap<>(required).forEach((key, value) -> term.addNewMatchExpression().withKey(key).withOperator("In").withValues(value).endMatchExpression());
        return new VolumeNodeAffinityBuilder().withNewRequired().withNodeSelectorTerms(term.build()).endRequired().build();
    }

    /**
     * What the provisioner's Delete removes when the PV controller reclaims the volume: minikube's provisioner runs
     * on the primary node and removes the directory there only (a copy a pod wrote on another node stays, orphaned);
     * local-path's helper pod removes it on the PV's node; the PD driver deletes the disk.
     */
    void deleteStorage(PersistentVolume pv) {
        String by = pv.getMetadata().getAnnotations().get(ANN_PROVISIONED_BY);
        if (by == null) {
            return; // a volume an administrator made: nothing deletes what is on it
        }
        PersistentVolumeSpec spec = pv.getSpec();
        if (spec.getCsi() != null || spec.getGcePersistentDisk() != null) {
            ctx.disks().wipe(VolumeLocation.of(pv, null));
        } else if (spec.getHostPath() != null && ClusterPreset.LOCAL_PATH.equals(by)) {
            String node = pinnedHostname(pv);
            if (node != null) {
                ctx.disks().wipe(VolumeLocation.onNode(node, spec.getHostPath().getPath()));
            }
        } else if (spec.getHostPath() != null) {
            ctx.disks().wipe(VolumeLocation.onNode(ctx.preset().nodeName(0), spec.getHostPath().getPath()));
        }
    }

    /** The node a PV's kubernetes.io/hostname affinity pins it to (GetLocalPersistentVolumeNodeNames), or null. */
    static String pinnedHostname(PersistentVolume pv) {
        var names = SchedulerController.hostnames(pv);
        return names == null || names.isEmpty() ? null : names.first();
    }

    private static String uuid(Random random) {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    /** rand.SafeEncodeString's alphabet: generated pod-name suffixes have no vowels. */
    private static String safe(Random random, int length) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String hex(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(Character.forDigit(random.nextInt(16), 16));
        }
        return s.toString();
    }
}
