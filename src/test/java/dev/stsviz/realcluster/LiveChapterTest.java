package dev.stsviz.realcluster;

import dev.stsviz.app.Main;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.IncrementalDiagramModel;
import dev.stsviz.view.model.NodeView;
import dev.stsviz.view.model.PodView;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's flow through the app's own live code (source, actions, console, the window's model) on a real
 * control plane, in a namespace other than default: ordered scale-up, highest-first scale-down with the claims
 * kept, a deleted pod coming back with its name and claim.
 */
@RealCluster
class LiveChapterTest {
    private static final Duration SEEN = Duration.ofSeconds(30);
    private final ControlPlane cluster;
    private KubernetesClient admin;
    private String namespace;
    private LiveSession session;

    LiveChapterTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @BeforeEach
    void createTheChapterObjects() {
        admin = cluster.client("admin");
        namespace = cluster.createNamespace("chapter");
        ChapterObjects.create(admin, namespace, 2);
        ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1"));
        session = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "admin", namespace, false);
        session.source().start();
    }

    @AfterEach
    void cleanUp() {
        session.close();
        admin.close();
    }

    private ClusterState state() {
        return session.source().state();
    }

    private Optional<Pod> pod(String name) {
        return state().get(Pod.class, Kinds.POD, namespace, name);
    }

    private List<String> podNames(DiagramModel model) {
        List<String> names = new ArrayList<>();
        model.nodes().forEach(n -> n.pods().forEach(p -> names.add(p.name())));
        model.unscheduled().forEach(p -> names.add(p.name()));
        return names.stream().sorted().toList();
    }

    @Test
    void theWindowsModelDrawsThePodsAndClaimsOfTheChosenNamespace() {
        IncrementalDiagramModel model = new IncrementalDiagramModel(session.source().namespace());
        // each kind is listed by its own informer: wait until pods, claims and nodes have all arrived
        ControlPlane.waitUntil(SEEN, "both pods and claims drawn on listed nodes", () -> {
            DiagramModel m = model.update(state());
            return podNames(m).equals(List.of("kubia-0", "kubia-1")) && m.claims().size() == 2
                    && m.nodes().stream().allMatch(n -> n.status().equals("Ready"))
                    // the source's informers may still hold an older status than the admin's poll saw
                    && m.nodes().stream().flatMap(n -> n.pods().stream()).allMatch(p -> p.status().equals("Running"));
        });
        DiagramModel picture = model.update(state());
        assertThat(picture.claims()).extracting(c -> c.name() + " " + c.status() + " " + c.mountedBy())
                .containsExactly("data-kubia-0 Bound kubia-0", "data-kubia-1 Bound kubia-1");
        assertThat(picture.nodes()).extracting(NodeView::status).containsOnly("Ready");
        assertThat(picture.nodes().stream().flatMap(n -> n.pods().stream()).map(PodView::status)).containsOnly("Running");
        assertThat(session.source().namespace()).isEqualTo(namespace);
        assertThat(session.target()).isEqualTo("context admin, namespace " + namespace);
    }

    @Test
    void scalingUpCreatesOnePodAtATimeInOrdinalOrderAndScalingDownKeepsTheClaims() {
        List<String> created = new ArrayList<>();
        List<Integer> readyWhenCreated = new ArrayList<>();
        state().addListener(() -> {
            for (String name : List.of("kubia-2", "kubia-3")) {
                if (!created.contains(name) && pod(name).isPresent()) {
                    created.add(name);
                    readyWhenCreated.add((int) state().list(Pod.class, Kinds.POD).stream().filter(Pods::isReady).count());
                }
            }
        });
        session.source().actions().scale(namespace, "kubia", 4);
        ControlPlane.waitUntil(ChapterObjects.READY, "kubia-3 Ready", () -> pod("kubia-3").map(Pods::isReady).orElse(false));
        assertThat(created).containsExactly("kubia-2", "kubia-3");
        // kubia-3 was created only once the three before it were Ready (OrderedReady)
        assertThat(readyWhenCreated.get(1)).isEqualTo(3);

        session.source().actions().scale(namespace, "kubia", 1);
        ControlPlane.waitUntil(ChapterObjects.READY, "only kubia-0 left",
                () -> state().list(Pod.class, Kinds.POD).stream().map(p -> p.getMetadata().getName()).toList().equals(List.of("kubia-0")));
        assertThat(state().list(PersistentVolumeClaim.class, Kinds.PVC)).extracting(c -> c.getMetadata().getName())
                .containsExactly("data-kubia-0", "data-kubia-1", "data-kubia-2", "data-kubia-3");

        session.source().actions().scale(namespace, "kubia", 2);
        ControlPlane.waitUntil(ChapterObjects.READY, "kubia-1 back", () -> pod("kubia-1").map(Pods::isReady).orElse(false));
        assertThat(Pods.claimNames(pod("kubia-1").orElseThrow())).containsExactly("data-kubia-1");
    }

    @Test
    void aDeletedPodComesBackWithTheSameNameAndClaim() {
        ControlPlane.waitUntil(SEEN, "kubia-0 seen", () -> pod("kubia-0").isPresent());
        String uid = pod("kubia-0").orElseThrow().getMetadata().getUid();
        session.source().actions().deletePod(namespace, "kubia-0");
        ControlPlane.waitUntil(ChapterObjects.READY, "a new kubia-0 Ready", () -> pod("kubia-0")
                .filter(p -> !uid.equals(p.getMetadata().getUid()) && Pods.isReady(p)).isPresent());
        assertThat(Pods.claimNames(pod("kubia-0").orElseThrow())).containsExactly("data-kubia-0");
    }

    @Test
    void theConsoleAndRunWorkInTheChosenNamespace(@TempDir Path dir) throws Exception {
        String pods = session.console().apply("kubectl get pods").output();
        assertThat(pods).contains("kubia-0", "kubia-1").doesNotContain("No resources found");
        Path script = Files.writeString(dir.resolve("script.txt"), "kubectl get pods\nkubectl get pvc\nkubectl describe pod kubia-0\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("run", script.toString(), "--kubeconfig", cluster.kubeconfig().toString(), "--context", "admin", "-n", namespace);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("kubia-0   1/1     Running", "data-kubia-1   Bound", "Namespace:        " + namespace)
                .doesNotContain("No resources found");
    }

    @Test
    void switchingContextWhileConnectingLeavesOnlyTheNewSourceWorking() throws Exception {
        KubeContexts contexts = KubeContexts.load(cluster.kubeconfig().toString());
        LiveSession first = LiveSession.open(contexts, "admin", namespace, false);
        first.source().start();
        long before = System.nanoTime();
        first.close(); // while its lists are still on their way, as a user switching in the Source picker
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
        long closedAt = first.source().state().revision();
        try (LiveSession second = LiveSession.open(contexts, "admin-token", namespace, false)) {
            second.source().start();
            ControlPlane.waitUntil(SEEN, "the new context synced with both pods", () -> second.synced()
                    && second.source().state().list(Pod.class, Kinds.POD).size() == 2);
            session.source().actions().scale(namespace, "kubia", 3);
            ControlPlane.waitUntil(ChapterObjects.READY, "kubia-2 seen by the new source",
                    () -> second.source().state().get(Pod.class, Kinds.POD, namespace, "kubia-2").isPresent());
        }
        assertThat(first.source().state().revision()).as("the closed source heard nothing more").isEqualTo(closedAt);
    }
}
