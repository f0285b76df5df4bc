package dev.stsviz.app;

import dev.stsviz.TalksToServer;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code run SCRIPT --context C --kubeconfig F [--read-only]} end to end, against fabric8's mock API server. */
@TalksToServer
@EnableKubernetesMockClient(crud = true)
class RunLiveTest {
    KubernetesMockServer server;
    KubernetesClient client;
    private final CommandLineRun cli = new CommandLineRun();

    private Path kubeconfig(Path dir) throws Exception {
        String url = client.getMasterUrl().toString();
        Path file = dir.resolve("config");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: mock
                  cluster:
                    server: %s
                    insecure-skip-tls-verify: true
                contexts:
                - name: mock
                  context: {cluster: mock, user: tester, namespace: default}
                current-context: mock
                users:
                - name: tester
                  user: {token: secret-token-never-shown}
                """.formatted(url));
        return file;
    }

    @Test
    void theChaptersCommandsRunAgainstTheLiveCluster(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.txt");
        Files.writeString(script, """
                kubectl apply -f manifests/kubia-statefulset.yaml
                kubectl get sts
                kubectl scale sts kubia --replicas=3
                sim add-node
                """);
        int exit = cli.execute("run", script.toString(), "--context", "mock", "--kubeconfig", kubeconfig(dir).toString());
        assertThat(cli.out()).contains("$ kubectl apply -f manifests/kubia-statefulset.yaml\nstatefulset.apps/kubia created\n",
                "$ kubectl get sts\nNAME    READY   AGE\nkubia   0/2 ", "statefulset.apps/kubia scaled\n",
                "\"sim add-node\" works only on the simulator");
        assertThat(exit).isEqualTo(1);
        assertThat(client.apps().statefulSets().inNamespace("default").withName("kubia").get().getSpec().getReplicas()).isEqualTo(3);
        assertThat(cli.out() + cli.err()).doesNotContain("secret-token-never-shown");
    }

    @Test
    void readOnlySendsNoWrite(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.txt");
        Files.writeString(script, "kubectl apply -f manifests/kubia-statefulset.yaml\nkubectl get pods\n");
        int exit = cli.execute("run", script.toString(), "--context", "mock", "--kubeconfig", kubeconfig(dir).toString(), "--read-only");
        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).contains("error: read-only mode (--read-only): apply refused", "No resources found in default namespace.");
        assertThat(client.apps().statefulSets().inNamespace("default").list().getItems()).isEmpty();
    }

    @Test
    void anUnknownContextIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.txt");
        Files.writeString(script, "kubectl get pods\n");
        assertThat(cli.execute("run", script.toString(), "--context", "nope", "--kubeconfig", kubeconfig(dir).toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("stsviz run: ").contains("context \"nope\" does not exist");
    }
}
