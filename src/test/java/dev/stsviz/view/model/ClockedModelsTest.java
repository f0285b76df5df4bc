package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ControllerClocks;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.ControllerTimers.NodeTimer;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Volumes;
import dev.stsviz.cluster.WhyWaiting;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's models with the source's clocks: a column and the why-line follow the simulator's timers, which change
 * without any object changing, and a live cluster's Lease, which is an object of its own.
 */
class ClockedModelsTest {
    private static final String NS = "default";
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final ControllerClocks EXACT = new ControllerClocks(Duration.ofSeconds(40), Duration.ofMinutes(5), 300,
            Duration.ofSeconds(10), true, true, image -> false);

    private static ClusterState chapter() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(ClusterChange.upsert(WhyLinesTest.statefulSet(NS, "web", 0, 2, false)),
                ClusterChange.upsert(WhyLinesTest.pod(NS, "web-0", 1, false)), ClusterChange.upsert(WhyLinesTest.pod(NS, "web-1", 3, false)),
                ClusterChange.upsert(WhyLinesTest.node("node-a", true, 0)), ClusterChange.upsert(WhyLinesTest.node("node-b", true, 0)),
                ClusterChange.upsert(WhyLinesTest.claim(NS, "data-web-0", 1, false)),
                ClusterChange.upsert(WhyLinesTest.claim(NS, "data-web-1", 1, false))));
        return state;
    }

    private static NodeView column(DiagramModel model, String node) {
        return model.nodes().stream().filter(n -> n.name().equals(node)).findFirst().orElseThrow();
    }

    @Test
    void aSilentKubeletRedrawsItsColumnThoughNoObjectChanged() {
        ClusterState state = chapter();
        IncrementalDiagramModel model = new IncrementalDiagramModel(NS);
        DiagramModel before = model.update(state, EXACT, ControllerTimers.NONE);
        assertThat(column(before, "node-a").clock()).isNull();

        ControllerTimers silent = new ControllerTimers(Map.of("node-a", new NodeTimer(T0.minusSeconds(12), true, T0.plusSeconds(28), null)),
                Map.of());
        DiagramModel after = model.update(state, EXACT, silent);
        assertThat(column(after, "node-a").clock().lines(T0)).containsExactly("⚡✂ kubelet silent, last heartbeat 12 s ago", "NotReady in 28 s");
        assertThat(column(after, "node-b")).isSameAs(column(before, "node-b"));
        assertThat(after).isEqualTo(DiagramModel.of(state, NS, EXACT, silent));
        assertThat(model.update(state, EXACT, silent)).isSameAs(after);
    }

    @Test
    void aLiveLeaseIsTheHeartbeatOfItsNodesColumn() {
        ClusterState state = chapter();
        IncrementalDiagramModel model = new IncrementalDiagramModel(NS);
        model.update(state, ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE);
        state.apply(ClusterChange.upsert(new LeaseBuilder().withNewMetadata().withName("node-b").withNamespace("kube-node-lease").endMetadata()
                .withNewSpec().withRenewTime(T0.minusSeconds(25).atZone(ZoneOffset.UTC)).endSpec().build()));
        DiagramModel after = model.update(state, ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE);
        assertThat(column(after, "node-b").clock().lines(T0)).containsExactly("⚡✂ kubelet silent, last heartbeat ~25 s ago", "NotReady in ~15 s");
        assertThat(column(after, "node-a").clock()).isNull();
        assertThat(after).isEqualTo(DiagramModel.of(state, NS, ControllerClocks.LIVE_DEFAULTS, ControllerTimers.NONE));
    }

    @Test
    void theWhyLineFollowsTheTimersAndEqualsExplainingFromScratch() {
        ClusterState state = chapter();
        state.applyAll(List.of(ClusterChange.upsert(WhyLinesTest.node("node-a", false, 3)),
                ClusterChange.upsert(WhyLinesTest.pod(NS, "web-0", 0, false))));
        WhyLines lines = new WhyLines(NS);
        assertThat(lines.update(state, T0, EXACT, ControllerTimers.NONE))
                .isEqualTo("statefulset/web: waiting for web-0 to be Running and Ready (node node-a NotReady)");
        ControllerTimers evicting = new ControllerTimers(Map.of(), Map.of("default/web-0", T0.plusSeconds(271)));
        String text = lines.update(state, T0, EXACT, evicting);
        assertThat(text).isEqualTo("statefulset/web: waiting for web-0 to be Running and Ready (node node-a NotReady; evicted in 4:31)")
                .isEqualTo("statefulset/web: " + WhyWaiting.explainAll(state.list(StatefulSet.class, Kinds.STATEFUL_SET),
                        state.list(Pod.class, Kinds.POD), state.list(Node.class, Kinds.NODE),
                        state.list(PersistentVolumeClaim.class, Kinds.PVC), Volumes.of(state), EXACT, evicting, T0).get(0));
        assertThat(lines.update(state, T0.plusSeconds(60), EXACT, evicting)).endsWith("(node node-a NotReady; evicted in 3:31)");
    }
}
