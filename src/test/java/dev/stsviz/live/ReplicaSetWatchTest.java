package dev.stsviz.live;

import dev.stsviz.TalksToServer;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ReplicaSets in the namespace are watched beside the StatefulSet; a user whose Role leaves them out still gets
 * everything else, pods with their owner references, and no "forbidden" in the status for them.
 */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
class ReplicaSetWatchTest {
    KubernetesClient client;
    KubernetesMockServer server;

    private static final OwnerReference OWNER = new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("ReplicaSet")
            .withName("kubia-rs").withUid("rs-uid").withController(true).withBlockOwnerDeletion(true).build();

    private void aReplicaSetAndItsPod() {
        client.apps().replicaSets().inNamespace("default").resource(new ReplicaSetBuilder()
                .withNewMetadata().withName("kubia-rs").withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(1).withNewSelector().addToMatchLabels("app", "kubia-rs").endSelector().endSpec()
                .build()).create();
        client.pods().inNamespace("default").resource(new PodBuilder(LiveClusterSourceTest.pod("kubia-rs-bxz2q"))
                .editMetadata().addToLabels("app", "kubia-rs").withOwnerReferences(OWNER).endMetadata().build()).create();
    }

    @Test
    void replicaSetsInTheNamespaceReachTheState() {
        aReplicaSetAndItsPod();
        try (LiveClusterSource source = new LiveClusterSource(client, "default", "mock")) {
            source.start();
            Poll.until(() -> source.state().get(ReplicaSet.class, Kinds.REPLICA_SET, "default", "kubia-rs").isPresent(),
                    source::describeStatus);
            Poll.until(() -> source.status().phase() == LiveStatus.Phase.WATCHING, source::describeStatus);
            assertThat(source.describeStatus()).isEqualTo("mock/default: watching");
            assertThat(source.state().readable(Kinds.REPLICA_SET)).isTrue();
        }
    }

    @Test
    void aUserWhoMayNotListReplicaSetsKeepsEverythingElseUnwarned() {
        server.expect().get().withPath("/apis/apps/v1/namespaces/default/replicasets?resourceVersion=0")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("replicasets.apps is forbidden: User \"student\" cannot list resource \"replicasets\" "
                                + "in API group \"apps\" in the namespace \"default\"").build())
                .always();
        aReplicaSetAndItsPod();
        try (LiveClusterSource source = new LiveClusterSource(client, "default", "mock")) {
            source.start();
            Poll.until(() -> source.state().get(Pod.class, Kinds.POD, "default", "kubia-rs-bxz2q").isPresent(), source::describeStatus);
            Poll.until(() -> !source.state().readable(Kinds.REPLICA_SET), source::describeStatus);
            Poll.until(() -> source.status().phase() == LiveStatus.Phase.WATCHING, source::describeStatus);
            assertThat(source.describeStatus()).as("no forbidden, no error: nothing the picture needs is missing")
                    .isEqualTo("mock/default: watching");
            assertThat(source.status().forbidden()).isEmpty();
            assertThat(source.unavailableKinds()).containsExactly(Kinds.REPLICA_SET);
            Pod pod = source.state().get(Pod.class, Kinds.POD, "default", "kubia-rs-bxz2q").orElseThrow();
            assertThat(pod.getMetadata().getOwnerReferences()).extracting(OwnerReference::getKind, OwnerReference::getName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ReplicaSet", "kubia-rs"));
            assertThat(source.state().list(ReplicaSet.class, Kinds.REPLICA_SET)).isEmpty();
        }
    }
}
