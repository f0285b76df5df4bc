package dev.stsviz.realcluster;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The control plane the extension starts: nodes, node faults, an API server outage, RBAC contexts, namespaces. */
@RealCluster
class ControlPlaneSmokeTest {
    private static final Duration NODE_TIMEOUT = Duration.ofSeconds(30);

    private final ControlPlane cluster;

    ControlPlaneSmokeTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @Test
    void threeHollowNodesAreReady() {
        assertThat(cluster.eviction()).isEqualTo("taint");
        assertThat(cluster.nodes()).containsExactly("hollow-node-0", "hollow-node-1", "hollow-node-2");
        try (KubernetesClient admin = cluster.client("admin")) {
            List<Node> nodes = admin.nodes().list().getItems();
            assertThat(nodes).extracting(n -> n.getMetadata().getName()).containsExactlyInAnyOrderElementsOf(cluster.nodes());
            assertThat(nodes).allSatisfy(n -> assertThat(n.getStatus().getConditions())
                    .anySatisfy(c -> {
                        assertThat(c.getType()).isEqualTo("Ready");
                        assertThat(c.getStatus()).isEqualTo("True");
                    }));
            assertThat(nodes).allSatisfy(n -> assertThat(n.getStatus().getNodeInfo().getKubeletVersion()).isEqualTo("v1.24.10"));
        }
        assertThat(cluster.kubectl("get", "nodes", "-o", "name").lines()).hasSize(3);
    }

    @Test
    void aFrozenNodeGoesNotReadyAndComesBackWhenThawed() {
        String node = "hollow-node-2";
        cluster.freeze(node);
        try {
            cluster.waitNodeNotReady(node, NODE_TIMEOUT);
            assertThat(cluster.nodeReady("hollow-node-0")).isTrue();
        } finally {
            cluster.thaw(node);
        }
        cluster.waitNodeReady(node, NODE_TIMEOUT);
        assertThat(cluster.frozenNodes()).isEmpty();
    }

    @Test
    void callsFailWhileTheApiServerIsStoppedAndSucceedAfterItStarts() {
        Config config = cluster.config("admin");
        config.setRequestRetryBackoffLimit(0); // fabric8 retries a refused connection for ~20 s by default
        config.setConnectionTimeout(2_000);
        try (KubernetesClient admin = new KubernetesClientBuilder().withConfig(config).build()) {
            assertThat(admin.nodes().list().getItems()).hasSize(3);
            cluster.apiserverStop();
            try {
                assertThat(cluster.apiserverRunning()).isFalse();
                assertThatThrownBy(() -> admin.nodes().list()).isInstanceOf(KubernetesClientException.class);
                cluster.apiserverStart();
                assertThat(admin.nodes().list().getItems()).hasSize(3);
            } finally {
                cluster.apiserverStart(); // a no-op when it runs
            }
        }
        cluster.waitNodesReady(NODE_TIMEOUT);
    }

    @Test
    void studentMayListPodsInDefaultButNotNodes() {
        try (KubernetesClient student = cluster.client("student")) {
            KubernetesClientException forbidden = catchThrowableOfType(KubernetesClientException.class, () -> student.nodes().list());
            assertThat(forbidden).isNotNull();
            assertThat(forbidden.getCode()).isEqualTo(403);
            assertThat(student.pods().inNamespace("default").list().getItems()).isNotNull();
        }
        try (KubernetesClient adminToken = cluster.client("admin-token")) {
            assertThat(adminToken.nodes().list().getItems()).hasSize(3);
        }
    }

    @Test
    void createNamespaceGivesAFreshNamespaceEachTime() {
        String first = cluster.createNamespace("smoke");
        String second = cluster.createNamespace("smoke");
        assertThat(first).startsWith("smoke-").isNotEqualTo(second);
        try (KubernetesClient admin = cluster.client("admin")) {
            Namespace namespace = admin.namespaces().withName(first).get();
            assertThat(namespace.getStatus().getPhase()).isEqualTo("Active");
            assertThat(admin.serviceAccounts().inNamespace(first).withName("default").get()).isNotNull();
        }
    }

    @Test
    void etcdCompactsToItsCurrentRevision() {
        long revision = cluster.compactEtcd();
        assertThat(revision).isPositive();
        assertThatThrownBy(() -> cluster.etcdctl("compact", String.valueOf(revision)))
                .hasMessageContaining("required revision has been compacted");
    }
}
