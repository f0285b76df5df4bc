package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodResourcesTest {

    static Container container(String name, String cpuRequest, String cpuLimit) {
        ContainerBuilder b = new ContainerBuilder().withName(name).withNewResources().endResources();
        if (cpuRequest != null) {
            b.editResources().addToRequests("cpu", new Quantity(cpuRequest)).endResources();
        }
        if (cpuLimit != null) {
            b.editResources().addToLimits("cpu", new Quantity(cpuLimit)).endResources();
        }
        return b.build();
    }

    static String cpu(Map<String, GoQuantity> list) {
        return list.getOrDefault("cpu", GoQuantity.ZERO).toString();
    }

    @Test
    void containersAddUpAndTheLargestInitContainerRaisesTheTotal() {
        Pod pod = new PodBuilder().withNewSpec()
                .addToContainers(container("a", "100m", "200m"), container("b", "200m", null))
                .addToInitContainers(container("init", "500m", "1"))
                .endSpec().build();

        assertThat(cpu(PodResources.of(pod, false))).isEqualTo("500m");
        assertThat(cpu(PodResources.of(pod, true))).isEqualTo("1");
    }

    @Test
    void sidecarsRunAlongsideAndStackUnderLaterInitContainers() {
        Container sidecar = new ContainerBuilder(container("proxy", "100m", null)).withRestartPolicy("Always").build();
        Pod pod = new PodBuilder().withNewSpec()
                .addToContainers(container("app", "300m", null))
                .addToInitContainers(sidecar, container("migrate", "350m", null))
                .endSpec().build();

        // containers 300m + sidecar 100m = 400m; migrate runs with the sidecar: 350m + 100m = 450m
        assertThat(cpu(PodResources.of(pod, false))).isEqualTo("450m");
    }

    @Test
    void overheadAddsToRequestsAndOnlyToExistingLimits() {
        Pod pod = new PodBuilder().withNewSpec()
                .addToContainers(container("app", "100m", null))
                .addToOverhead("cpu", new Quantity("250m")).addToOverhead("memory", new Quantity("120Mi"))
                .endSpec().build();

        assertThat(cpu(PodResources.of(pod, false))).isEqualTo("350m");
        assertThat(PodResources.of(pod, false).get("memory").toString()).isEqualTo("120Mi");
        assertThat(PodResources.of(pod, true)).isEmpty();
    }
}
