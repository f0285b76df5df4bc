package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** describeReplicaSet's optional lines: Controlled By for a Deployment's set, Conditions when the status has any. */
class ReplicaSetDescriberTest {
    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    private static Pod pod(String name, String ownerUid, String phase) {
        return new PodBuilder().withNewMetadata().withName(name).addNewOwnerReference().withKind("ReplicaSet")
                .withName("web-5d9c").withUid(ownerUid).withController(true).endOwnerReference().endMetadata()
                .withNewStatus().withPhase(phase).endStatus().build();
    }

    @Test
    void aDeploymentsSetWithAFailedCreate() {
        ReplicaSet rs = new ReplicaSetBuilder()
                .withNewMetadata().withName("web-5d9c").withNamespace("shop").withUid("rs-1")
                    .addNewOwnerReference().withKind("Deployment").withName("web").withUid("d-1").withController(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withReplicas(3)
                    .withNewSelector().addToMatchLabels("app", "web").addToMatchLabels("pod-template-hash", "5d9c").endSelector()
                    .withNewTemplate().withNewMetadata().addToLabels("app", "web").endMetadata()
                        .withNewSpec().addNewContainer().withName("web").withImage("nginx").endContainer().endSpec()
                    .endTemplate()
                .endSpec()
                .withNewStatus().withReplicas(2)
                    .addNewCondition().withType("ReplicaFailure").withStatus("True").withReason("FailedCreate").endCondition()
                .endStatus()
                .build();
        List<Pod> pods = List.of(pod("web-5d9c-a", "rs-1", "Running"), pod("web-5d9c-b", "rs-1", "Pending"),
                pod("other", "rs-2", "Running"));
        String out = ReplicaSetDescriber.describe(rs, pods, null, NOW);
        assertThat(out).startsWith("""
                Name:           web-5d9c
                Namespace:      shop
                Selector:       app=web,pod-template-hash=5d9c
                Labels:         <none>
                Annotations:    <none>
                Controlled By:  Deployment/web
                Replicas:       2 current / 3 desired
                Pods Status:    1 Running / 1 Waiting / 0 Succeeded / 0 Failed
                Pod Template:
                """).endsWith("""
                Conditions:
                  Type             Status  Reason
                  ----             ------  ------
                  ReplicaFailure   True    FailedCreate
                """).doesNotContain("Events:");
    }

    @Test
    void anEmptySelectorPrintsNone() {
        ReplicaSet rs = new ReplicaSetBuilder().withNewMetadata().withName("rs").withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(0).endSpec().build();
        assertThat(ReplicaSetDescriber.describe(rs, List.of(), List.of(), NOW))
                .contains("Selector:     <none>\n", "Replicas:     0 current / 0 desired\n", "Pod Template:\n  Labels:  <none>\n")
                .doesNotContain("<unset>").matches("(?s).*\nEvents: +<none>\n");
    }
}
