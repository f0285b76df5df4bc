package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PvcPrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");
    private static final String VOLUME = "pvc-9ea59858-ecc9-4549-ba87-4db46e8f1f79";

    /** A claim as the kubia StatefulSet's volumeClaimTemplate creates it, not yet bound. */
    private static PersistentVolumeClaimBuilder claim(String name, Duration age) {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(name).withNamespace("default")
                    .withCreationTimestamp(NOW.minus(age).toString()).addToLabels("app", "kubia")
                .endMetadata()
                .withNewSpec()
                    .withAccessModes("ReadWriteOnce").withStorageClassName("standard").withVolumeMode("Filesystem")
                    .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources()
                .endSpec()
                .withNewStatus().withPhase("Pending").endStatus();
    }

    private static PersistentVolumeClaim bound(String name, Duration age) {
        return claim(name, age)
                .editSpec().withVolumeName(VOLUME).endSpec()
                .withNewStatus().withPhase("Bound").withAccessModes("ReadWriteOnce")
                    .addToCapacity("storage", new Quantity("1Mi")).endStatus()
                .build();
    }

    @Test
    void reproducesKubectlListingWithoutVolumeAttributesClass() {
        PvcPrinter older = new PvcPrinter(false);
        assertThat(older.table(List.of(bound("data-kubia-0", Duration.ofSeconds(98))), NOW, false)).isEqualTo("""
                NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   AGE
                data-kubia-0   Bound    pvc-9ea59858-ecc9-4549-ba87-4db46e8f1f79   1Mi        RWO            standard       98s
                """);
    }

    @Test
    void modernKubectlAddsVolumeAttributesClassByDefault() {
        assertThat(new PvcPrinter().withVolumeAttributesClass()).isTrue();
        assertThat(PvcPrinter.DEFAULT.table(List.of(bound("data-kubia-0", Duration.ofSeconds(98))), NOW, false))
                .isEqualTo("""
                NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE
                data-kubia-0   Bound    pvc-9ea59858-ecc9-4549-ba87-4db46e8f1f79   1Mi        RWO            standard       <unset>                 98s
                """);
    }

    @Test
    void namedVolumeAttributesClass() {
        PersistentVolumeClaim pvc = claim("c", Duration.ofMinutes(1))
                .editSpec().withVolumeAttributesClassName("gold").endSpec().build();
        assertThat(PvcPrinter.DEFAULT.cells(pvc, NOW, false).get(6)).isEqualTo("gold");
    }

    @Test
    void pendingClaimHasNoVolumeCapacityOrAccessModes() {
        PersistentVolumeClaim pvc = claim("data-kubia-1", Duration.ofSeconds(4)).build();
        assertThat(PvcPrinter.DEFAULT.cells(pvc, NOW, false))
                .containsExactly("data-kubia-1", "Pending", "", "", "", "standard", "<unset>", "4s");
    }

    @Test
    void terminatingClaim() {
        PersistentVolumeClaim pvc = new PersistentVolumeClaimBuilder(bound("data-kubia-0", Duration.ofHours(1)))
                .editMetadata().withDeletionTimestamp(NOW.minusSeconds(2).toString())
                    .addToFinalizers("kubernetes.io/pvc-protection").endMetadata()
                .build();
        assertThat(PvcPrinter.status(pvc)).isEqualTo("Terminating");
        assertThat(new PvcPrinter(false).cells(pvc, NOW, false))
                .containsExactly("data-kubia-0", "Terminating", VOLUME, "1Mi", "RWO", "standard", "60m");
    }

    @Test
    void wideAddsVolumeMode() {
        PvcPrinter p = new PvcPrinter(false);
        assertThat(p.headers(true)).containsExactly("Name", "Status", "Volume", "Capacity", "Access Modes",
                "StorageClass", "Age", "VolumeMode");
        assertThat(p.cells(bound("a", Duration.ofMinutes(2)), NOW, true)).last().isEqualTo("Filesystem");
        PersistentVolumeClaim noMode = claim("b", Duration.ofMinutes(2)).editSpec().withVolumeMode(null).endSpec()
                .build();
        assertThat(p.cells(noMode, NOW, true)).last().isEqualTo("<unset>");
        assertThat(PvcPrinter.DEFAULT.headers(true)).containsExactly("Name", "Status", "Volume", "Capacity",
                "Access Modes", "StorageClass", "VolumeAttributesClass", "Age", "VolumeMode");
    }

    @Test
    void storageClassPrefersTheBetaAnnotationLikeKubectl() {
        PersistentVolumeClaim annotated = claim("a", Duration.ZERO)
                .editMetadata().addToAnnotations("volume.beta.kubernetes.io/storage-class", "legacy").endMetadata()
                .build();
        PersistentVolumeClaim annotationOnly = claim("b", Duration.ZERO)
                .editSpec().withStorageClassName(null).endSpec()
                .editMetadata().addToAnnotations("volume.beta.kubernetes.io/storage-class", "slow").endMetadata()
                .build();
        PersistentVolumeClaim none = claim("c", Duration.ZERO).editSpec().withStorageClassName(null).endSpec().build();
        assertThat(PvcPrinter.storageClass(annotated)).isEqualTo("legacy");
        assertThat(PvcPrinter.storageClass(annotationOnly)).isEqualTo("slow");
        assertThat(PvcPrinter.storageClass(none)).isEmpty();
        assertThat(PvcPrinter.storageClass(claim("d", Duration.ZERO).build())).isEqualTo("standard");
    }

    @Test
    void boundClaimWithMultipleAccessModesAndNoReportedCapacity() {
        PersistentVolumeClaim pvc = claim("shared", Duration.ofDays(3))
                .editSpec().withVolumeName("nfs-pv").endSpec()
                .withNewStatus().withPhase("Bound").withAccessModes("ReadWriteMany", "ReadWriteOnce", "ReadWriteMany")
                .endStatus().build();
        // Go prints the zero Quantity as "0".
        assertThat(new PvcPrinter(false).cells(pvc, NOW, false))
                .containsExactly("shared", "Bound", "nfs-pv", "0", "RWO,RWX", "standard", "3d");
    }

    @Test
    void lostClaimAndEmptyObject() {
        PersistentVolumeClaim lost = claim("x", Duration.ofMinutes(15)).editSpec().withVolumeName("gone").endSpec()
                .withNewStatus().withPhase("Lost").endStatus().build();
        assertThat(PvcPrinter.status(lost)).isEqualTo("Lost");
        assertThat(PvcPrinter.DEFAULT.cells(new PersistentVolumeClaim(), NOW, false))
                .containsExactly("", "", "", "", "", "", "<unset>", "<unknown>");
    }
}
