package dev.stsviz.realcluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.console.CommandResult;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ControllerRevisions on Kubernetes 1.24 and in the simulator, and {@code kubectl rollout history|undo} in stsviz's
 * console on the live cluster against the machine's kubectl. The chapter's StatefulSet is created, then its image
 * set to luksa/kubia-pet-peers: two templates, two revisions. The simulator must name (hash) both revisions as the
 * controller manager did and hold the same data; the console's history and undo must print what kubectl prints,
 * byte for byte, and undo must do what kubectl's undo does to the revisions.
 */
@RealCluster
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RolloutMatchesKubectlTest {
    private static final String NEW_IMAGE = "luksa/kubia-pet-peers";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ControlPlane cluster;
    private static String namespace;
    private static LiveSession session;
    private static Function<String, CommandResult> console;

    @BeforeAll
    static void twoTemplates(ControlPlane controlPlane) {
        cluster = controlPlane;
        namespace = cluster.createNamespace("rollout");
        try (KubernetesClient admin = cluster.client("admin")) {
            ChapterObjects.create(admin, namespace, 2);
            ChapterObjects.awaitTwoPodsUp(admin, namespace, TIMEOUT);
        }
        cluster.kubectl("--context", "admin", "-n", namespace, "set", "image", "sts/kubia", "kubia=" + NEW_IMAGE);
        awaitRevisions(2);
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

    @Test
    @Order(1)
    void theSimulatorNamesAndFillsBothRevisionsAsTheControllerManagerDid() {
        Map<Long, ControllerRevision> real = realRevisions();
        Simulation sim = Simulation.chapterCluster(1, Profile.MODERN);
        sim.runFor(Duration.ofSeconds(5));
        StatefulSet set = sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
        sim.api().update(new StatefulSetBuilder(set).editSpec().editTemplate().editSpec().editFirstContainer()
                .withImage(NEW_IMAGE).endContainer().endSpec().endTemplate().endSpec().build());
        sim.runFor(Duration.ofSeconds(1));
        Map<Long, ControllerRevision> simulated = new TreeMap<>();
        for (ControllerRevision r : sim.api().list(ControllerRevision.class, Kinds.CONTROLLER_REVISION, "default")) {
            simulated.put(r.getRevision(), r);
        }
        assertThat(simulated.keySet()).containsExactly(1L, 2L).isEqualTo(real.keySet());
        for (long n : List.of(1L, 2L)) {
            assertThat(simulated.get(n).getMetadata().getName()).as("revision %d's name", n).isEqualTo(real.get(n).getMetadata().getName());
            JsonNode simulatedData = JSON.valueToTree(simulated.get(n).getData());
            JsonNode realData = JSON.valueToTree(real.get(n).getData());
            assertThat(simulatedData).as("revision %d's data", n).isEqualTo(realData);
            assertThat(simulated.get(n).getMetadata().getLabels()).isEqualTo(real.get(n).getMetadata().getLabels());
        }
    }

    @ParameterizedTest(name = "kubectl {0}")
    @Order(2)
    @ValueSource(strings = {
            "rollout history sts kubia", "rollout history statefulset/kubia", "rollout history sts",
            "rollout history sts kubia --revision=1", "rollout history sts kubia --revision 2",
            "rollout history sts kubia --revision=7", "rollout history sts nope", "rollout history pod kubia-0",
            "rollout undo sts kubia --to-revision=2", "rollout undo sts kubia --to-revision=9",
            "rollout undo sts kubia --to-revision=-1", "rollout undo sts nope",
    })
    void printsWhatKubectlPrints(String command) {
        assertThat(stsviz(command)).isEqualTo(kubectl(command));
    }

    @ParameterizedTest(name = "kubectl {0}")
    @Order(2)
    @ValueSource(strings = {"get controllerrevisions", "get controllerrevision kubia-c94bcb69b", "get controllerrevisions -o name"})
    void listsRevisionsAsKubectlDoes(String command) {
        assertThat(KubectlNormaliser.normalise(stsviz(command))).isEqualTo(KubectlNormaliser.normalise(kubectl(command)));
    }

    @Test
    @Order(3)
    void undoRollsBackAsKubectlDoes() {
        // stsviz goes back to revision 1's template; the controller renumbers that revision 3
        assertThat(stsviz("rollout undo sts kubia")).isEqualTo("statefulset.apps/kubia rolled back\n");
        awaitRevisions(3);
        assertThat(image()).isEqualTo("luksa/kubia-pet");
        assertThat(realRevisions().keySet()).containsExactly(2L, 3L);
        assertThat(stsviz("rollout history sts kubia")).isEqualTo(kubectl("rollout history sts kubia"));
        // kubectl goes back again, to revision 2's template, which becomes 4
        assertThat(kubectl("rollout undo sts kubia")).isEqualTo("statefulset.apps/kubia rolled back\n");
        awaitRevisions(4);
        assertThat(image()).isEqualTo(NEW_IMAGE);
        assertThat(stsviz("rollout undo sts kubia --to-revision=4")).isEqualTo(kubectl("rollout undo sts kubia --to-revision=4"))
                .isEqualTo("statefulset.apps/kubia skipped rollback (current template already matches revision 4)\n");
        assertThat(stsviz("rollout history sts kubia --revision=3")).isEqualTo(kubectl("rollout history sts kubia --revision=3"));
    }

    private static String stsviz(String command) {
        CommandResult result = console.apply("kubectl " + command);
        return result.ok() ? result.output() : result.output() + "\n"; // kubectl ends its error line with a newline
    }

    private static String kubectl(String command) {
        List<String> args = new ArrayList<>(List.of("--context", "admin", "-n", namespace));
        args.addAll(List.of(command.split(" ")));
        ControlPlane.CommandResult result = cluster.kubectlResult(args.toArray(String[]::new));
        return result.stdout() + result.stderr();
    }

    private static String image() {
        try (KubernetesClient admin = cluster.client("admin")) {
            return admin.apps().statefulSets().inNamespace(namespace).withName("kubia").get()
                    .getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
        }
    }

    private static Map<Long, ControllerRevision> realRevisions() {
        try (KubernetesClient admin = cluster.client("admin")) {
            Map<Long, ControllerRevision> byNumber = new TreeMap<>();
            for (ControllerRevision r : admin.apps().controllerRevisions().inNamespace(namespace).list().getItems()) {
                byNumber.put(r.getRevision(), r);
            }
            return byNumber;
        }
    }

    /** Waits until revision {@code n} exists and the set's update revision is it. */
    private static void awaitRevisions(long n) {
        ControlPlane.waitUntil(TIMEOUT, "revision " + n + " of sts kubia in " + namespace, () -> {
            ControllerRevision latest = realRevisions().get(n);
            try (KubernetesClient admin = cluster.client("admin")) {
                StatefulSet set = admin.apps().statefulSets().inNamespace(namespace).withName("kubia").get();
                return latest != null && set.getStatus() != null && latest.getMetadata().getName().equals(set.getStatus().getUpdateRevision());
            }
        });
    }
}
