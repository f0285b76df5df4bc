package dev.stsviz.live;

import io.fabric8.kubernetes.client.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KubeContextsTest {
    @TempDir
    Path home;

    private static String kubeconfig(String current, String context, String server, String namespace, String userBody) {
        return "apiVersion: v1\nkind: Config\n"
                + (current == null ? "" : "current-context: " + current + "\n")
                + "clusters:\n- name: " + context + "-cluster\n  cluster:\n    server: " + server + "\n"
                + "contexts:\n- name: " + context + "\n  context:\n    cluster: " + context + "-cluster\n    user: " + context + "-user\n"
                + (namespace == null ? "" : "    namespace: " + namespace + "\n")
                + "users:\n- name: " + context + "-user\n  user:\n" + userBody;
    }

    private Path write(String name, String content) throws IOException {
        Path file = home.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void defaultFileIsTheHomeKubeConfig() throws IOException {
        write(".kube/config", kubeconfig("minikube", "minikube", "https://127.0.0.1:8443", null, "    token: secret-token\n"));
        KubeContexts contexts = KubeContexts.load(null, Map.of(), home);
        assertThat(contexts.contextNames()).containsExactly("minikube");
        assertThat(contexts.currentContext()).contains("minikube");
        assertThat(contexts.namespace("minikube")).isEqualTo("default");
        assertThat(contexts.describeFiles()).isEqualTo("~" + File.separator + ".kube" + File.separator + "config");
    }

    @Test
    void kubeconfigVariableMergesFilesFirstWins() throws IOException {
        Path a = write("a.yaml", kubeconfig("one", "one", "https://a.example:6443", "kubia", "    token: a\n"));
        Path b = write("b.yaml", kubeconfig("two", "two", "https://b.example:6443", null, "    token: b\n"));
        Path c = write("c.yaml", kubeconfig(null, "one", "https://c.example:6443", "other", "    token: c\n"));
        String variable = a + File.pathSeparator + home.resolve("missing.yaml") + File.pathSeparator + b + File.pathSeparator + c;
        KubeContexts contexts = KubeContexts.load(null, Map.of("KUBECONFIG", variable), home);
        assertThat(contexts.files()).containsExactly(a, b, c);
        assertThat(contexts.contextNames()).containsExactly("one", "two");
        assertThat(contexts.currentContext()).as("the first file's current-context wins").contains("one");
        assertThat(contexts.namespace("one")).as("the first file's context wins").isEqualTo("kubia");

        Config two = contexts.forContext("two");
        assertThat(two.getMasterUrl()).startsWith("https://b.example:6443");
        assertThat(two.getConnectionTimeout()).isEqualTo(10_000);
        assertThat(two.getRequestTimeout()).isEqualTo(10_000);
        assertThat(two.getRequestRetryBackoffLimit()).isEqualTo(1);
        assertThat(contexts.forContext("one").getMasterUrl()).startsWith("https://a.example:6443");
    }

    @Test
    void explicitPathWins() throws IOException {
        write(".kube/config", kubeconfig("home", "home", "https://home:6443", null, "    token: h\n"));
        Path explicit = write("elsewhere/kc", kubeconfig("x", "x", "https://x.example:6443", "ns1", "    token: x\n"));
        KubeContexts contexts = KubeContexts.load(explicit.toString(), Map.of("KUBECONFIG", home.resolve(".kube/config").toString()), home);
        assertThat(contexts.contextNames()).containsExactly("x");
        assertThat(contexts.forContext("x").getMasterUrl()).startsWith("https://x.example:6443");
        assertThat(contexts.forContext("x").getNamespace()).isEqualTo("ns1");
    }

    @Test
    void missingContextNamesTheFiles() throws IOException {
        write(".kube/config", kubeconfig("minikube", "minikube", "https://127.0.0.1:8443", null, "    token: t\n"));
        KubeContexts contexts = KubeContexts.load(null, Map.of(), home);
        assertThatThrownBy(() -> contexts.forContext("x"))
                .isInstanceOf(KubeconfigException.class)
                .hasMessage("error: context \"x\" does not exist in ~" + File.separator + ".kube" + File.separator + "config");
    }

    @Test
    void malformedYamlGivesFileLineAndColumn() throws IOException {
        write(".kube/config", "apiVersion: v1\nclusters:\n- name: a\n  cluster: [unclosed\ncontexts: {}\n");
        assertThatThrownBy(() -> KubeContexts.load(null, Map.of(), home))
                .isInstanceOf(KubeconfigException.class)
                .hasMessageMatching("kubeconfig ~/\\.kube/config is not valid YAML \\(line \\d+, column \\d+\\): .+")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception"));
    }

    @Test
    void missingExecPluginIsNamedWithItsInstallHint() throws IOException {
        String exec = "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: gke-gcloud-auth-plugin\n";
        write(".kube/config", kubeconfig("gke", "gke", "https://34.1.2.3", null, exec));
        KubeContexts contexts = KubeContexts.load(null, Map.of("PATH", home.resolve("bin").toString()), home);
        assertThatThrownBy(() -> contexts.forContext("gke"))
                .hasMessage("the context's credential plugin \"gke-gcloud-auth-plugin\" was not found on PATH; install it "
                        + "(gcloud components install gke-gcloud-auth-plugin)");
    }

    @Test
    void unknownMissingExecPlugin() throws IOException {
        String exec = "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: no-such-plugin-xyz\n";
        write(".kube/config", kubeconfig("c", "c", "https://127.0.0.1:1", null, exec));
        KubeContexts contexts = KubeContexts.load(null, Map.of("PATH", "/usr/bin" + File.pathSeparator + "/bin"), home);
        assertThatThrownBy(() -> contexts.forContext("c"))
                .isInstanceOf(KubeconfigException.class)
                .hasMessage("the context's credential plugin \"no-such-plugin-xyz\" was not found on PATH; install it");
    }

    @Test
    void execPluginOnPathPasses() throws IOException {
        Path plugin = write("bin/my-plugin", "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\"}}'\n");
        assertThat(plugin.toFile().setExecutable(true)).isTrue();
        String exec = "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: my-plugin\n";
        write(".kube/config", kubeconfig("c", "c", "https://127.0.0.1:1", null, exec));
        KubeContexts contexts = KubeContexts.load(null, Map.of("PATH", home.resolve("bin").toString()), home);
        assertThat(contexts.forContext("c").getMasterUrl()).startsWith("https://127.0.0.1:1");
    }
}
