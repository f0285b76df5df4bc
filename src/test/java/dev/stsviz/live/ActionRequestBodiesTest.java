package dev.stsviz.live;

import dev.stsviz.TalksToServer;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v1.ScaleBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies, in expectation mode (the CRUD dispatcher consumes PUT/PATCH bodies before they are recorded). */
@TalksToServer
@EnableKubernetesMockClient
class ActionRequestBodiesTest {
    private static final String SCALE = "/apis/apps/v1/namespaces/default/statefulsets/kubia/scale";
    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void scalePutsReplicasOnTheScaleSubresource() throws InterruptedException {
        server.expect().get().withPath(SCALE).andReturn(200, new ScaleBuilder().withNewMetadata().withName("kubia").withNamespace("default")
                .withResourceVersion("4").endMetadata().withNewSpec().withReplicas(2).endSpec().build()).always();
        server.expect().put().withPath(SCALE).andReturn(200, new ScaleBuilder().withNewMetadata().withName("kubia").withNamespace("default")
                .endMetadata().withNewSpec().withReplicas(3).endSpec().build()).always();
        new LiveActions(client, "default", NodeFaultPort.UNSUPPORTED).scale("default", "kubia", 3);
        RecordedRequest get = server.takeRequest();
        RecordedRequest put = server.takeRequest();
        assertThat(get.getMethod() + " " + get.getPath()).isEqualTo("GET " + SCALE);
        assertThat(put.getMethod() + " " + put.getPath()).isEqualTo("PUT " + SCALE);
        assertThat(put.getUtf8Body()).contains("\"replicas\":3");
    }

    private RecordedRequest nextPatch() throws InterruptedException {
        RecordedRequest r = server.takeRequest();
        while (!r.getMethod().equals("PATCH")) {
            r = server.takeRequest();
        }
        return r;
    }

    @Test
    void cordonPatchBody() throws InterruptedException {
        server.expect().get().withPath("/api/v1/nodes/node-a").andReturn(200, new NodeBuilder().withNewMetadata().withName("node-a").endMetadata().build()).always();
        server.expect().patch().withPath("/api/v1/nodes/node-a").andReturn(200, new NodeBuilder().withNewMetadata().withName("node-a").endMetadata().build()).always();
        LiveActions actions = new LiveActions(client, "default", NodeFaultPort.UNSUPPORTED);
        actions.cordon("node-a");
        RecordedRequest cordon = nextPatch();
        assertThat(cordon.getHeader("Content-Type")).startsWith("application/merge-patch+json");
        assertThat(cordon.getUtf8Body()).isEqualTo("{\"spec\":{\"unschedulable\":true}}");
        actions.uncordon("node-a");
        assertThat(nextPatch().getUtf8Body()).isEqualTo("{\"spec\":{\"unschedulable\":null}}");
    }
}
