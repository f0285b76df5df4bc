package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;

/**
 * A GKE cluster whose claims are bound to persistent disks of the PD CSI driver, as the driver's provisioner makes
 * them (spec.csi, a zonal volume handle, node affinity on the zone): each claim and its disk are created before the
 * StatefulSet, so the StatefulSet's pods use them whatever the simulated provisioner does.
 */
public final class GkeDisks {
    /** The chapter's service and StatefulSet on three GKE nodes, with disks for data-kubia-0 .. data-kubia-(claims-1). */
    public static Simulation chapterCluster(long seed, Profile profile, int claims) {
        Simulation sim = Simulation.emptyCluster(seed, profile, ClusterPreset.GKE, 0);
        for (int i = 0; i < claims; i++) {
            boundClaim(sim, "data-kubia-" + i);
        }
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        sim.apply(Manifests.bundled("kubia-statefulset.yaml"));
        return sim;
    }

    /** A claim of standard-rwo and a pd.csi.storage.gke.io PV pre-bound to it, named pvc-<claim uid>. */
    public static PersistentVolume boundClaim(Simulation sim, String claim) {
        PersistentVolumeClaim pvc = sim.api().create(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(claim).withNamespace("default").addToLabels("app", "kubia").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withStorageClassName("standard-rwo")
                .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources()
                .endSpec()
                .build());
        String name = "pvc-" + pvc.getMetadata().getUid();
        return sim.api().create(new PersistentVolumeBuilder()
                .withNewMetadata().withName(name)
                .addToAnnotations("pv.kubernetes.io/provisioned-by", ClusterPreset.PD_CSI)
                .endMetadata()
                .withNewSpec()
                .addToCapacity("storage", new Quantity("1Mi"))
                .withAccessModes("ReadWriteOnce")
                .withPersistentVolumeReclaimPolicy("Delete")
                .withStorageClassName("standard-rwo")
                .withVolumeMode("Filesystem")
                .withNewCsi().withDriver(ClusterPreset.PD_CSI).withFsType("ext4")
                .withVolumeHandle("projects/" + ClusterPreset.GKE_PROJECT + "/zones/" + ClusterPreset.GKE_ZONE + "/disks/" + name)
                .endCsi()
                .withNewNodeAffinity().withNewRequired().addNewNodeSelectorTerm().addNewMatchExpression()
                .withKey("topology.gke.io/zone").withOperator("In").withValues(ClusterPreset.GKE_ZONE)
                .endMatchExpression().endNodeSelectorTerm().endRequired().endNodeAffinity()
                .withClaimRef(new ObjectReferenceBuilder().withKind("PersistentVolumeClaim").withApiVersion("v1")
                        .withNamespace("default").withName(claim).withUid(pvc.getMetadata().getUid()).build())
                .endSpec()
                .withNewStatus().withPhase("Available").endStatus()
                .build());
    }

    /** The PV a claim is bound to, or null. */
    public static String volumeOf(Simulation sim, String claim) {
        PersistentVolumeClaim pvc = sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", claim);
        return pvc == null ? null : pvc.getSpec().getVolumeName();
    }

    private GkeDisks() {
    }
}
