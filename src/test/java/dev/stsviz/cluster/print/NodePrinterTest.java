package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    private static NodeBuilder node(String name, Duration age) {
        return new NodeBuilder()
                .withNewMetadata().withName(name).withCreationTimestamp(NOW.minus(age).toString()).endMetadata()
                .withNewSpec().endSpec()
                .withNewStatus()
                    .withNewNodeInfo()
                        .withKubeletVersion("v1.31.0").withOsImage("Ubuntu 22.04.4 LTS")
                        .withKernelVersion("6.8.0-45-generic").withContainerRuntimeVersion("docker://27.2.0")
                    .endNodeInfo()
                .endStatus();
    }

    private static NodeBuilder withReady(NodeBuilder b, String status) {
        return b.editStatus()
                .addNewCondition().withType("MemoryPressure").withStatus("False").endCondition()
                .addNewCondition().withType("DiskPressure").withStatus("True").endCondition()
                .addNewCondition().withType("Ready").withStatus(status).endCondition()
                .endStatus();
    }

    @Test
    void readyNotReadyAndUnknown() {
        assertThat(NodePrinter.status(withReady(node("n", Duration.ZERO), "True").build())).isEqualTo("Ready");
        assertThat(NodePrinter.status(withReady(node("n", Duration.ZERO), "False").build())).isEqualTo("NotReady");
        assertThat(NodePrinter.status(withReady(node("n", Duration.ZERO), "Unknown").build())).isEqualTo("NotReady");
        assertThat(NodePrinter.status(node("n", Duration.ZERO).build())).isEqualTo("Unknown");
    }

    @Test
    void otherTrueConditionsAreNotShown() {
        Node n = withReady(node("n", Duration.ZERO), "True").build();
        assertThat(NodePrinter.status(n)).isEqualTo("Ready").doesNotContain("DiskPressure");
    }

    @Test
    void cordonedNodes() {
        Node ready = withReady(node("n", Duration.ZERO), "True").editSpec().withUnschedulable(true).endSpec().build();
        Node noCondition = node("n", Duration.ZERO).editSpec().withUnschedulable(true).endSpec().build();
        Node explicitlySchedulable = withReady(node("n", Duration.ZERO), "True")
                .editSpec().withUnschedulable(false).endSpec().build();
        assertThat(NodePrinter.status(ready)).isEqualTo("Ready,SchedulingDisabled");
        assertThat(NodePrinter.status(noCondition)).isEqualTo("Unknown,SchedulingDisabled");
        assertThat(NodePrinter.status(explicitlySchedulable)).isEqualTo("Ready");
    }

    @Test
    void rolesFromBothLabelStylesSortedAndDeduplicated() {
        Node n = node("n", Duration.ZERO).editMetadata()
                .addToLabels("node-role.kubernetes.io/worker", "")
                .addToLabels("node-role.kubernetes.io/control-plane", "")
                .addToLabels("kubernetes.io/role", "worker")
                .addToLabels("node-role.kubernetes.io/", "ignored-empty-role")
                .addToLabels("kubernetes.io/hostname", "n")
                .endMetadata().build();
        assertThat(NodePrinter.roles(n)).isEqualTo("control-plane,worker");
    }

    @Test
    void legacyRoleLabelNeedsAValue() {
        Node n = node("n", Duration.ZERO).editMetadata().addToLabels("kubernetes.io/role", "").endMetadata().build();
        assertThat(NodePrinter.roles(n)).isEqualTo("<none>");
        assertThat(NodePrinter.roles(new Node())).isEqualTo("<none>");
    }

    @Test
    void minikubeListing() {
        Node minikube = withReady(node("minikube", Duration.ofDays(10)), "True")
                .editMetadata().addToLabels("node-role.kubernetes.io/control-plane", "").endMetadata()
                .build();
        Node worker = withReady(node("minikube-m02", Duration.ofHours(3).plusMinutes(4)), "False")
                .editSpec().withUnschedulable(true).endSpec()
                .build();
        assertThat(NodePrinter.table(List.of(minikube, worker), NOW, false)).isEqualTo("""
                NAME           STATUS                        ROLES           AGE    VERSION
                minikube       Ready                         control-plane   10d    v1.31.0
                minikube-m02   NotReady,SchedulingDisabled   <none>          3h4m   v1.31.0
                """);
    }

    @Test
    void wideColumns() {
        Node n = withReady(node("minikube", Duration.ofDays(10)), "True")
                .editStatus()
                    .addNewAddress().withType("Hostname").withAddress("minikube").endAddress()
                    .addNewAddress().withType("InternalIP").withAddress("192.168.49.2").endAddress()
                    .addNewAddress().withType("InternalIP").withAddress("192.168.49.3").endAddress()
                .endStatus().build();
        assertThat(NodePrinter.headers(true)).containsExactly("Name", "Status", "Roles", "Age", "Version",
                "Internal-IP", "External-IP", "OS-Image", "Kernel-Version", "Container-Runtime");
        assertThat(NodePrinter.cells(n, NOW, true)).containsExactly("minikube", "Ready", "<none>", "10d", "v1.31.0",
                "192.168.49.2", "<none>", "Ubuntu 22.04.4 LTS", "6.8.0-45-generic", "docker://27.2.0");
    }

    @Test
    void emptyNodeInfoPrintsUnknownInWideAndEmptyVersion() {
        Node n = new NodeBuilder().withNewMetadata().withName("bare").endMetadata().build();
        assertThat(NodePrinter.cells(n, NOW, true)).containsExactly("bare", "Unknown", "<none>", "<unknown>", "",
                "<none>", "<none>", "<unknown>", "<unknown>", "<unknown>");
    }

    @Test
    void externalIp() {
        Node n = node("gke-1", Duration.ofDays(1)).editStatus()
                .addNewAddress().withType("ExternalIP").withAddress("34.1.2.3").endAddress()
                .addNewAddress().withType("InternalIP").withAddress("10.128.0.2").endAddress()
                .endStatus().build();
        assertThat(NodePrinter.cells(n, NOW, true).subList(5, 7)).containsExactly("10.128.0.2", "34.1.2.3");
    }
}
