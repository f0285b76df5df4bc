package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.KubiaFixtures.NOW;
import static dev.stsviz.cluster.describe.KubiaFixtures.ago;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PvcDescriberTest {

    /** Hand-derived: one column block, "StorageClass:" / "Access Modes:" (13+2); "Events:\t<none>" joins it. */
    static final String BOUND = """
            Name:          data-kubia-0
            Namespace:     default
            StorageClass:  standard
            Status:        Bound
            Volume:        pvc-5b2c7f3e
            Labels:        app=kubia
            Annotations:   pv.kubernetes.io/bind-completed: yes
                           pv.kubernetes.io/bound-by-controller: yes
            Finalizers:    [kubernetes.io/pvc-protection]
            Capacity:      1Mi
            Access Modes:  RWO
            VolumeMode:    Filesystem
            Used By:       kubia-0
            Events:        <none>
            """;

    /** Unbound: Volume, Capacity and Access Modes are empty but still tab-padded (trailing spaces). */
    static final String PENDING = """
            Name:          data-kubia-1
            Namespace:     default
            StorageClass:  standard
            Status:        Pending
            Volume:       \s
            Labels:        app=kubia
            Annotations:   <none>
            Finalizers:    [kubernetes.io/pvc-protection]
            Capacity:     \s
            Access Modes: \s
            Used By:       kubia-1
            Events:
              Type    Reason                Age               From                         Message
              ----    ------                ----              ----                         -------
              Normal  WaitForFirstConsumer  4s (x2 over 19s)  persistentvolume-controller  waiting for first consumer to be created before binding
            """;

    static PersistentVolumeClaimBuilder claim(String name) {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(name).withNamespace("default").addToLabels("app", "kubia")
                    .withFinalizers("kubernetes.io/pvc-protection").endMetadata()
                .withNewSpec().withStorageClassName("standard").withAccessModes("ReadWriteOnce")
                    .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources()
                .endSpec();
    }

    static PersistentVolumeClaim bound() {
        return claim("data-kubia-0")
                .editMetadata().addToAnnotations("pv.kubernetes.io/bound-by-controller", "yes")
                    .addToAnnotations("pv.kubernetes.io/bind-completed", "yes").endMetadata()
                .editSpec().withVolumeName("pvc-5b2c7f3e").withVolumeMode("Filesystem").endSpec()
                .withNewStatus().withPhase("Bound").withAccessModes("ReadWriteOnce")
                    .addToCapacity("storage", new Quantity("1Mi")).endStatus()
                .build();
    }

    static Pod podUsing(String name, String claim) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").withUid(name + "-uid").endMetadata()
                .withNewSpec().addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName(claim)
                    .endPersistentVolumeClaim().endVolume().endSpec()
                .build();
    }

    @Test
    void describesABoundClaim() {
        String out = PvcDescriber.describe(bound(), List.of(podUsing("kubia-0", "data-kubia-0")), List.of(), NOW);

        assertThat(out).isEqualTo(BOUND);
    }

    @Test
    void describesAPendingClaimWithARepeatedEvent() {
        PersistentVolumeClaim pending = claim("data-kubia-1").withNewStatus().withPhase("Pending").endStatus().build();
        Event waiting = new EventBuilder()
                .withNewInvolvedObject().withKind("PersistentVolumeClaim").withNamespace("default")
                    .withName("data-kubia-1").endInvolvedObject()
                .withType("Normal").withReason("WaitForFirstConsumer")
                .withMessage("waiting for first consumer to be created before binding\n")
                .withNewSource().withComponent("persistentvolume-controller").endSource()
                .withFirstTimestamp(ago(Duration.ofSeconds(19))).withLastTimestamp(ago(Duration.ofSeconds(4))).withCount(2)
                .build();

        String out = PvcDescriber.describe(pending, List.of(podUsing("kubia-1", "data-kubia-1")), List.of(waiting), NOW);

        assertThat(out).isEqualTo(PENDING);
    }

    @Test
    void aClaimBeingDeletedIsTerminatingAndUnusedClaimsAreUsedByNone() {
        PersistentVolumeClaim deleting = new PersistentVolumeClaimBuilder(bound())
                .editMetadata().withDeletionTimestamp(ago(Duration.ofSeconds(20))).endMetadata().build();

        String out = PvcDescriber.describe(deleting, List.of(), null, NOW);

        assertThat(out).contains("Status:        Terminating (lasts 20s)\n", "Used By:       <none>\n")
                .doesNotContain("Events:");
    }

    @Test
    void usedByListsPodNamesSorted() {
        String out = PvcDescriber.describe(bound(),
                List.of(podUsing("reader-2", "data-kubia-0"), podUsing("kubia-0", "data-kubia-0")), null, NOW);

        assertThat(out).contains("Used By:       kubia-0\n               reader-2\n");
    }

    @Test
    void theBetaAnnotationWinsOverTheStorageClassNameAndDataSourceAndConditionsPrint() {
        PersistentVolumeClaim pvc = new PersistentVolumeClaimBuilder(bound())
                .editMetadata().withAnnotations(null)
                    .addToAnnotations("volume.beta.kubernetes.io/storage-class", "legacy").endMetadata()
                .editSpec().withNewDataSource().withApiGroup("snapshot.storage.k8s.io").withKind("VolumeSnapshot")
                    .withName("snap-1").endDataSource().endSpec()
                .editStatus().addNewCondition().withType("Resizing").withStatus("True")
                    .withLastTransitionTime("2026-11-28T02:00:00Z").endCondition().endStatus()
                .build();

        String out = PvcDescriber.describe(pvc, List.of(), null, NOW);

        // "DataSource:" ends the first block, so "Used By:" aligns with the DataSource fields
        assertThat(out).contains("StorageClass:  legacy\n", "DataSource:\n  APIGroup:  snapshot.storage.k8s.io\n"
                + "  Kind:      VolumeSnapshot\n  Name:      snap-1\nUsed By:     <none>\n");
        // the unset LastProbeTime is Go's zero time
        assertThat(out).endsWith("""
                Conditions:
                  Type       Status  LastProbeTime                     LastTransitionTime                Reason  Message
                  ----       ------  -----------------                 ------------------                ------  -------
                  Resizing   True    Mon, 01 Jan 0001 00:00:00 +0000   Sat, 28 Nov 2026 02:00:00 +0000          \s
                """);
    }

    @Test
    void pvcUsersFollowsGetPodsForPvc() {
        Pod mounting = podUsing("kubia-0", "data-kubia-0");
        Pod other = podUsing("kubia-1", "data-kubia-1");
        Pod owner = new PodBuilder().withNewMetadata().withName("eph").withUid("eph-uid").endMetadata().build();
        PersistentVolumeClaim pvc = new PersistentVolumeClaimBuilder(bound()).editMetadata()
                .addNewOwnerReference().withKind("Pod").withName("eph").withUid("eph-uid").endOwnerReference()
                .addNewOwnerReference().withKind("Pod").withName("kubia-0").withUid("kubia-0-uid").endOwnerReference()
                .addNewOwnerReference().withKind("Pod").withName("gone").withUid("gone-uid").endOwnerReference()
                .endMetadata().build();

        assertThat(PvcUsers.select(pvc, List.of(other, owner, mounting)))
                .extracting(p -> p.getMetadata().getName()).containsExactly("kubia-0", "eph");
    }
}
