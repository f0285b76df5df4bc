package dev.stsviz.realcluster;

import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.live.console.LiveConsoleBackend;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kubectl get} in stsviz's console on a live Kubernetes 1.24 cluster prints what the machine's kubectl prints:
 * both ask the API server for its table (server-side printing), so the columns are the server's (a 1.24 server has no
 * VOLUMEATTRIBUTESCLASS column, which stsviz's built-in printers have). The chapter's StatefulSet (two pods, their
 * claims), the chapter's ReplicaSet beside it and the services live in a namespace of their own; each output is compared with kubectl's after
 * {@link KubectlNormaliser} (ages, column padding). The two are taken a moment apart and the cluster may move in
 * between (another test freezing a node), so a comparison that differs is taken again a few times before it fails.
 */
@RealCluster
class GetMatchesKubectlTest {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final int ATTEMPTS = 5;
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofSeconds(1);

    private static ControlPlane cluster;
    private static String namespace;
    private static LiveSession session;
    private static Function<String, CommandResult> console;

    @BeforeAll
    static void chaptersStatefulSetIsUp(ControlPlane controlPlane) {
        cluster = controlPlane;
        namespace = cluster.createNamespace("get");
        cluster.kubectl("--context", "admin", "-n", namespace, "apply", "-f", "manifests/kubia-statefulset.yaml",
                "-f", "manifests/kubia-service-headless.yaml", "-f", "manifests/kubia-service-public.yaml",
                "-f", "manifests/kubia-replicaset.yaml");
        try (KubernetesClient admin = cluster.client("admin")) {
            ChapterObjects.awaitTwoPodsUp(admin, namespace, READY_TIMEOUT);
            ChapterObjects.awaitReplicaSetUp(admin, namespace, READY_TIMEOUT);
        }
        session = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "admin", namespace, false);
        console = session.console();
    }

    @AfterAll
    static void cleanUp() {
        if (session != null) {
            session.close();
        }
        if (namespace != null) {
            cluster.kubectlResult("--context", "admin", "delete", "namespace", namespace, "--wait=false");
        }
    }

    @ParameterizedTest(name = "kubectl {0}")
    @ValueSource(strings = {
            "get pods", "get pods -o wide",
            "get pvc", "get pvc -o wide",
            "get nodes", "get nodes -o wide",
            "get sts", "get sts -o wide",
            "get svc", "get svc -o wide",
            "get endpoints",
            "get pod kubia-0", "get pods kubia-1 kubia-0 -o wide", "get sts/kubia",
            "get rs", "get rs -o wide", "get replicasets kubia-rs", "get rs/kubia-rs -o wide",
            "get pods -l app=kubia-rs", "get pods -l app!=kubia-rs -o wide", "get rs -l app=kubia",
    })
    void printsWhatKubectlPrints(String command) {
        assertSameAsKubectl(console, "admin", namespace, command, UnaryOperator.identity());
    }

    @Test
    void theServersColumnsNotTheBuiltInOnes() {
        CommandResult pvc = console.apply("kubectl get pvc");
        assertThat(pvc.ok()).as(pvc.output()).isTrue();
        // the 1.24 API server prints no VOLUMEATTRIBUTESCLASS column (kubectl 1.29+'s built-in printer would)
        assertThat(pvc.output().lines().findFirst().orElseThrow()).doesNotContain("VOLUMEATTRIBUTESCLASS")
                .startsWith("NAME           STATUS   VOLUME");
    }

    /** PersistentVolumes are cluster-wide (other tests' claims come and go): only the rows of this namespace's claims. */
    @ParameterizedTest(name = "kubectl {0}")
    @ValueSource(strings = {"get pv", "get pv -o wide"})
    void persistentVolumesOfThisNamespace(String command) {
        String claimOfThisNamespace = " " + namespace + "/data-kubia-";
        UnaryOperator<String> ours = text -> text.lines()
                .filter(line -> line.startsWith("NAME ") || line.contains(claimOfThisNamespace))
                .collect(Collectors.joining("\n"));
        String printed = assertSameAsKubectl(console, "admin", namespace, command, ours);
        assertThat(printed.lines().filter(l -> l.contains(claimOfThisNamespace))).hasSize(2);
    }

    @ParameterizedTest(name = "kubectl {0}")
    @ValueSource(strings = {
            "get pod nope",
            "get pods kubia-0 nope kubia-1",
            "get pod nope -n get-test-namespace-that-does-not-exist",
            "get pods -n get-test-namespace-that-does-not-exist",
            "get pv nope",
    })
    void notFoundAsKubectlSaysIt(String command) {
        assertSameAsKubectl(console, "admin", namespace, command, UnaryOperator.identity());
    }

    /** The student may only use a few kinds in namespace default: the server's Forbidden message, as kubectl prints it. */
    @ParameterizedTest(name = "student: kubectl {0}")
    @ValueSource(strings = {"get pods -n kube-system", "get pod kubia-0", "get pv", "get nodes nope", "get pods", "get rs"})
    void forbiddenAsKubectlSaysIt(String command) {
        try (KubernetesClient student = cluster.client("student")) {
            Console studentConsole = new Console(new LiveConsoleBackend(student, "default"), Path.of("").toAbsolutePath());
            // "get pod kubia-0" in this test's namespace: forbidden for the student
            String line = command.equals("get pod kubia-0") ? command + " -n " + namespace : command;
            assertSameAsKubectl(studentConsole::execute, "student", "default", line, UnaryOperator.identity());
        }
    }

    /**
     * stsviz's {@code kubectl COMMAND} against the machine's {@code kubectl --context CONTEXT -n NAMESPACE COMMAND}
     * (stdout then stderr, as a terminal shows them), both filtered and normalised; returns stsviz's output.
     */
    private static String assertSameAsKubectl(Function<String, CommandResult> console, String context, String namespace,
                                              String command, UnaryOperator<String> filter) {
        String ours = "";
        String theirs = "";
        String printed = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CommandResult result = console.apply("kubectl " + command);
            printed = result.output();
            ControlPlane.CommandResult kubectl = cluster.kubectlResult(kubectlArgs(context, namespace, command));
            assertThat(result.ok()).as("stsviz's exit status for %s: %s", command, printed).isEqualTo(kubectl.ok());
            ours = KubectlNormaliser.normalise(filter.apply(printed));
            theirs = KubectlNormaliser.normalise(filter.apply(kubectl.stdout() + kubectl.stderr()));
            if (ours.equals(theirs)) {
                break;
            }
            sleep(BETWEEN_ATTEMPTS);
        }
        assertThat(ours).as("kubectl %s: stsviz (actual) vs kubectl (expected), normalised", command).isEqualTo(theirs);
        assertThat(ours).isNotBlank();
        return printed;
    }

    private static String[] kubectlArgs(String context, String namespace, String command) {
        List<String> args = new java.util.ArrayList<>(List.of("--context", context, "-n", namespace));
        args.addAll(List.of(command.split(" ")));
        return args.toArray(String[]::new);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
