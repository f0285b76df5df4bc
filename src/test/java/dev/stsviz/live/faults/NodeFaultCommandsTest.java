package dev.stsviz.live.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeFaultCommandsTest {
    private static final Path CONFIG = Path.of("/home/u/.config/stsviz/node-faults.yaml");

    private static NodeFaultCommands detected(ContextInfo ctx) {
        return NodeFaultCommands.resolve(ctx, Optional.empty(), CONFIG);
    }

    private static NodeFaultCommands configured(ContextInfo ctx, NodeFaultConfig.Entry entry) {
        return NodeFaultCommands.resolve(ctx, Optional.of(entry), CONFIG);
    }

    @Test
    void minikube() {
        NodeFaultCommands c = detected(ContextInfo.named("minikube"));
        Set<String> nodes = Set.of("minikube", "minikube-m02");
        assertThat(c.argv("disconnect", "minikube-m02", nodes))
                .containsExactly("docker", "network", "disconnect", "minikube", "minikube-m02");
        assertThat(c.argv("reconnect", "minikube-m02", nodes))
                .containsExactly("docker", "network", "connect", "minikube", "minikube-m02");
    }

    @Test
    void minikubePauseChosenInTheConfig() {
        NodeFaultCommands c = configured(ContextInfo.named("minikube"),
                new NodeFaultConfig.Entry("minikube-pause", null, null, null));
        assertThat(c.template()).get().extracting(NodeFaultTemplate::preset).isEqualTo("minikube-pause");
        assertThat(c.argv("disconnect", "minikube-m02", Set.of("minikube-m02")))
                .containsExactly("docker", "pause", "minikube-m02");
        assertThat(c.argv("reconnect", "minikube-m02", Set.of("minikube-m02")))
                .containsExactly("docker", "unpause", "minikube-m02");
    }

    @Test
    void kind() {
        NodeFaultCommands c = detected(ContextInfo.named("kind-kind"));
        Set<String> nodes = Set.of("kind-control-plane", "kind-worker", "kind-worker2");
        assertThat(c.argv("disconnect", "kind-worker2", nodes))
                .containsExactly("docker", "network", "disconnect", "kind", "kind-worker2");
        assertThat(c.argv("reconnect", "kind-worker2", nodes))
                .containsExactly("docker", "network", "connect", "kind", "kind-worker2");
    }

    @Test
    void gkeTheChaptersCommandsWithTheRemoteCommandAsOneArgument() {
        NodeFaultCommands c = detected(ContextInfo.named("gke_kubia-1234_europe-west1-b_kubia"));
        String node = "gke-kubia-default-pool-32a2cac8-m0g1";
        assertThat(c.argv("disconnect", node, Set.of(node))).containsExactly(
                "gcloud", "compute", "ssh", node, "--zone", "europe-west1-b", "--project", "kubia-1234",
                "--command", "sudo ifconfig eth0 down");
        assertThat(c.argv("reconnect", node, Set.of(node))).containsExactly(
                "gcloud", "compute", "instances", "reset", node, "--zone", "europe-west1-b", "--project", "kubia-1234");
    }

    @Test
    void gkeRegionalClusterTakesTheZoneFromTheNode() {
        NodeFaultCommands c = detected(ContextInfo.named("gke_p-1_us-central1_c1"));
        assertThatThrownBy(() -> c.argv("reconnect", "n1", Set.of("n1")))
                .isInstanceOf(NodeFaultException.class)
                .hasMessageContaining("needs {zone}").hasMessageContaining("regional")
                .hasMessageContaining(CONFIG.toString());
        assertThat(c.argv("reconnect", "n1", Set.of("n1"), Map.of("zone", "us-central1-f")))
                .containsSubsequence("--zone", "us-central1-f");
    }

    @Test
    void missingVariableIsAClearError() {
        ContextInfo ctx = new ContextInfo("prod", "prod", "https://34.1.2.3", "prod", "gke-gcloud-auth-plugin", List.of());
        assertThatThrownBy(() -> detected(ctx).argv("disconnect", "n1", Set.of("n1")))
                .isInstanceOf(NodeFaultException.class)
                .hasMessage("the disconnect command for context \"prod\" (gke) needs {zone}, which is not known"
                        + " (it is read from GKE context names gke_PROJECT_ZONE_CLUSTER; this one is not): set it in "
                        + CONFIG + " under contexts.prod.vars.zone");
        // vars only: the detected preset stays, the user fills the gaps
        NodeFaultCommands fixed = configured(ctx, new NodeFaultConfig.Entry(null, null, null,
                Map.of("zone", "europe-west1-b", "project", "p")));
        assertThat(fixed.template()).get().extracting(NodeFaultTemplate::preset).isEqualTo("gke");
        assertThat(fixed.argv("disconnect", "n1", Set.of("n1"))).containsSubsequence("--zone", "europe-west1-b",
                "--project", "p");
    }

    @Test
    void customTemplateFromTheConfigWithVars() {
        NodeFaultCommands c = configured(ContextInfo.named("my-cluster"), new NodeFaultConfig.Entry(null,
                List.of("ssh", "{node}", "sudo", "ip", "link", "set", "eth0", "down"),
                List.of("ssh", "-J", "bastion.{zone}.example", "{node}", "sudo", "ip", "link", "set", "eth0", "up"),
                Map.of("zone", "europe-west1-b")));
        assertThat(c.template()).get().extracting(NodeFaultTemplate::preset).isEqualTo("custom");
        assertThat(c.argv("disconnect", "worker-1", Set.of("worker-1")))
                .containsExactly("ssh", "worker-1", "sudo", "ip", "link", "set", "eth0", "down");
        // placeholders are replaced inside an element, which stays one element
        assertThat(c.argv("reconnect", "worker-1", Set.of("worker-1")))
                .containsExactly("ssh", "-J", "bastion.europe-west1-b.example", "worker-1", "sudo", "ip", "link",
                        "set", "eth0", "up");
    }

    @Test
    void configVarsWinOverDetectedAndNodeValues() {
        NodeFaultCommands c = configured(ContextInfo.named("gke_p_europe-west1-b_c"),
                new NodeFaultConfig.Entry(null, null, null, Map.of("zone", "europe-west1-c")));
        assertThat(c.argv("reconnect", "n1", Set.of("n1"), Map.of("zone", "europe-west1-d")))
                .containsSubsequence("--zone", "europe-west1-c");
    }

    @Test
    void valuesAreInsertedLiterallyNeverExpandedTwice() {
        NodeFaultCommands c = configured(ContextInfo.named("x"), new NodeFaultConfig.Entry(null,
                List.of("tool", "{a}", "{context}"), List.of("tool", "up"), Map.of("a", "{node} $(id) ; '\"")));
        assertThat(c.argv("disconnect", "n1", Set.of("n1"))).containsExactly("tool", "{node} $(id) ; '\"", "x");
    }

    @Test
    void presetWithOneCommandReplaced() {
        NodeFaultCommands c = configured(ContextInfo.named("kind-a"), new NodeFaultConfig.Entry("kind", null,
                List.of("docker", "restart", "{node}"), null));
        assertThat(c.argv("disconnect", "a-worker", Set.of("a-worker"))).startsWith("docker", "network", "disconnect");
        assertThat(c.argv("reconnect", "a-worker", Set.of("a-worker"))).containsExactly("docker", "restart", "a-worker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n1; rm -rf /", "$(x)", "`id`", "-oProxyCommand=touch /tmp/pwned", "../x", "a/b",
            "node 1", " n1", "n1 ", "-n1", "n1-", "N1", "n1\nn2", "n1\u0000", "a..b", ".n1", "n1.", "n_1", "n1*",
            "n1|x", "n1&", "n1>x", "'n1'", "\"n1\"", "ñ1"})
    void hostileNodeNamesAreRejectedEvenIfTheClusterListsThem(String node) {
        NodeFaultCommands c = detected(ContextInfo.named("kind-kind"));
        assertThatThrownBy(() -> c.argv("disconnect", node, Set.of(node, "kind-worker")))
                .isInstanceOf(NodeFaultException.class)
                .hasMessageStartingWith("refusing node name")
                .hasMessageContaining("DNS-1123");
    }

    @Test
    void overlongNodeNameIsRejected() {
        String node = "a".repeat(254);
        assertThatThrownBy(() -> NodeFaultCommands.checkNodeName(node, Set.of(node)))
                .hasMessageStartingWith("refusing node name");
        String ok = "a".repeat(63) + "." + "b".repeat(63);
        NodeFaultCommands.checkNodeName(ok, Set.of(ok));
    }

    @Test
    void unknownNodeIsRejected() {
        NodeFaultCommands c = detected(ContextInfo.named("kind-kind"));
        assertThatThrownBy(() -> c.argv("disconnect", "kind-worker3", Set.of("kind-worker", "kind-control-plane")))
                .isInstanceOf(NodeFaultException.class)
                .hasMessage("\"kind-worker3\" is not a node of this cluster (nodes: kind-control-plane, kind-worker)");
    }

    @Test
    void unknownVerbAndUnknownClusterAreClearErrors() {
        assertThatThrownBy(() -> detected(ContextInfo.named("kind-kind")).argv("reboot", "n1", Set.of("n1")))
                .hasMessage("unknown node fault \"reboot\": use disconnect or reconnect");
        NodeFaultCommands none = detected(ContextInfo.named("docker-desktop"));
        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.argv("disconnect", "n1", Set.of("n1")))
                .isInstanceOf(NodeFaultException.class)
                .hasMessageContaining("no node-fault commands for context \"docker-desktop\"")
                .hasMessageContaining(CONFIG.toString());
    }

    @Test
    void configEntryWithoutCommandsForAnUndetectedContextIsAnError() {
        assertThatThrownBy(() -> configured(ContextInfo.named("eks"), new NodeFaultConfig.Entry(null,
                List.of("ssh", "{node}", "x"), null, null)))
                .isInstanceOf(NodeFaultException.class)
                .hasMessageContaining("contexts.eks: no reconnect command");
    }

    @Test
    void displayQuotesForTheDialogOnly() {
        assertThat(NodeFaultCommands.display(List.of("gcloud", "compute", "ssh", "n1", "--zone", "europe-west1-b",
                "--command", "sudo ifconfig eth0 down")))
                .isEqualTo("gcloud compute ssh n1 --zone europe-west1-b --command 'sudo ifconfig eth0 down'");
        assertThat(NodeFaultCommands.display(List.of("echo", "it's", "$(x)", "")))
                .isEqualTo("echo 'it'\\''s' '$(x)' ''");
    }
}
