package dev.stsviz.realcluster;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Marker;
import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingFile;
import dev.stsviz.cluster.history.RecordingHeader;
import dev.stsviz.cluster.history.RecordingSource;
import dev.stsviz.cluster.history.TimeShiftedSource;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A live cluster's history on a real control plane: the window's source records what the informers received, marks
 * a pod's deletion and recreation, shows the moment before it exactly as it was (the old pod, its uid) and refuses
 * changes while the past is shown; saved as a recording and opened again, it shows the same.
 */
@RealCluster
class LiveHistoryTest {
    private static final Duration SEEN = Duration.ofSeconds(30);
    private final ControlPlane cluster;
    private KubernetesClient admin;
    private String namespace;
    private LiveSession session;
    private TimeShiftedSource shown;

    LiveHistoryTest(ControlPlane cluster) {
        this.cluster = cluster;
    }

    @BeforeEach
    void connect() {
        admin = cluster.client("admin");
        namespace = cluster.createNamespace("history");
        ChapterObjects.create(admin, namespace, 2);
        ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1"));
        session = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "admin", namespace, false);
        shown = new TimeShiftedSource(session.source()); // before start: the history begins with the informers' lists
        shown.start();
    }

    @AfterEach
    void cleanUp() {
        session.close();
        admin.close();
    }

    private static Optional<Pod> pod(ClusterState state, String namespace, String name) {
        return state.get(Pod.class, Kinds.POD, namespace, name);
    }

    @Test
    void theMomentBeforeAPodWasDeletedShowsItAsItWas(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ControlPlane.waitUntil(SEEN, "kubia-1 Ready in the window", () -> pod(shown.state(), namespace, "kubia-1").map(Pods::isReady).orElse(false));
        History history = shown.history();
        int before = history.end();
        Instant beforeTime = history.timeOf(before);
        String uid = pod(shown.state(), namespace, "kubia-1").orElseThrow().getMetadata().getUid();

        shown.actions().deletePod(namespace, "kubia-1");
        ControlPlane.waitUntil(ChapterObjects.READY, "a new kubia-1 Ready", () -> pod(shown.state(), namespace, "kubia-1")
                .filter(p -> !uid.equals(p.getMetadata().getUid()) && Pods.isReady(p)).isPresent());

        List<String> labels = history.markers().stream().filter(m -> m.index() >= before).map(Marker::label).toList();
        assertThat(labels).containsSubsequence("pod kubia-1 Terminating", "pod kubia-1 deleted", "pod kubia-1 created");
        Marker terminating = history.markers().stream().filter(m -> m.label().equals("pod kubia-1 Terminating")).findFirst().orElseThrow();
        assertThat(terminating.time()).isAfterOrEqualTo(beforeTime); // received after the moment before the delete

        shown.show(before);
        assertThat(shown.showingPast()).isTrue();
        assertThat(shown.now()).isEqualTo(beforeTime);
        Pod then = pod(shown.state(), namespace, "kubia-1").orElseThrow();
        assertThat(then.getMetadata().getUid()).isEqualTo(uid);
        assertThat(then.getMetadata().getDeletionTimestamp()).isNull();
        assertThatThrownBy(() -> shown.actions().scale(namespace, "kubia", 3)).isInstanceOf(ActionException.class)
                .hasMessageContaining("Back to now");

        shown.show((int) terminating.index() + 1);
        assertThat(pod(shown.state(), namespace, "kubia-1").orElseThrow().getMetadata().getDeletionTimestamp()).isNotNull();

        // saved and opened again, without the cluster: the same moment shows the same pod
        java.nio.file.Path file = dir.resolve("live.stsrec");
        RecordingFile.write(file, new RecordingHeader(RecordingHeader.CURRENT_VERSION, "live", "admin", session.serverVersion(), "",
                history.startTime()), history);
        Recording reopened = RecordingFile.read(file);
        assertThat(reopened.warning()).isNull();
        assertThat(reopened.header().serverVersion()).startsWith("v1.24");
        RecordingSource replay = new RecordingSource(reopened, "live.stsrec", () -> 0L);
        replay.show(replay.history().momentAt(beforeTime));
        assertThat(pod(replay.state(), namespace, "kubia-1").orElseThrow().getMetadata().getUid()).isEqualTo(uid);
        assertThat(replay.history().markers()).extracting(Marker::label).contains("pod kubia-1 Terminating", "pod kubia-1 deleted");

        shown.backToNow();
        assertThat(shown.showingPast()).isFalse();
        assertThat(pod(shown.state(), namespace, "kubia-1").orElseThrow().getMetadata().getUid()).isNotEqualTo(uid);
        assertThat(shown.state().all()).hasSameSizeAs(session.source().state().all());
    }
}
