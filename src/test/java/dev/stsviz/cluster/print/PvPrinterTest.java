package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PvPrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");
    private static final String NAME = "pvc-9ea59858-ecc9-4549-ba87-4db46e8f1f79";

    /** A dynamically provisioned hostPath volume bound to default/data-kubia-0 (minikube's provisioner). */
    private static PersistentVolumeBuilder provisioned(Duration age) {
        return new PersistentVolumeBuilder()
                .withNewMetadata().withName(NAME).withCreationTimestamp(NOW.minus(age).toString())
                    .addToAnnotations("pv.kubernetes.io/provisioned-by", "k8s.io/minikube-hostpath")
                .endMetadata()
                .withNewSpec()
                    .addToCapacity("storage", new Quantity("1Mi"))
                    .withAccessModes("ReadWriteOnce")
                    .withPersistentVolumeReclaimPolicy("Delete")
                    .withStorageClassName("standard")
                    .withVolumeMode("Filesystem")
                    .withNewClaimRef().withKind("PersistentVolumeClaim").withNamespace("default")
                        .withName("data-kubia-0").endClaimRef()
                    .withNewHostPath().withPath("/tmp/hostpath-provisioner/default/data-kubia-0").endHostPath()
                .endSpec()
                .withNewStatus().withPhase("Bound").endStatus();
    }

    @Test
    void boundVolumeListingWithEmptyReasonColumn() {
        String out = PvPrinter.DEFAULT.table(List.of(provisioned(Duration.ofSeconds(98)).build()), NOW, false);
        assertThat(out.lines()).containsExactly(
                "NAME                                       CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   "
                        + "CLAIM                  STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE",
                NAME + "   1Mi        RWO            Delete           Bound    "
                        + "default/data-kubia-0   standard       <unset>                          98s");
    }

    @Test
    void withoutVolumeAttributesClass() {
        PvPrinter older = new PvPrinter(false);
        assertThat(older.headers(false)).containsExactly("Name", "Capacity", "Access Modes", "Reclaim Policy",
                "Status", "Claim", "StorageClass", "Reason", "Age");
        assertThat(older.cells(provisioned(Duration.ofMinutes(5)).build(), NOW, true)).containsExactly(
                NAME, "1Mi", "RWO", "Delete", "Bound", "default/data-kubia-0", "standard", "", "5m", "Filesystem");
    }

    @Test
    void releasedAndAvailableAndFailed() {
        PersistentVolume released = provisioned(Duration.ofHours(1))
                .editSpec().withPersistentVolumeReclaimPolicy("Retain").endSpec()
                .withNewStatus().withPhase("Released").endStatus().build();
        PersistentVolume available = provisioned(Duration.ofHours(1))
                .editSpec().withClaimRef(null).endSpec()
                .withNewStatus().withPhase("Available").endStatus().build();
        PersistentVolume failed = provisioned(Duration.ofHours(1))
                .withNewStatus().withPhase("Failed").withReason("VolumeFailedDelete").endStatus().build();

        assertThat(PvPrinter.DEFAULT.cells(released, NOW, false)).containsExactly(NAME, "1Mi", "RWO", "Retain",
                "Released", "default/data-kubia-0", "standard", "<unset>", "", "60m");
        assertThat(PvPrinter.claim(available)).isEmpty();
        assertThat(PvPrinter.status(available)).isEqualTo("Available");
        assertThat(PvPrinter.DEFAULT.cells(failed, NOW, false).get(8)).isEqualTo("VolumeFailedDelete");
    }

    @Test
    void terminatingVolume() {
        PersistentVolume pv = provisioned(Duration.ofHours(1))
                .editMetadata().withDeletionTimestamp(NOW.toString()).endMetadata().build();
        assertThat(PvPrinter.status(pv)).isEqualTo("Terminating");
    }

    @Test
    void storageClassBetaAnnotationFirst() {
        PersistentVolume pv = provisioned(Duration.ZERO)
                .editMetadata().addToAnnotations("volume.beta.kubernetes.io/storage-class", "old").endMetadata()
                .build();
        assertThat(PvPrinter.storageClass(pv)).isEqualTo("old");
        assertThat(PvPrinter.storageClass(provisioned(Duration.ZERO).build())).isEqualTo("standard");
    }

    @Test
    void multipleAccessModesAndVolumeAttributesClass() {
        PersistentVolume pv = provisioned(Duration.ofDays(400))
                .editSpec().withAccessModes("ReadOnlyMany", "ReadWriteOncePod", "ReadWriteOnce")
                    .withVolumeAttributesClassName("silver").withVolumeMode(null).endSpec()
                .build();
        assertThat(PvPrinter.DEFAULT.cells(pv, NOW, true)).containsExactly(NAME, "1Mi", "RWO,ROX,RWOP", "Delete",
                "Bound", "default/data-kubia-0", "standard", "silver", "", "400d", "<unset>");
    }

    @Test
    void emptyVolume() {
        assertThat(PvPrinter.DEFAULT.cells(new PersistentVolume(), NOW, false))
                .containsExactly("", "0", "", "", "", "", "", "<unset>", "", "<unknown>");
    }
}
