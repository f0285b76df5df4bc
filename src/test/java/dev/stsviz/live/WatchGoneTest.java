package dev.stsviz.live;

import dev.stsviz.TalksToServer;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A watch answered with 410 Gone (the resource version fell out of etcd's window): the informer relists, and an
 * object deleted meanwhile must leave the state (fabric8 emits a delete for it).
 */
@TalksToServer
@EnableKubernetesMockClient
class WatchGoneTest {
    private static final String PODS = "/api/v1/namespaces/default/pods";
    KubernetesClient client;
    KubernetesMockServer server;

    private String requests() {
        StringBuilder seen = new StringBuilder();
        try {
            for (var r = server.takeRequest(10, java.util.concurrent.TimeUnit.MILLISECONDS); r != null; r = server.takeRequest(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (r.getPath().contains("/pods")) {
                    seen.append("\n").append(r.getMethod()).append(' ').append(r.getPath());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return seen.toString();
    }

    @Test
    void relistAfterGoneDropsVanishedPods() {
        server.expect().get().withPath(PODS + "?resourceVersion=0")
                .andReturn(200, new PodListBuilder().withNewMetadata().withResourceVersion("5").endMetadata()
                        .addToItems(LiveClusterSourceTest.pod("kubia-0"), LiveClusterSourceTest.pod("kubia-1")).build()).once();
        server.expect().get().withPath(PODS + "?allowWatchBookmarks=true&resourceVersion=5&timeoutSeconds=600&watch=true")
                .andReturn(410, new StatusBuilder().withCode(410).withReason("Expired").withMessage("too old resource version: 5 (7)").build()).once();
        // after 410 the informer relists from etcd itself (no resourceVersion=0: the watch cache was too old)
        server.expect().get().withPath(PODS)
                .andReturn(200, new PodListBuilder().withNewMetadata().withResourceVersion("7").endMetadata()
                        .addToItems(LiveClusterSourceTest.pod("kubia-0")).build()).always();
        server.expect().get().withPath(PODS + "?allowWatchBookmarks=true&resourceVersion=7&timeoutSeconds=600&watch=true")
                .andUpgradeToWebSocket().open().waitFor(12_000)
                .andEmit(new io.fabric8.kubernetes.api.model.WatchEvent(LiveClusterSourceTest.pod("kubia-0"), "MODIFIED")).done().always();

        try (LiveClusterSource source = new LiveClusterSource(client, "default", "mock")) {
            source.start();
            Poll.until(() -> source.state().get(Pod.class, Kinds.POD, "default", "kubia-1").isPresent(), source::describeStatus);
            Poll.until(() -> source.state().get(Pod.class, Kinds.POD, "default", "kubia-1").isEmpty(), () -> source.describeStatus() + requests());
            assertThat(source.state().list(Pod.class, Kinds.POD)).extracting(p -> p.getMetadata().getName()).containsExactly("kubia-0");
            // the other kinds are not served by this expectation-mode server: reported, not retried forever
            Poll.until(() -> source.status().phase() == LiveStatus.Phase.WATCHING, source::describeStatus);
            assertThat(source.describeStatus()).contains("not served: ").contains("nodes");
        }
    }
}
