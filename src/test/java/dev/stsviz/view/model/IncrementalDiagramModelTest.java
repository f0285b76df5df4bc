package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.ControllerTimers;
import dev.stsviz.cluster.Pods;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental model must always equal a rebuild from scratch: random batches of pod, node, claim and StatefulSet
 * changes (pods moving between nodes and the unscheduled column, nodes vanishing under their pods, claims mounted by
 * two pods, pods recreated with a new uid and IP, sets changing revisions and size, other namespaces, clears), compared
 * with {@link DiagramModel#of} (given what the incremental model remembers of earlier pods) after every batch.
 */
class IncrementalDiagramModelTest {
    private static final String NS = "default";
    private static final List<String> PODS = List.of("kubia-0", "kubia-1", "kubia-2", "kubia-10", "web-0", "solo");
    private static final List<String> NODES = List.of("node-a", "node-b", "node-c");
    private static final List<String> PHASES = List.of("Pending", "Running", "Failed");

    /** One watch-event-shaped change, or a clear (a relist). */
    record Step(String kind, boolean delete, String namespace, int name, int node, int phase, boolean ready, boolean terminating,
                int claim, boolean clear) {
        HasMetadata object() {
            return switch (kind) {
                case "Pod" -> pod(this);
                case "Node" -> IncrementalDiagramModelTest.node(NODES.get(node % NODES.size()), ready, terminating);
                case "StatefulSet" -> statefulSet(this);
                default -> IncrementalDiagramModelTest.claim(namespace, "data-" + PODS.get(name), phase);
            };
        }
    }

    @Property(tries = 300, seed = "20261128")
    void incrementalModelEqualsRebuild(@ForAll("batches") List<List<Step>> batches) {
        ClusterState state = new ClusterState();
        IncrementalDiagramModel incremental = new IncrementalDiagramModel(NS);
        for (List<Step> batch : batches) {
            List<ClusterChange> changes = new ArrayList<>();
            for (Step step : batch) {
                if (step.clear()) {
                    state.applyAll(changes);
                    changes.clear();
                    state.clear();
                } else {
                    changes.add(step.delete() ? ClusterChange.delete(step.object()) : ClusterChange.upsert(step.object()));
                }
            }
            state.applyAll(changes);
            assertThat(incremental.update(state)).isEqualTo(DiagramModel.of(state, NS, null, ControllerTimers.NONE, incremental.ipHistory()));
        }
    }

    @Example
    void unchangedColumnsAndClaimsKeepTheirInstances() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(ClusterChange.upsert(node("node-a", true, false)), ClusterChange.upsert(node("node-b", true, false)),
                ClusterChange.upsert(pod(new Step("Pod", false, NS, 0, 0, 1, true, false, 0, false))),
                ClusterChange.upsert(pod(new Step("Pod", false, NS, 1, 1, 1, true, false, 1, false))),
                ClusterChange.upsert(claim(NS, "data-kubia-0", 1))));
        IncrementalDiagramModel incremental = new IncrementalDiagramModel(NS);
        DiagramModel before = incremental.update(state);

        state.apply(ClusterChange.upsert(pod(new Step("Pod", false, NS, 1, 1, 1, false, false, 1, false))));
        DiagramModel after = incremental.update(state);

        assertThat(after.nodes().get(0)).isSameAs(before.nodes().get(0)); // node-a: untouched
        assertThat(after.nodes().get(1)).isNotSameAs(before.nodes().get(1));
        assertThat(after.nodes().get(1).pods().get(0).podReady()).isFalse();
        assertThat(after.claims()).isSameAs(before.claims()); // kubia-1 mounts no claim the diagram shows differently
        assertThat(incremental.update(state)).isSameAs(after); // nothing new: the same model
    }

    @Example
    void aReaderFurtherBehindThanTheJournalRebuilds() {
        ClusterState state = new ClusterState();
        IncrementalDiagramModel incremental = new IncrementalDiagramModel(NS);
        state.apply(ClusterChange.upsert(node("node-a", true, false)));
        incremental.update(state);
        List<ClusterChange> many = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            many.add(ClusterChange.upsert(pod(new Step("Pod", false, NS, i % PODS.size(), 0, 1, i % 2 == 0, false, 0, false))));
        }
        state.applyAll(many);
        state.applyAll(many);
        assertThat(state.changesSince(1).everything()).isTrue();
        assertThat(incremental.update(state)).isEqualTo(DiagramModel.of(state, NS));
    }

    @Provide
    Arbitrary<List<List<Step>>> batches() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of("Pod", "Pod", "Pod", "Node", "PersistentVolumeClaim", "StatefulSet"),
                Arbitraries.of(false, false, false, true),
                Arbitraries.of(NS, NS, NS, "other"),
                Arbitraries.integers().between(0, PODS.size() - 1),
                Arbitraries.integers().between(0, NODES.size() + 1), // the last two: unscheduled, or a node never created
                Arbitraries.integers().between(0, PHASES.size() - 1),
                Arbitraries.of(true, false),
                Arbitraries.of(false, false, false, true)).as(
                    (kind, delete, ns, name, node, phase, ready, terminating) -> new Step(kind, delete, ns, name, node, phase, ready,
                            terminating, (name + node) % 3, false));
        Arbitrary<Step> clear = Arbitraries.just(new Step("Pod", false, NS, 0, 0, 0, false, false, 0, true));
        Arbitrary<Step> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(60, step), net.jqwik.api.Tuple.of(1, clear));
        return any.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(25);
    }

    static HasMetadata pod(Step s) {
        String name = PODS.get(s.name());
        String node = s.node() < NODES.size() ? NODES.get(s.node()) : s.node() == NODES.size() ? null : "node-gone";
        String flag = s.ready() ? "True" : "False";
        // claim 0: its own; 1: a shared one (two pods mount it); 2: none
        // a StatefulSet's pod: two incarnations per name (uid), an IP once Running, one of two revisions
        String parent = Pods.parentName(name);
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace(s.namespace())
                .withUid("uid-" + name + "-" + s.node() % 2).addToLabels("controller-revision-hash", parent + "-rev" + s.claim() % 2)
                .addNewOwnerReference().withKind("StatefulSet").withName(parent).withController(true).endOwnerReference()
                .withCreationTimestamp("2026-11-28T10:00:0" + s.phase() + "Z")
                .withDeletionTimestamp(s.terminating() ? "2026-11-28T10:05:00Z" : null).endMetadata()
                .withNewSpec().withNodeName(node).withHostname(name).withSubdomain(parent)
                .addNewContainer().withName("c").endContainer().endSpec()
                .withNewStatus().withPhase(PHASES.get(s.phase())).withPodIP(s.phase() == 1 ? "10.0." + s.node() + "." + s.name() : null)
                .addNewCondition().withType("Ready").withStatus(flag).endCondition()
                .addNewContainerStatus().withName("c").withReady(s.ready()).withRestartCount(s.phase())
                .endContainerStatus().endStatus();
        if (s.claim() < 2) {
            b.editSpec().addNewVolume().withName("data").withNewPersistentVolumeClaim()
                    .withClaimName(s.claim() == 0 ? "data-" + name : "data-shared").endPersistentVolumeClaim().endVolume().endSpec();
        }
        return b.build();
    }

    /** kubia, web or solo's set: its size, partition and whether it is rolling to the second revision vary. */
    static HasMetadata statefulSet(Step s) {
        String name = Pods.parentName(PODS.get(s.name()));
        return new StatefulSetBuilder().withNewMetadata().withName(name.isEmpty() ? "solo" : name).withNamespace(s.namespace())
                .withUid("uid-" + name + "-" + s.claim() % 2).endMetadata()
                .withNewSpec().withReplicas(s.node() * 4).withServiceName(name).withNewUpdateStrategy().withType("RollingUpdate")
                .withNewRollingUpdate().withPartition(s.phase()).endRollingUpdate().endUpdateStrategy().endSpec()
                .withNewStatus().withReadyReplicas(s.node()).withCurrentRevision(name + "-rev0")
                .withUpdateRevision(name + "-rev" + (s.ready() ? 1 : 0)).endStatus().build();
    }

    static HasMetadata node(String name, boolean ready, boolean cordoned) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withUnschedulable(cordoned).endSpec()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "Unknown").endCondition().endStatus()
                .build();
    }

    static HasMetadata claim(String namespace, String name, int phase) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName(phase == 2 ? "data-shared" : name)
                .withNamespace(namespace).endMetadata()
                .withNewSpec().withVolumeName(phase == 0 ? null : "pvc-" + name).endSpec()
                .withNewStatus().withPhase(phase == 0 ? "Pending" : "Bound").addToCapacity("storage", new Quantity("1Mi")).endStatus()
                .build();
    }
}
