package dev.stsviz.view.model;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chapter's identity points on the simulator, as the diagram's model shows them: a pod's stable DNS name and its
 * IP, the new IP of a recreated pod beside its unchanged name and claim, and old / new revisions during a partitioned
 * rolling update, with the StatefulSet's card reading the set's status.
 */
class PodIdentityTest {
    private SimulatedClusterSource source;
    private final IncrementalDiagramModel model = new IncrementalDiagramModel("default");

    @BeforeEach
    void start() {
        source = new SimulatedClusterSource(() -> Simulation.chapterCluster(7, Profile.MODERN), System::nanoTime);
        source.start(false);
        assertThat(runUntil(sim -> ready(sim, "kubia-1"))).isTrue();
    }

    @AfterEach
    void stop() {
        source.close();
    }

    private boolean runUntil(java.util.function.Predicate<Simulation> condition) {
        boolean held = source.runUntil(condition, Duration.ofMinutes(5));
        model.update(source.state());
        return held;
    }

    private static boolean ready(Simulation sim, String name) {
        Pod pod = sim.api().get(Pod.class, Kinds.POD, "default", name);
        return pod != null && Pods.isRunningAndReady(pod) && !Pods.isTerminating(pod);
    }

    private Pod pod(String name) {
        return source.state().get(Pod.class, Kinds.POD, "default", name).orElseThrow();
    }

    private StatefulSet kubia() {
        return source.state().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia").orElseThrow();
    }

    private PodView view(String name) {
        return model.model().nodes().stream().flatMap(n -> n.pods().stream()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private void console(String patch) {
        source.withSimulation(sim -> new SimulationConsoleBackend(sim).patch(Kinds.STATEFUL_SET, "default", "kubia", patch, true));
    }

    @Test
    void aPodShowsItsStableDnsNameAndItsIp() {
        PodIdentity kubia0 = view("kubia-0").identity();
        assertThat(kubia0.dnsName()).isEqualTo("kubia-0.kubia.default.svc.cluster.local");
        assertThat(kubia0.ip()).isNotNull().isEqualTo(pod("kubia-0").getStatus().getPodIP());
        assertThat(kubia0.uid()).isEqualTo(pod("kubia-0").getMetadata().getUid());
        assertThat(kubia0.previousIp()).isNull();
        assertThat(kubia0.newIp()).isFalse();
        assertThat(view("kubia-1").identity().dnsName()).isEqualTo("kubia-1.kubia.default.svc.cluster.local");
    }

    @Test
    void aRecreatedPodKeepsItsNameAndClaimButNotItsIp() {
        PodView before = view("kubia-0");
        source.actions().deletePod("default", "kubia-0");
        String oldUid = before.identity().uid();
        assertThat(runUntil(sim -> ready(sim, "kubia-0")
                && !oldUid.equals(sim.api().get(Pod.class, Kinds.POD, "default", "kubia-0").getMetadata().getUid()))).isTrue();

        PodView after = view("kubia-0");
        assertThat(after.identity().uid()).isNotEqualTo(oldUid);
        assertThat(after.identity().dnsName()).isEqualTo(before.identity().dnsName());
        assertThat(after.claims()).isEqualTo(before.claims()).containsExactly("data-kubia-0");
        assertThat(after.identity().previousIp()).isEqualTo(before.identity().ip());
        assertThat(after.identity().ip()).isEqualTo(pod("kubia-0").getStatus().getPodIP()).isNotEqualTo(before.identity().ip());
        assertThat(after.identity().newIp()).isTrue();
        // kubia-1 was not recreated: nothing to highlight
        assertThat(view("kubia-1").identity().newIp()).isFalse();
        // a rebuild that never saw the first kubia-0 cannot know its IP: the history is the model's own memory
        assertThat(DiagramModel.of(source.state(), "default").nodes().stream().flatMap(n -> n.pods().stream())
                .filter(p -> p.name().equals("kubia-0")).findFirst().orElseThrow().identity().previousIp()).isNull();
    }

    @Test
    void aPartitionedUpdateMarksPodsOldAndNewAndTheCardFollowsTheStatus() {
        source.actions().scale("default", "kubia", 3);
        assertThat(runUntil(sim -> ready(sim, "kubia-2"))).isTrue();
        StatefulSetView settled = model.model().sets().get(0);
        assertThat(settled.updating()).isFalse();
        assertThat(view("kubia-2").identity().revisionMark()).isEqualTo(RevisionMark.CURRENT);

        console("{\"spec\":{\"updateStrategy\":{\"rollingUpdate\":{\"partition\":2}}}}");
        console("{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"kubia\",\"image\":\"luksa/kubia-pet-peers\"}]}}}}");
        assertThat(runUntil(sim -> {
            StatefulSet set = sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
            return set.getStatus().getUpdatedReplicas() == 1 && set.getStatus().getReadyReplicas() == 3;
        })).isTrue();

        StatefulSet kubia = kubia();
        String updateRevision = kubia.getStatus().getUpdateRevision();
        String currentRevision = kubia.getStatus().getCurrentRevision();
        assertThat(updateRevision).isNotEqualTo(currentRevision);
        PodIdentity updated = view("kubia-2").identity();
        assertThat(updated.revision()).isEqualTo(updateRevision);
        assertThat(updated.revisionMark()).isEqualTo(RevisionMark.NEW);
        assertThat(updated.shortRevision()).hasSize(5).isEqualTo(updateRevision.substring("kubia-".length(), "kubia-".length() + 5));
        assertThat(view("kubia-0").identity().revisionMark()).isEqualTo(RevisionMark.OLD);
        assertThat(view("kubia-1").identity().revision()).isEqualTo(currentRevision);

        StatefulSetView card = model.model().sets().get(0);
        assertThat(card.name()).isEqualTo("kubia");
        assertThat(card.serviceName()).isEqualTo("kubia");
        assertThat(List.of(card.desired(), card.ready(), card.updated(), card.current()))
                .containsExactly(3, kubia.getStatus().getReadyReplicas(), 1, kubia.getStatus().getCurrentReplicas());
        assertThat(card.strategy()).isEqualTo("RollingUpdate");
        assertThat(card.podManagementPolicy()).isEqualTo("OrderedReady");
        assertThat(card.partition()).isEqualTo(2);
        assertThat(card.partitioned()).isTrue();
        assertThat(card.partitionOrdinal()).isEqualTo(2);
        assertThat(card.updating()).isTrue();
        assertThat(card.currentHash()).isEqualTo(RevisionMark.shortHash(currentRevision));
        assertThat(card.updateHash()).isEqualTo(updated.shortRevision());
        assertThat(card.chips()).extracting(StatefulSetView.OrdinalChip::mark)
                .containsExactly(RevisionMark.OLD, RevisionMark.OLD, RevisionMark.NEW);
        assertThat(card.chips()).extracting(StatefulSetView.OrdinalChip::pod).containsExactly("kubia-0", "kubia-1", "kubia-2");
        // the incremental model still equals a rebuild with the same memory
        assertThat(model.model()).isEqualTo(DiagramModel.of(source.state(), "default", null, dev.stsviz.cluster.ControllerTimers.NONE, model.ipHistory()));
    }
}
