package dev.stsviz.realcluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.console.CommandResult;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kubectl describe} in stsviz's console on a live cluster prints what the machine's kubectl prints for the same
 * objects: the chapter's StatefulSet (two pods, their claims), its ReplicaSet and headless service in a namespace of their
 * own, then pod, StatefulSet, ReplicaSet, node and claim compared after {@link KubectlNormaliser} (ages, heartbeat and lease renew times,
 * column padding). kubectl runs with {@code TZ=UTC}, the zone stsviz prints times in.
 * <p>
 * The two outputs are taken a moment apart, and the cluster may change in between (an event arriving, another test's
 * pod landing on the node, which the node's "Non-terminated Pods" table lists across all namespaces): a comparison
 * that differs is taken again, a few times, before it fails. The whole node is compared, Lease and Events included:
 * surefire runs the test classes one after another, so nothing else moves the node for long while this class runs.
 * <p>
 * Skipped, with one line, without a kubectl 1.29 or later on the PATH: older ones print some sections differently
 * (stsviz follows kubectl 1.32).
 */
@RealCluster
@ExtendWith(DescribeMatchesKubectlTest.NeedsCurrentKubectl.class)
class DescribeMatchesKubectlTest {
    static final int MIN_KUBECTL_MINOR = 29;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final int APPLY_ATTEMPTS = 3;
    private static final Duration KUBECTL_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS = 5;
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofSeconds(1);

    private static ControlPlane cluster;
    private static String namespace;
    private static LiveSession session;
    private static Function<String, CommandResult> console;
    private static String nodeOfKubia0;

    @BeforeAll
    static void chaptersStatefulSetIsUp(ControlPlane controlPlane) {
        cluster = controlPlane;
        namespace = cluster.createNamespace("describe");
        applyChapterManifests();
        try (KubernetesClient admin = cluster.client("admin")) {
            ChapterObjects.awaitTwoPodsUp(admin, namespace, READY_TIMEOUT);
            ChapterObjects.awaitReplicaSetUp(admin, namespace, READY_TIMEOUT);
            nodeOfKubia0 = admin.pods().inNamespace(namespace).withName("kubia-0").get().getSpec().getNodeName();
        }
        session = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "admin", namespace, false);
        console = session.console();
    }

    /**
     * {@code kubectl apply} of the chapter's manifests, without client-side validation (it downloads the OpenAPI
     * schema, which timed out on a loaded machine; the objects stored are the same), and again if it still fails:
     * apply is idempotent.
     */
    private static void applyChapterManifests() {
        List<String> args = List.of("--context", "admin", "-n", namespace, "apply", "--validate=false",
                "-f", "manifests/kubia-statefulset.yaml", "-f", "manifests/kubia-service-headless.yaml",
                "-f", "manifests/kubia-replicaset.yaml");
        for (int attempt = 1; ; attempt++) {
            try {
                kubectl(args.toArray(String[]::new));
                return;
            } catch (AssertionError e) {
                if (attempt == APPLY_ATTEMPTS) {
                    throw e;
                }
                sleep(BETWEEN_ATTEMPTS);
            }
        }
    }

    @AfterAll
    static void cleanUp() {
        if (session != null) {
            session.close();
        }
        if (namespace != null) {
            // best effort: the extension stops the whole control plane at the end of the run anyway
            run(List.of("kubectl", "--kubeconfig", cluster.kubeconfig().toString(), "--context", "admin",
                    "delete", "namespace", namespace, "--wait=false"));
        }
    }

    @Test
    void describePod() {
        assertSameAsKubectl("pod", "kubia-0");
    }

    @Test
    void describeStatefulSet() {
        assertSameAsKubectl("sts", "kubia");
    }

    @Test
    void describeReplicaSet() {
        assertSameAsKubectl("rs", "kubia-rs");
    }

    @Test
    void describeNodeOfKubia0() {
        assertSameAsKubectl("node", nodeOfKubia0);
    }

    @Test
    void describeClaim() {
        assertSameAsKubectl("pvc", "data-kubia-0");
    }

    /**
     * stsviz's {@code kubectl describe TYPE NAME} in the session's namespace against kubectl's, normalised. A failed
     * call on either side (a timeout on a loaded machine) is retried like a difference.
     */
    private static void assertSameAsKubectl(String type, String name) {
        String ours = "";
        String theirs = "";
        String failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CommandResult result = console.apply("kubectl describe " + type + " " + name);
            ControlPlane.CommandResult reference = run(List.of("kubectl", "--kubeconfig", cluster.kubeconfig().toString(), "--context", "admin",
                    "-n", namespace, "describe", type, name));
            if (!result.ok()) {
                failure = "stsviz: kubectl describe " + type + " " + name + " failed: " + result.output();
            } else if (reference.exitCode() != 0) {
                failure = "kubectl describe " + type + " " + name + " exited with " + reference.exitCode() + ": "
                        + reference.stderr();
            } else {
                failure = null;
                ours = KubectlNormaliser.normalise(result.output());
                theirs = KubectlNormaliser.normalise(reference.stdout());
                if (ours.equals(theirs)) {
                    break;
                }
            }
            sleep(BETWEEN_ATTEMPTS);
        }
        if (failure != null) {
            throw new AssertionError(failure);
        }
        assertThat(ours).as("kubectl describe %s %s: stsviz (actual) vs kubectl (expected), normalised", type, name)
                .isEqualTo(theirs);
        assertThat(ours).startsWith("Name:");
    }

    /** The machine's kubectl on this cluster's kubeconfig, in UTC, without proxies; stdout, or a failure with stderr. */
    static String kubectl(String... args) {
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", cluster.kubeconfig().toString()));
        command.addAll(List.of(args));
        ControlPlane.CommandResult result = run(command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + result.exitCode() + ":\n" + result.stderr());
        }
        return result.stdout();
    }

    /** TZ=UTC: kubectl prints describe's times in the machine's zone, the app in UTC. */
    static ControlPlane.CommandResult run(List<String> command) {
        return ControlPlane.run(command, null, KUBECTL_TIMEOUT, Map.of("TZ", "UTC"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Disables the class, before any control plane is started for it, unless {@code kubectl version --client -o json}
     * reports 1.29 or later. The reason is printed once to stderr as well.
     */
    static final class NeedsCurrentKubectl implements ExecutionCondition {
        private static final AtomicBoolean PRINTED = new AtomicBoolean();
        private static volatile String reason;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String why = reason;
            if (why == null) {
                why = check();
                reason = why;
            }
            if (why.isEmpty()) {
                return ConditionEvaluationResult.enabled("kubectl >= 1." + MIN_KUBECTL_MINOR + " on the PATH");
            }
            String line = "DescribeMatchesKubectlTest skipped: needs kubectl >= 1." + MIN_KUBECTL_MINOR + " on the PATH, " + why;
            if (PRINTED.compareAndSet(false, true)) {
                System.err.println(line);
            }
            return ConditionEvaluationResult.disabled(line);
        }

        /** "" when a current kubectl is there, else what was found instead. */
        static String check() {
            ControlPlane.CommandResult result;
            try {
                result = run(List.of("kubectl", "version", "--client", "-o", "json"));
            } catch (RuntimeException e) {
                return "found none (" + e.getMessage() + ")";
            }
            if (result.exitCode() != 0) {
                return "`kubectl version --client -o json` exited with " + result.exitCode();
            }
            return tooOld(result.stdout());
        }

        /** "" when the JSON's clientVersion is 1.29 or later, else what it says. */
        static String tooOld(String versionJson) {
            try {
                JsonNode client = new ObjectMapper().readTree(versionJson).path("clientVersion");
                int major = Integer.parseInt(client.path("major").asText().replaceAll("\\D", ""));
                int minor = Integer.parseInt(client.path("minor").asText().replaceAll("\\D", ""));
                boolean current = major > 1 || (major == 1 && minor >= MIN_KUBECTL_MINOR);
                return current ? "" : "found " + client.path("gitVersion").asText(major + "." + minor);
            } catch (IOException | NumberFormatException e) {
                return "cannot read its version (" + e.getMessage() + ")";
            }
        }
    }
}
