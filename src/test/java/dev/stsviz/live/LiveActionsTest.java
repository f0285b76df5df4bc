package dev.stsviz.live;

import dev.stsviz.TalksToServer;
import dev.stsviz.cluster.ActionException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each action sends the request kubectl would, checked on the mock server's request log and store. */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
class LiveActionsTest {
    KubernetesClient client;
    KubernetesMockServer server;

    private final List<String> disconnected = new ArrayList<>();

    private LiveActions actions() {
        return new LiveActions(client, "default", new NodeFaultPort() {
            @Override
            public void disconnect(String node) {
                disconnected.add("-" + node);
            }

            @Override
            public void reconnect(String node) {
                disconnected.add("+" + node);
            }
        });
    }

    private static StatefulSet kubia(int replicas) {
        return new StatefulSetBuilder().withNewMetadata().withName("kubia").withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(replicas).withServiceName("kubia").endSpec().build();
    }

    private List<RecordedRequest> drain() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r = server.takeRequest(50, TimeUnit.MILLISECONDS); r != null; r = server.takeRequest(50, TimeUnit.MILLISECONDS)) {
            requests.add(r);
        }
        return requests;
    }

    @Test
    void scaleGoesThroughTheScaleSubresource() throws InterruptedException {
        client.apps().statefulSets().inNamespace("default").resource(kubia(2)).create();
        drain();
        actions().scale("default", "kubia", 3);
        assertThat(client.apps().statefulSets().inNamespace("default").withName("kubia").get().getSpec().getReplicas()).isEqualTo(3);
        assertThat(drain()).anySatisfy(r -> {
            assertThat(r.getMethod()).isIn("PUT", "PATCH");
            assertThat(r.getPath()).isEqualTo("/apis/apps/v1/namespaces/default/statefulsets/kubia/scale");
        });
    }

    @Test
    void scaleOfAMissingStatefulSetSaysNotFound() {
        assertThatThrownBy(() -> actions().scale("default", "nope", 1))
                .isInstanceOf(ActionException.class)
                .hasMessage("Error from server (NotFound): statefulsets.apps \"nope\" not found");
    }

    @Test
    void deleteIsGracefulAndForceDeleteHasGracePeriodZero() throws InterruptedException {
        client.pods().inNamespace("default").resource(LiveClusterSourceTest.pod("kubia-0")).create();
        client.pods().inNamespace("default").resource(LiveClusterSourceTest.pod("kubia-1")).create();
        drain();
        actions().deletePod("default", "kubia-0");
        RecordedRequest graceful = drain().stream().filter(r -> r.getMethod().equals("DELETE")).findFirst().orElseThrow();
        assertThat(graceful.getPath()).isEqualTo("/api/v1/namespaces/default/pods/kubia-0");
        assertThat(graceful.getUtf8Body()).doesNotContain("gracePeriodSeconds");

        actions().forceDeletePod("default", "kubia-1");
        RecordedRequest forced = drain().stream().filter(r -> r.getMethod().equals("DELETE")).findFirst().orElseThrow();
        assertThat(forced.getPath()).isEqualTo("/api/v1/namespaces/default/pods/kubia-1");
        assertThat(forced.getUtf8Body()).contains("\"gracePeriodSeconds\":0");
        assertThat(client.pods().inNamespace("default").list().getItems()).isEmpty();
    }

    @Test
    void deletingAMissingPodSaysNotFound() {
        assertThatThrownBy(() -> actions().deletePod("default", "x"))
                .hasMessage("Error from server (NotFound): pods \"x\" not found");
    }

    @Test
    void forbiddenDeleteNamesVerbAndKind() {
        server.expect().delete().withPath("/api/v1/namespaces/default/pods/kubia-0")
                .andReturn(403, new StatusBuilder().withCode(403).withReason("Forbidden")
                        .withMessage("pods \"kubia-0\" is forbidden: User \"dev\" cannot delete resource \"pods\" in API group \"\" in the namespace \"default\"").build())
                .always();
        assertThatThrownBy(() -> actions().deletePod("default", "kubia-0"))
                .hasMessage("Error from server (Forbidden): pods \"kubia-0\" is forbidden: User \"dev\" cannot delete resource \"pods\" in API group \"\" in the namespace \"default\"");
    }

    @Test
    void cordonAndUncordonAreJsonMergePatches() throws InterruptedException {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-a").endMetadata().build()).create();
        drain();
        actions().cordon("node-a");
        assertThat(client.nodes().withName("node-a").get().getSpec().getUnschedulable()).isTrue();
        RecordedRequest patch = drain().stream().filter(r -> r.getMethod().equals("PATCH")).findFirst().orElseThrow();
        assertThat(patch.getPath()).isEqualTo("/api/v1/nodes/node-a");
        assertThat(patch.getHeader("Content-Type")).startsWith("application/merge-patch+json");
        // the CRUD dispatcher consumes PUT/PATCH bodies: ActionRequestBodiesTest checks them in expectation mode

        actions().uncordon("node-a");
        assertThat(client.nodes().withName("node-a").get().getSpec().getUnschedulable()).isNotEqualTo(Boolean.TRUE);
        assertThatThrownBy(() -> actions().cordon("ghost")).hasMessage("Error from server (NotFound): nodes \"ghost\" not found");
    }

    @Test
    void applyCreatesThenConfigures() {
        List<HasMetadata> manifests = List.of(kubia(2),
                new ServiceBuilder().withNewMetadata().withName("kubia").endMetadata().withNewSpec().withClusterIP("None").endSpec().build());
        assertThat(actions().apply(manifests)).containsExactly("statefulset.apps/kubia created", "service/kubia created");
        assertThat(client.services().inNamespace("default").withName("kubia").get()).as("no namespace: the default one").isNotNull();

        assertThat(actions().apply(List.of(kubia(3)))).containsExactly("statefulset.apps/kubia configured");
        assertThat(client.apps().statefulSets().inNamespace("default").withName("kubia").get().getSpec().getReplicas()).isEqualTo(3);
    }

    @Test
    void nodeFaultsGoToThePort() {
        actions().disconnectNode("node-a");
        actions().reconnectNode("node-a");
        assertThat(disconnected).containsExactly("-node-a", "+node-a");
        assertThatThrownBy(() -> new LiveActions(client, "default", NodeFaultPort.UNSUPPORTED).disconnectNode("n"))
                .isInstanceOf(ActionException.class).hasMessageContaining("node-fault");
    }

    @Test
    void readOnlySendsNothing() {
        client.pods().inNamespace("default").resource(LiveClusterSourceTest.pod("kubia-0")).create();
        int before = server.getRequestCount();
        ReadOnlyActions readOnly = new ReadOnlyActions(actions());
        assertThatThrownBy(() -> readOnly.scale("default", "kubia", 3)).hasMessage("read-only mode (--read-only): scale refused");
        assertThatThrownBy(() -> readOnly.deletePod("default", "kubia-0")).hasMessage("read-only mode (--read-only): delete refused");
        assertThatThrownBy(() -> readOnly.forceDeletePod("default", "kubia-0")).hasMessage("read-only mode (--read-only): delete --force refused");
        assertThatThrownBy(() -> readOnly.cordon("n")).hasMessage("read-only mode (--read-only): cordon refused");
        assertThatThrownBy(() -> readOnly.uncordon("n")).hasMessage("read-only mode (--read-only): uncordon refused");
        assertThatThrownBy(() -> readOnly.disconnectNode("n")).hasMessage("read-only mode (--read-only): disconnect refused");
        assertThatThrownBy(() -> readOnly.reconnectNode("n")).hasMessage("read-only mode (--read-only): reconnect refused");
        assertThatThrownBy(() -> readOnly.apply(List.of(kubia(1)))).hasMessage("read-only mode (--read-only): apply refused");
        assertThat(server.getRequestCount()).isEqualTo(before);
        assertThat(disconnected).isEmpty();
    }
}
