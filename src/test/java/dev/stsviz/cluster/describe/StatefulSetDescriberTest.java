package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.KubiaFixtures.NOW;
import static dev.stsviz.cluster.describe.KubiaFixtures.ago;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulSetDescriberTest {

    static final String UID = "5f0c7d1e-0000-4000-8000-000000000001";

    /**
     * Hand-derived. Blocks: Name..Pods Status ("CreationTimestamp:", 18+2, including the indented
     * Partition); the template Labels alone; the container fields ("    Environment:", 16+2); Volumes,
     * Node-Selectors, Tolerations ("  Node-Selectors:", 17+2); the claim template ("  StorageClass:", 15+2).
     */
    static final String EXPECTED = """
            Name:               kubia
            Namespace:          default
            CreationTimestamp:  Sat, 28 Nov 2026 01:50:00 +0000
            Selector:           app=kubia
            Labels:             <none>
            Annotations:        <none>
            Replicas:           2 desired | 2 total
            Update Strategy:    RollingUpdate
              Partition:        0
            Pods Status:        1 Running / 1 Waiting / 0 Succeeded / 0 Failed
            Pod Template:
              Labels:  app=kubia
              Containers:
               kubia:
                Image:        luksa/kubia-pet
                Port:         8080/TCP
                Host Port:    0/TCP
                Environment:  <none>
                Mounts:
                  /var/data from data (rw)
              Volumes:         <none>
              Node-Selectors:  <none>
              Tolerations:     <none>
            Volume Claims:
              Name:          data
              StorageClass:  standard
              Labels:        <none>
              Annotations:   <none>
              Capacity:      1Mi
              Access Modes:  [ReadWriteOnce]
            Events:
              Type     Reason            Age                From                    Message
              ----     ------            ----               ----                    -------
              Normal   SuccessfulCreate  13m                statefulset-controller  create Claim data-kubia-0 Pod kubia-0 in StatefulSet kubia success
              Normal   SuccessfulCreate  13m                statefulset-controller  create Pod kubia-0 in StatefulSet kubia successful
              Warning  FailedCreate      30s (x3 over 12m)  statefulset-controller  create Pod kubia-1 in StatefulSet kubia failed error: pods "kubia-1" is forbidden
            """;

    static StatefulSetBuilder kubia() {
        return new StatefulSetBuilder()
                .withNewMetadata().withName("kubia").withNamespace("default").withUid(UID)
                    .withCreationTimestamp("2026-11-28T01:50:00Z").endMetadata()
                .withNewSpec()
                    .withReplicas(2).withServiceName("kubia")
                    .withNewSelector().addToMatchLabels("app", "kubia").endSelector()
                    .withNewUpdateStrategy().withType("RollingUpdate").withNewRollingUpdate().withPartition(0)
                        .endRollingUpdate().endUpdateStrategy()
                    .withNewTemplate()
                        .withNewMetadata().addToLabels("app", "kubia").endMetadata()
                        .withNewSpec().addNewContainer().withName("kubia").withImage("luksa/kubia-pet")
                            .addNewPort().withContainerPort(8080).endPort()
                            .addNewVolumeMount().withName("data").withMountPath("/var/data").endVolumeMount()
                        .endContainer().endSpec()
                    .endTemplate()
                    .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata()
                        .withNewSpec().withStorageClassName("standard").withAccessModes("ReadWriteOnce")
                            .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources()
                        .endSpec()
                    .endVolumeClaimTemplate()
                .endSpec()
                .withNewStatus().withReplicas(2).endStatus();
    }

    static Pod pod(String name, String phase, String controllerUid) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewStatus().withPhase(phase).endStatus();
        if (controllerUid != null) {
            b.editMetadata().addNewOwnerReference().withKind("StatefulSet").withName("kubia").withUid(controllerUid)
                    .withController(true).endOwnerReference().endMetadata();
        }
        return b.build();
    }

    static Event event(String type, String reason, String message, Duration first, Duration last, int count) {
        return new EventBuilder()
                .withNewInvolvedObject().withKind("StatefulSet").withNamespace("default").withName("kubia").endInvolvedObject()
                .withType(type).withReason(reason).withMessage(message)
                .withNewSource().withComponent("statefulset-controller").endSource()
                .withFirstTimestamp(ago(first)).withLastTimestamp(ago(last)).withCount(count)
                .build();
    }

    static List<Event> events() {
        Duration thirteen = Duration.ofMinutes(13);
        return List.of(
                event("Warning", "FailedCreate", "create Pod kubia-1 in StatefulSet kubia failed error: pods \"kubia-1\" is forbidden",
                        Duration.ofMinutes(12), Duration.ofSeconds(30), 3),
                event("Normal", "SuccessfulCreate", "create Pod kubia-0 in StatefulSet kubia successful", thirteen, thirteen, 1),
                event("Normal", "SuccessfulCreate", "create Claim data-kubia-0 Pod kubia-0 in StatefulSet kubia success",
                        thirteen.plusSeconds(5), thirteen.plusSeconds(5), 1));
    }

    @Test
    void describesTheKubiaStatefulSet() {
        List<Pod> pods = List.of(pod("kubia-0", "Running", UID), pod("kubia-1", "Pending", UID),
                pod("stray", "Running", null), pod("adopted-elsewhere", "Failed", "other-uid"));

        String out = StatefulSetDescriber.describe(kubia().build(), pods, events(), NOW);

        assertThat(out).isEqualTo(EXPECTED);
    }

    @Test
    void podsStatusCountsEveryPhaseOfItsOwnPods() {
        List<Pod> pods = List.of(pod("a", "Running", UID), pod("b", "Running", UID), pod("c", "Succeeded", UID),
                pod("d", "Failed", UID), pod("e", "Unknown", UID), pod("f", "Pending", UID));

        String out = StatefulSetDescriber.describe(kubia().build(), pods, null, NOW);

        assertThat(out).contains("Pods Status:        2 Running / 1 Waiting / 1 Succeeded / 1 Failed\n")
                .doesNotContain("Events:");
    }

    @Test
    void onDeleteHasNoPartitionAndMaxUnavailableFollowsThePartition() {
        StatefulSet onDelete = kubia().editSpec().withNewUpdateStrategy().withType("OnDelete").endUpdateStrategy()
                .endSpec().build();
        assertThat(StatefulSetDescriber.describe(onDelete, List.of(), null, NOW))
                .contains("Update Strategy:    OnDelete\nPods Status:").doesNotContain("Partition");

        StatefulSet partitioned = kubia().editSpec().editUpdateStrategy().editRollingUpdate().withPartition(1)
                .withMaxUnavailable(new IntOrString("50%")).endRollingUpdate().endUpdateStrategy().endSpec().build();
        assertThat(StatefulSetDescriber.describe(partitioned, List.of(), null, NOW))
                .contains("Update Strategy:    RollingUpdate\n  Partition:        1\n  MaxUnavailable:   50%\n");
    }

    @Test
    void claimTemplateWithoutStorageRequestAndWithLabelsAndNoClaims() {
        StatefulSet sts = kubia().editSpec().editFirstVolumeClaimTemplate()
                .editMetadata().addToLabels("tier", "db").addToLabels("app", "kubia")
                    .addToAnnotations("note", "x").endMetadata()
                .editSpec().withStorageClassName(null).withResources(null).endSpec()
                .endVolumeClaimTemplate().endSpec().build();

        assertThat(StatefulSetDescriber.describe(sts, List.of(), null, NOW)).endsWith("""
                Volume Claims:
                  Name:          data
                  StorageClass: \s
                  Labels:        app=kubia
                                 tier=db
                  Annotations:   note=x
                  Capacity:      <default>
                  Access Modes:  [ReadWriteOnce]
                """);

        StatefulSet noClaims = kubia().editSpec().withVolumeClaimTemplates().endSpec().build();
        // "Volume Claims:\t<none>" joins the template's Volumes/Node-Selectors/Tolerations block
        assertThat(StatefulSetDescriber.describe(noClaims, List.of(), null, NOW))
                .endsWith("  Tolerations:     <none>\nVolume Claims:     <none>\n");
    }

    @Test
    void selectorsRenderLikeLabelsSelectorString() {
        StatefulSet sts = kubia().editSpec().editSelector()
                .addNewMatchExpression().withKey("tier").withOperator("In").withValues("web", "db").endMatchExpression()
                .addNewMatchExpression().withKey("canary").withOperator("DoesNotExist").endMatchExpression()
                .endSelector().endSpec().build();

        assertThat(StatefulSetDescriber.describe(sts, List.of(), null, NOW))
                .contains("Selector:           app=kubia,!canary,tier in (db,web)\n");
    }
}
