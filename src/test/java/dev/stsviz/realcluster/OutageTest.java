package dev.stsviz.realcluster;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An API server that goes away, and a connection that silently stops answering: within 10 s the source says the
 * connection is lost (and since when), marks its picture stale and refuses writes; once the server answers again
 * it relists, so what it holds equals what the server lists, changes made during the outage included.
 */
@RealCluster
class OutageTest {
    /** The bound: the window must say so within 10 s of losing the server. */
    private static final Duration NOTICED = Duration.ofSeconds(10);
    private static final Duration RESYNCED = Duration.ofSeconds(60);
    private final ControlPlane cluster;
    private KubernetesClient admin;
    private String namespace;
    private LiveSession session;

    OutageTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @BeforeEach
    void twoPods() {
        admin = cluster.client("admin");
        namespace = cluster.createNamespace("outage");
        ChapterObjects.create(admin, namespace, 2);
        ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1"));
    }

    @AfterEach
    void cleanUp() {
        if (session != null) {
            session.close();
        }
        if (!cluster.apiserverRunning()) {
            cluster.apiserverStart();
        }
        admin.close();
    }

    private void connect(Path kubeconfig) {
        session = LiveSession.open(KubeContexts.load(kubeconfig.toString()), "admin", namespace, false);
        session.source().start();
        ControlPlane.waitUntil(Duration.ofSeconds(30), "synced", session::synced);
        ControlPlane.waitUntil(Duration.ofSeconds(30), "pods seen",
                () -> session.source().state().list(Pod.class, Kinds.POD).size() == 2);
    }

    /** Pods and claims of the namespace, as the server lists them and as the source holds them: names and uids. */
    private boolean sourceEqualsServer() {
        ClusterState state = session.source().state();
        return identities(admin.pods().inNamespace(namespace).list().getItems())
                .equals(identities(state.list(Pod.class, Kinds.POD)))
                && identities(admin.persistentVolumeClaims().inNamespace(namespace).list().getItems())
                .equals(identities(state.list(PersistentVolumeClaim.class, Kinds.PVC)));
    }

    private static List<String> identities(List<? extends HasMetadata> objects) {
        return objects.stream().map(o -> o.getMetadata().getName() + "/" + o.getMetadata().getUid()
                + (o.getMetadata().getDeletionTimestamp() == null ? "" : "/deleting")).sorted().toList();
    }

    private void assertLostWithin10s() {
        long start = System.nanoTime();
        ControlPlane.waitUntil(NOTICED, "connection lost reported", () -> session.source().staleSince() != null);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThanOrEqualTo(NOTICED);
        assertThat(session.source().describeStatus()).startsWith("admin/" + namespace + ": connection lost at ")
                .contains(", retrying: ");
        assertThatThrownBy(() -> session.source().actions().scale(namespace, "kubia", 5))
                .isInstanceOf(ActionException.class).hasMessageContaining("connection lost at")
                .hasMessageContaining("scale not sent");
    }

    private void assertResynced() {
        ControlPlane.waitUntil(RESYNCED, "the source holds what the server lists",
                () -> session.source().staleSince() == null && sourceEqualsServer());
        assertThat(session.source().describeStatus()).doesNotContain("connection lost");
    }

    @Test
    void aStoppedApiServerIsReportedAndChangesAroundItShowOnceItIsBack() {
        connect(cluster.kubeconfig());
        admin.apps().statefulSets().inNamespace(namespace).withName("kubia").scale(3); // just before the outage
        cluster.apiserverStop();
        try {
            assertLostWithin10s();
        } finally {
            cluster.apiserverStart();
        }
        // right after it is back, before the source has noticed
        String uid = admin.pods().inNamespace(namespace).withName("kubia-1").get().getMetadata().getUid();
        admin.pods().inNamespace(namespace).withName("kubia-1").delete();
        assertResynced();
        ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1", "kubia-2"));
        ControlPlane.waitUntil(RESYNCED, "the new kubia-1 and kubia-2 held", () -> sourceEqualsServer()
                && !session.source().state().get(Pod.class, Kinds.POD, namespace, "kubia-1").orElseThrow().getMetadata().getUid().equals(uid));
    }

    @Test
    void aConnectionThatSilentlyStopsAnsweringIsReportedAndResynced(@TempDir Path dir) throws Exception {
        try (PausableTcpProxy proxy = new PausableTcpProxy(cluster.port())) {
            String viaProxy = Files.readString(cluster.kubeconfig()).replace("https://127.0.0.1:" + cluster.port(),
                    "https://127.0.0.1:" + proxy.port());
            Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), viaProxy);
            connect(kubeconfig);
            proxy.pause();
            // changes go in through the real port while the app's connection hangs
            admin.apps().statefulSets().inNamespace(namespace).withName("kubia").scale(3);
            admin.pods().inNamespace(namespace).withName("kubia-0").delete();
            assertLostWithin10s();
            ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1", "kubia-2"));
            assertThat(sourceEqualsServer()).as("the stale picture does not know yet").isFalse();
            proxy.resume();
            assertResynced();
        }
    }
}
