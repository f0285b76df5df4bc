package dev.stsviz.live;

import dev.stsviz.TalksToServer;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Informers against fabric8's CRUD mock server: every add/update/delete reaches the ClusterState. */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
class LiveClusterSourceTest {
    KubernetesClient client;

    static Pod pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("luksa/kubia-pet").endContainer().endSpec().build();
    }

    private static Optional<Pod> podIn(LiveClusterSource source, String name) {
        return source.state().get(Pod.class, Kinds.POD, "default", name);
    }

    @Test
    void addUpdateDeleteReachTheState() {
        client.pods().inNamespace("default").resource(pod("kubia-0")).create();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-a").endMetadata().build()).create();
        client.pods().inNamespace("other").resource(new PodBuilder(pod("elsewhere")).editMetadata().withNamespace("other").endMetadata().build()).create();
        try (LiveClusterSource source = new LiveClusterSource(client, "default", "mock")) {
            assertThat(source.status().phase()).isEqualTo(LiveStatus.Phase.CONNECTING);
            source.start();
            Poll.until(() -> podIn(source, "kubia-0").isPresent(), source::describeStatus);
            Poll.until(() -> source.status().phase() == LiveStatus.Phase.WATCHING, source::describeStatus);
            assertThat(source.describeStatus()).isEqualTo("mock/default: watching");
            assertThat(source.state().get(Node.class, Kinds.NODE, "", "node-a")).as("nodes are cluster-wide").isPresent();
            assertThat(source.state().list(Pod.class, Kinds.POD)).as("only the chosen namespace")
                    .extracting(p -> p.getMetadata().getName()).containsExactly("kubia-0");

            client.pods().inNamespace("default").withName("kubia-0").editStatus(p -> new PodBuilder(p).withNewStatus().withPhase("Running").endStatus().build());
            Poll.until(() -> podIn(source, "kubia-0").map(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase())).orElse(false),
                    () -> String.valueOf(podIn(source, "kubia-0")));

            client.apps().statefulSets().inNamespace("default").resource(new StatefulSetBuilder().withNewMetadata().withName("kubia").endMetadata()
                    .withNewSpec().withReplicas(2).endSpec().build()).create();
            Poll.until(() -> source.state().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia").isPresent(), () -> "no statefulset");

            client.pods().inNamespace("default").withName("kubia-0").delete();
            Poll.until(() -> podIn(source, "kubia-0").isEmpty(), () -> "kubia-0 still there");
        }
    }

    @Test
    void aBurstIsAppliedInFewRevisions() {
        for (int i = 0; i < 40; i++) {
            client.pods().inNamespace("default").resource(pod("p-" + i)).create();
        }
        try (LiveClusterSource source = new LiveClusterSource(client, "default", "mock")) {
            source.start();
            Poll.until(() -> source.state().list(Pod.class, Kinds.POD).size() == 40, () -> "pods: " + source.state().list(Pod.class, Kinds.POD).size());
            // one clear() at start, then batches every 50 ms: far fewer revisions than objects
            assertThat(source.state().revision()).isLessThan(20);
            // every watch up before closing, as in the other tests: a close while lists are still being sent left the
            // mock server waiting on an open connection at teardown (seen once in CI)
            Poll.until(() -> source.status().phase() == LiveStatus.Phase.WATCHING, source::describeStatus);
        }
    }

    @Test
    void aNewConnectionKeepsNoObjectDeletedWhileAway() {
        client.pods().inNamespace("default").resource(pod("stays")).create();
        client.pods().inNamespace("default").resource(pod("goes")).create();
        KubernetesClient second = new KubernetesClientBuilder().withConfig(client.getConfiguration()).build();
        LiveClusterSource first = new LiveClusterSource(second, "default", "mock");
        first.start();
        Poll.until(() -> podIn(first, "goes").isPresent(), first::describeStatus);
        // every watch up before closing: a close while lists were still being sent left the mock server unanswering
        // the next client for 30 s (seen once in CI)
        Poll.until(() -> first.status().phase() == LiveStatus.Phase.WATCHING, first::describeStatus);
        first.close();

        client.pods().inNamespace("default").withName("goes").delete();
        assertThat(podIn(first, "goes")).as("closed: the state keeps what it had").isPresent();

        KubernetesClient third = new KubernetesClientBuilder().withConfig(client.getConfiguration()).build();
        try (LiveClusterSource again = new LiveClusterSource(third, "default", "mock")) {
            again.start();
            Poll.until(() -> again.status().phase() == LiveStatus.Phase.WATCHING, again::describeStatus);
            Poll.until(() -> podIn(again, "stays").isPresent(), again::describeStatus);
            assertThat(podIn(again, "goes")).isEmpty();
        }
    }
}
