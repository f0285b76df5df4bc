package dev.stsviz.live.faults;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NodeFaultPresetsTest {
    @Test
    void minikubeByContextClusterOrDockerDriverAddress() {
        assertThat(NodeFaultPresets.detect(ContextInfo.named("minikube"))).get()
                .satisfies(t -> {
                    assertThat(t.preset()).isEqualTo("minikube");
                    assertThat(t.vars()).containsEntry("network", "minikube");
                });
        // a second profile: context, cluster and docker network are all named after it
        ContextInfo byServer = new ContextInfo("demo", "demo", "https://192.168.49.2:8443", "demo", null, List.of());
        assertThat(NodeFaultPresets.detect(byServer)).get()
                .satisfies(t -> assertThat(t.vars()).containsEntry("network", "demo"));
        ContextInfo renamedContext = new ContextInfo("work", "minikube", "https://127.0.0.1:32771", "minikube", null, List.of());
        assertThat(NodeFaultPresets.detect(renamedContext)).get()
                .satisfies(t -> assertThat(t.vars()).containsEntry("network", "minikube"));
    }

    @Test
    void kindByContextPrefix() {
        assertThat(NodeFaultPresets.detect(ContextInfo.named("kind-demo"))).get()
                .satisfies(t -> {
                    assertThat(t.preset()).isEqualTo("kind");
                    assertThat(t.disconnect()).containsExactly("docker", "network", "disconnect", "kind", "{node}");
                    assertThat(t.reconnect()).containsExactly("docker", "network", "connect", "kind", "{node}");
                });
    }

    @Test
    void gkeByContextNameParsesProjectAndZone() {
        assertThat(NodeFaultPresets.detect(ContextInfo.named("gke_my-proj-123_europe-west1-b_kubia"))).get()
                .satisfies(t -> {
                    assertThat(t.preset()).isEqualTo("gke");
                    assertThat(t.vars()).containsEntry("project", "my-proj-123").containsEntry("zone", "europe-west1-b")
                            .containsEntry("cluster", "kubia");
                });
    }

    @Test
    void gkeRegionalClusterHasARegionButNoZone() {
        assertThat(NodeFaultPresets.gkeVars("gke_p1_us-central1_c1"))
                .containsEntry("region", "us-central1").doesNotContainKey("zone");
    }

    @Test
    void gkeByExecPluginEvenWithARenamedContext() {
        ContextInfo ctx = new ContextInfo("prod", "prod", "https://34.1.2.3", "prod",
                "/usr/lib/google-cloud-sdk/bin/gke-gcloud-auth-plugin", List.of());
        assertThat(NodeFaultPresets.detect(ctx)).get()
                .satisfies(t -> {
                    assertThat(t.preset()).isEqualTo("gke");
                    assertThat(t.vars()).doesNotContainKeys("zone", "project");
                });
    }

    @Test
    void otherClustersHaveNoPreset() {
        assertThat(NodeFaultPresets.detect(new ContextInfo("prod", "eks-prod", "https://ABC.gr7.eu-west-1.eks.amazonaws.com",
                "me", "aws", List.of("eks", "get-token")))).isEmpty();
        assertThat(NodeFaultPresets.detect(ContextInfo.named("docker-desktop"))).isEmpty();
        assertThat(NodeFaultPresets.byName("nope", ContextInfo.named("x"))).isEmpty();
    }
}
