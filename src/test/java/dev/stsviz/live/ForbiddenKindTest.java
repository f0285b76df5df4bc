package dev.stsviz.live;

import dev.stsviz.TalksToServer;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RBAC refuses one kind (nodes, as for a namespace-scoped user): it is reported and everything else syncs. */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
class ForbiddenKindTest {
    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void forbiddenNodesAreReportedAndPodsStillSync() {
        // an expectation takes precedence over the CRUD store for this path
        server.expect().get().withPath("/api/v1/nodes?resourceVersion=0")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("nodes is forbidden: User \"dev\" cannot list resource \"nodes\" in API group \"\" at the cluster scope").build())
                .always();
        client.pods().inNamespace("default").resource(LiveClusterSourceTest.pod("kubia-0")).create();
        try (LiveClusterSource source = new LiveClusterSource(client, "default", "mock")) {
            source.start();
            Poll.until(() -> source.state().get(Pod.class, Kinds.POD, "default", "kubia-0").isPresent(), source::describeStatus);
            Poll.until(() -> source.status().phase() == LiveStatus.Phase.WATCHING, source::describeStatus);
            assertThat(source.describeStatus()).isEqualTo("mock/default: watching (forbidden for this user: list nodes)");
            assertThat(source.unavailableKinds()).containsExactly(Kinds.NODE);
        }
    }

    @Test
    void forbiddenVolumeAttachmentsAreUnknownNotAbsent() {
        server.expect().get().withPath("/apis/storage.k8s.io/v1/volumeattachments?resourceVersion=0")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("volumeattachments.storage.k8s.io is forbidden: User \"dev\" cannot list resource "
                                + "\"volumeattachments\" in API group \"storage.k8s.io\" at the cluster scope").build())
                .always();
        client.pods().inNamespace("default").resource(LiveClusterSourceTest.pod("kubia-0")).create();
        try (LiveClusterSource source = new LiveClusterSource(client, "default", "mock")) {
            source.start();
            Poll.until(() -> source.state().get(Pod.class, Kinds.POD, "default", "kubia-0").isPresent(), source::describeStatus);
            Poll.until(() -> source.status().phase() == LiveStatus.Phase.WATCHING, source::describeStatus);
            assertThat(source.describeStatus())
                    .isEqualTo("mock/default: watching (forbidden for this user: list volumeattachments.storage.k8s.io)");
            assertThat(source.unavailableKinds()).containsExactly(Kinds.VOLUME_ATTACHMENT);
            assertThat(source.state().readable(Kinds.VOLUME_ATTACHMENT)).isFalse();
        }
    }
}
