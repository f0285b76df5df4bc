package dev.stsviz.realcluster;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions.Verb;
import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.WhyWaiting;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.IncrementalDiagramModel;
import dev.stsviz.view.model.NodeView;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A student on a shared class cluster: a Role in namespace default only (the control plane's {@code student}
 * context may not read nodes, PVs or storage classes). Pods are still grouped by node, neutrally; the status says
 * exactly what is forbidden; scale and delete, which are allowed, work; cordon, which is not, is refused in
 * kubectl's words and its button is disabled.
 */
@RealCluster
class StudentPermissionsTest {
    private static final Duration SEEN = Duration.ofSeconds(30);
    private final ControlPlane cluster;
    private KubernetesClient admin;
    private LiveSession student;

    StudentPermissionsTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @BeforeEach
    void theChapterInDefault() {
        admin = cluster.client("admin");
        ChapterObjects.create(admin, "default", 2);
        ChapterObjects.awaitReady(admin, "default", List.of("kubia-0", "kubia-1"));
        student = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "student", null, false);
        student.source().start();
    }

    @AfterEach
    void cleanUp() {
        student.close();
        ChapterObjects.delete(admin, "default");
        ControlPlane.waitUntil(ChapterObjects.READY, "default emptied", () -> admin.pods().inNamespace("default").list().getItems().isEmpty());
        admin.close();
    }

    @Test
    void podsAreGroupedByNodeAndNoNodeIsCalledGoneOrNotReady() {
        IncrementalDiagramModel model = new IncrementalDiagramModel(student.source().namespace());
        // each kind is listed by its own informer: wait for the set and both claims too
        ControlPlane.waitUntil(SEEN, "both pods drawn, the set and its claims listed", () -> model.update(student.source().state())
                .nodes().stream().mapToLong(n -> n.pods().size()).sum() == 2
                && student.source().state().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia").isPresent()
                && student.source().state().list(PersistentVolumeClaim.class, Kinds.PVC).size() == 2);
        DiagramModel picture = model.update(student.source().state());
        for (NodeView column : picture.nodes()) {
            Pod pod = admin.pods().inNamespace("default").withName(column.pods().get(0).name()).get();
            assertThat(column.name()).isEqualTo(pod.getSpec().getNodeName());
            assertThat(column.status()).isEqualTo(NodeView.HIDDEN).isNotEqualTo("Gone").doesNotContain("NotReady");
            assertThat(column.glyph()).isEqualTo("?");
        }
        assertThat(picture.claims()).extracting(c -> c.name() + " " + c.status()).containsExactly("data-kubia-0 Bound", "data-kubia-1 Bound");
        // without nodes the why-line still follows the pods, and never blames a node
        var state = student.source().state();
        java.util.function.Supplier<String> why = () -> WhyWaiting.explain(
                state.get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia").orElseThrow(),
                state.list(Pod.class, Kinds.POD), List.of(), state.list(PersistentVolumeClaim.class, Kinds.PVC), Instant.now());
        ControlPlane.waitUntil(SEEN, "the why-line says the set is up to date", () -> why.get().equals("up to date: 2/2 ready"));
    }

    @Test
    void theStatusSaysExactlyWhatIsForbiddenAndAllowedButtonsStayEnabled() {
        ControlPlane.waitUntil(SEEN, "watching with the access review done",
                () -> student.source().describeStatus().startsWith("student/default: watching")
                        && student.source().describeStatus().contains("patch nodes"));
        String status = student.source().describeStatus();
        // the informers report their 403s as they arrive, in no fixed order; the access review's refusals follow
        assertThat(status).startsWith("student/default: watching (forbidden for this user: ").endsWith(", patch nodes)");
        String listed = status.substring(status.indexOf(": list") + 2, status.indexOf(", patch nodes)"));
        assertThat(listed.split(", ")).containsExactlyInAnyOrder("list persistentvolumes", "list nodes",
                "list storageclasses.storage.k8s.io", "list volumeattachments.storage.k8s.io");
        assertThat(student.source().describeStatus()).doesNotContain("read-only");
        ClusterActions actions = student.source().actions();
        assertThat(actions.allowed(Verb.SCALE)).isTrue();
        assertThat(actions.allowed(Verb.DELETE_POD)).isTrue();
        assertThat(actions.allowed(Verb.CORDON_NODE)).isFalse();
    }

    /**
     * The student's Role leaves ReplicaSets out: the source still syncs and watches, says nothing about them (the
     * picture lacks nothing it needs), and the ReplicaSet's pods arrive with the owner reference that names it.
     */
    @Test
    void replicaSetsForbiddenStillSyncsAndPodsNameTheirOwner() {
        cluster.kubectl("--context", "admin", "-n", "default", "apply", "-f", "src/test/resources/differential/kubia-rs-anywhere.yaml");
        try {
            var state = student.source().state();
            java.util.function.Supplier<List<Pod>> rsPods = () -> state.list(Pod.class, Kinds.POD).stream()
                    .filter(p -> p.getMetadata().getName().startsWith("kubia-rs-")).toList();
            ControlPlane.waitUntil(SEEN, "the ReplicaSet's three pods seen by the student, watching",
                    () -> rsPods.get().size() == 3 && student.source().describeStatus().startsWith("student/default: watching"));
            for (Pod pod : rsPods.get()) {
                assertThat(pod.getMetadata().getOwnerReferences()).singleElement()
                        .satisfies(ref -> assertThat(ref.getKind() + "/" + ref.getName()).isEqualTo("ReplicaSet/kubia-rs"));
            }
            assertThat(state.readable(Kinds.REPLICA_SET)).as("unknown, not absent").isFalse();
            assertThat(student.source().describeStatus()).doesNotContain("replicasets");
        } finally {
            admin.apps().replicaSets().inNamespace("default").withName("kubia-rs").delete();
        }
    }

    @Test
    void allowedWritesWorkAndARefusedOneShowsKubectlsForbiddenLine() {
        ClusterActions actions = student.source().actions();
        actions.scale("default", "kubia", 3);
        ChapterObjects.awaitReady(admin, "default", List.of("kubia-0", "kubia-1", "kubia-2"));
        String uid = admin.pods().inNamespace("default").withName("kubia-2").get().getMetadata().getUid();
        actions.deletePod("default", "kubia-2");
        ControlPlane.waitUntil(ChapterObjects.READY, "kubia-2 replaced", () -> {
            Pod p = admin.pods().inNamespace("default").withName("kubia-2").get();
            return p != null && !uid.equals(p.getMetadata().getUid());
        });
        // kubectl cordon reads the node first, so its refusal names "get": the same line as kubectl's
        String kubectlSays = cluster.kubectlResult("--context", "student", "cordon", "hollow-node-0").stderr().strip();
        assertThat(kubectlSays).startsWith("Error from server (Forbidden): nodes \"hollow-node-0\" is forbidden: User \"student\"");
        assertThatThrownBy(() -> actions.cordon("hollow-node-0")).isInstanceOf(ActionException.class).hasMessage(kubectlSays);
    }
}
