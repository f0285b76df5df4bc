package dev.stsviz.sim;

import dev.stsviz.sim.apiserver.Copies;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopiesTest {
    @Test
    void aShallowMetadataCopyKeepsEveryFieldInItsPlace() {
        ObjectMeta meta = new ObjectMetaBuilder().withName("minikube").withNamespace("kube-node-lease").withUid("u-1")
                .withResourceVersion("42").withGeneration(3L).withGenerateName("g-").withSelfLink("/s")
                .withCreationTimestamp("2026-11-28T10:00:00Z").withDeletionTimestamp("2026-11-28T11:00:00Z")
                .withDeletionGracePeriodSeconds(30L).addToLabels("a", "b").addToAnnotations("c", "d")
                .addToFinalizers("f").addNewOwnerReference().withName("o").endOwnerReference()
                .addNewManagedField().withManager("m").endManagedField().build();

        ObjectMeta copy = Copies.shallow(meta);

        assertThat(copy).isNotSameAs(meta).isEqualTo(meta);
        assertThat(copy.getCreationTimestamp()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(copy.getDeletionTimestamp()).isEqualTo("2026-11-28T11:00:00Z");
        assertThat(copy.getName()).isEqualTo("minikube");
        assertThat(copy.getNamespace()).isEqualTo("kube-node-lease");
    }
}
