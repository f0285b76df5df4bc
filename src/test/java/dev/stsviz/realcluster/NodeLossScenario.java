package dev.stsviz.realcluster;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.WhyWaiting;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's node failure (10.5) seen through the app's live source on a real control plane: the node of
 * kubia-0 loses its kubelet, goes NotReady, kubia-0 is evicted and stays stuck ({@code Terminating} with taint-based
 * eviction, {@code Unknown} on the book's NodeLost path) until it is force-deleted through the app's action; then
 * it is recreated on another node, and the node comes back when thawed.
 */
final class NodeLossScenario {
    private static final Duration NOT_READY = Duration.ofSeconds(60);
    private static final Duration EVICTED = Duration.ofSeconds(90);

    private NodeLossScenario() {
    }

    static void run(ControlPlane cluster, String stuckStatus) {
        try (KubernetesClient admin = cluster.client("admin")) {
            String namespace = cluster.createNamespace("nodeloss");
            ChapterObjects.create(admin, namespace, 2);
            ChapterObjects.awaitReady(admin, namespace, List.of("kubia-0", "kubia-1"));
            String node = admin.pods().inNamespace(namespace).withName("kubia-0").get().getSpec().getNodeName();
            try (LiveSession session = LiveSession.open(KubeContexts.load(cluster.kubeconfig().toString()), "admin", namespace, false)) {
                session.source().start();
                ControlPlane.waitUntil(Duration.ofSeconds(30), "synced", session::synced);
                ClusterState state = session.source().state();
                cluster.freeze(node);
                try {
                    ControlPlane.waitUntil(NOT_READY, node + " NotReady in the source",
                            () -> nodeStatus(state, node).startsWith("NotReady"));
                    ControlPlane.waitUntil(EVICTED, "kubia-0 " + stuckStatus,
                            () -> pod(state, namespace, "kubia-0").map(PodPrinter::status).orElse("").equals(stuckStatus));
                    Pod stuck = pod(state, namespace, "kubia-0").orElseThrow();
                    assertThat(stuck.getMetadata().getDeletionTimestamp()).isNotNull();
                    assertThat(Pods.nodeName(stuck)).isEqualTo(node);
                    // at-most-one: the controller does not replace a pod it cannot know has stopped
                    assertThat(whyWaiting(state, namespace))
                            .isEqualTo("kubia-0 stuck " + stuckStatus + ", not replaced: at-most-one — the controller cannot know the pod on "
                                    + node + " has stopped; force delete or reconnect");
                    String uid = stuck.getMetadata().getUid();
                    session.source().actions().forceDeletePod(namespace, "kubia-0");
                    ControlPlane.waitUntil(ChapterObjects.READY, "kubia-0 recreated and Ready elsewhere", () -> pod(state, namespace, "kubia-0")
                            .filter(p -> !uid.equals(p.getMetadata().getUid()) && Pods.isReady(p) && !node.equals(Pods.nodeName(p)))
                            .isPresent());
                    assertThat(Pods.claimNames(pod(state, namespace, "kubia-0").orElseThrow())).containsExactly("data-kubia-0");
                } finally {
                    cluster.thaw(node);
                }
                ControlPlane.waitUntil(NOT_READY, node + " Ready again in the source", () -> nodeStatus(state, node).equals("Ready"));
            }
            ChapterObjects.delete(admin, namespace);
        }
    }

    private static String nodeStatus(ClusterState state, String node) {
        return state.get(Node.class, Kinds.NODE, null, node).map(NodePrinter::status).orElse("");
    }

    private static Optional<Pod> pod(ClusterState state, String namespace, String name) {
        return state.get(Pod.class, Kinds.POD, namespace, name);
    }

    private static String whyWaiting(ClusterState state, String namespace) {
        StatefulSet set = state.get(StatefulSet.class, Kinds.STATEFUL_SET, namespace, "kubia").orElseThrow();
        return WhyWaiting.explain(set, state.list(Pod.class, Kinds.POD), state.list(Node.class, Kinds.NODE),
                state.list(PersistentVolumeClaim.class, Kinds.PVC), Instant.now());
    }
}
