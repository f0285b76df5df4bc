package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import org.junit.jupiter.api.Test;

class PodQosTest {

    static Pod pod(ResourceRequirementsBuilder... containers) {
        PodBuilder b = new PodBuilder().withNewSpec().endSpec();
        int i = 0;
        for (ResourceRequirementsBuilder r : containers) {
            b.editSpec().addToContainers(new ContainerBuilder().withName("c" + i++).withResources(r.build()).build()).endSpec();
        }
        return b.build();
    }

    static ResourceRequirementsBuilder res() {
        return new ResourceRequirementsBuilder();
    }

    @Test
    void bestEffortWithoutCpuOrMemory() {
        assertThat(PodQos.compute(pod(res()))).isEqualTo("BestEffort");
        assertThat(PodQos.compute(pod(res().addToRequests("ephemeral-storage", new Quantity("1Gi"))))).isEqualTo("BestEffort");
        assertThat(PodQos.compute(pod(res().addToRequests("cpu", new Quantity("0"))))).isEqualTo("BestEffort");
    }

    @Test
    void guaranteedWhenEveryContainerLimitsCpuAndMemoryEqualToRequests() {
        ResourceRequirementsBuilder equal = res()
                .addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("1Gi"))
                .addToRequests("cpu", new Quantity("1000m")).addToRequests("memory", new Quantity("1024Mi"));
        assertThat(PodQos.compute(pod(equal))).isEqualTo("Guaranteed");
        // limits only: requests default to limits on the server, but describe computes from what is set
        assertThat(PodQos.compute(pod(res().addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("1Gi")))))
                .isEqualTo("Burstable");
    }

    @Test
    void burstableOtherwise() {
        assertThat(PodQos.compute(pod(res().addToRequests("cpu", new Quantity("100m"))))).isEqualTo("Burstable");
        ResourceRequirementsBuilder full = res()
                .addToLimits("cpu", new Quantity("1")).addToLimits("memory", new Quantity("1Gi"))
                .addToRequests("cpu", new Quantity("1")).addToRequests("memory", new Quantity("1Gi"));
        assertThat(PodQos.compute(pod(full, res()))).isEqualTo("Burstable");
    }

    @Test
    void theRecordedClassWins() {
        Pod pod = new PodBuilder(pod(res())).withNewStatus().withQosClass("Guaranteed").endStatus().build();
        assertThat(PodQos.of(pod)).isEqualTo("Guaranteed");
    }
}
