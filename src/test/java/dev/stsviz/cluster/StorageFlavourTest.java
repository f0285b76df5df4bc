package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A live cluster is labelled with the simulated kind of cluster its storage behaves like. */
class StorageFlavourTest {
    private static ClusterChange added(io.fabric8.kubernetes.api.model.HasMetadata object) {
        return ClusterChange.upsert(object);
    }

    @Test
    void theDefaultStorageClassDecidesAmongSeveral() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(
                added(new StorageClassBuilder().withNewMetadata().withName("standard").endMetadata()
                        .withProvisioner("kubernetes.io/gce-pd").build()),
                added(new StorageClassBuilder().withNewMetadata().withName("local").endMetadata()
                        .withProvisioner("rancher.io/local-path").build()),
                added(new StorageClassBuilder().withNewMetadata().withName("standard-rwo")
                        .addToAnnotations("storageclass.kubernetes.io/is-default-class", "true").endMetadata()
                        .withProvisioner("pd.csi.storage.gke.io").build())));
        assertThat(StorageFlavour.of(state)).isEqualTo(StorageFlavour.GKE);
        assertThat(StorageFlavour.of(state).label())
                .isEqualTo("storage like gke: persistent disks that follow the pod once the old node lets go of them");
    }

    @Test
    void withoutReadableStorageClassesThePersistentVolumesTell() {
        ClusterState state = new ClusterState();
        assertThat(StorageFlavour.of(state)).isNull();
        state.applyAll(List.of(added(new PersistentVolumeBuilder().withNewMetadata().withName("pvc-1")
                .addToAnnotations("pv.kubernetes.io/provisioned-by", "k8s.io/minikube-hostpath").endMetadata().build())));
        assertThat(StorageFlavour.of(state)).isEqualTo(StorageFlavour.MINIKUBE);
    }

    @Test
    void anUnknownProvisionerGivesNoLabel() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(added(new StorageClassBuilder().withNewMetadata().withName("gp3").endMetadata()
                .withProvisioner("ebs.csi.aws.com").build())));
        assertThat(StorageFlavour.of(state)).isNull();
    }
}
