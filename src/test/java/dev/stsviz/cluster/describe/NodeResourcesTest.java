package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;

class NodeResourcesTest {

    @Test
    void percentagesTruncateLikeGo() {
        assertThat(NodeResources.percent(100, 2000)).isEqualTo(5);
        assertThat(NodeResources.percent(67_108_864L, 4_294_967_296L)).isEqualTo(1);
        assertThat(NodeResources.percent(3000, 2000)).isEqualTo(150);
        // the per-pod rows have no zero guard: Go's int64(NaN) and int64(+Inf) are MinInt64 on amd64
        assertThat(NodeResources.percent(0, 0)).isEqualTo(Long.MIN_VALUE);
        assertThat(NodeResources.percent(100, 0)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void allocatableFallsBackToCapacity() {
        Node capacityOnly = new NodeBuilder().withNewStatus().addToCapacity("cpu", new Quantity("4")).endStatus().build();
        assertThat(NodeResources.allocatable(capacityOnly)).containsOnlyKeys("cpu");
        assertThat(NodeResources.allocatable(new Node())).isEmpty();
    }
}
