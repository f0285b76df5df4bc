package dev.stsviz.view.model;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.WhyWaiting;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental why-line must always equal explaining every set from scratch, as the window did: random batches of
 * set, pod, node and claim changes (more sets than are shown, other namespaces, Parallel sets, minReadySeconds
 * against a moving clock, claims being deleted, unreachable nodes, clears), compared after every batch.
 */
class WhyLinesTest {
    private static final String NS = "default";
    private static final List<String> SETS = List.of("a", "b", "c", "d", "e", "f", "g", "web");
    private static final List<String> NODES = List.of("node-a", "node-b");
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    /** One change (an object, a clock step, or a clear). */
    record Step(String kind, boolean delete, String namespace, int set, int ordinal, int variant, boolean flag, int clockMillis,
                boolean clear) {
        HasMetadata object() {
            String setName = SETS.get(set);
            return switch (kind) {
                case "StatefulSet" -> statefulSet(namespace, setName, ordinal, variant, flag);
                case "Pod" -> pod(namespace, setName + "-" + ordinal, variant, flag);
                case "Node" -> node(NODES.get(ordinal % NODES.size()), flag, variant);
                default -> claim(namespace, "data-" + setName + "-" + ordinal, variant, flag);
            };
        }
    }

    @Property(tries = 300, seed = "20261130")
    void incrementalTextEqualsExplainingEverySet(@ForAll("batches") List<List<Step>> batches) {
        ClusterState state = new ClusterState();
        WhyLines incremental = new WhyLines(NS);
        Instant now = T0;
        for (List<Step> batch : batches) {
            List<ClusterChange> changes = new ArrayList<>();
            for (Step step : batch) {
                if (step.clear()) {
                    state.applyAll(changes);
                    changes.clear();
                    state.clear();
                } else if (step.clockMillis() > 0) {
                    now = now.plusMillis(step.clockMillis());
                } else {
                    changes.add(step.delete() ? ClusterChange.delete(step.object()) : ClusterChange.upsert(step.object()));
                }
            }
            state.applyAll(changes);
            assertThat(incremental.update(state, now)).isEqualTo(fromScratch(state, now));
            List<StatefulSet> sets = state.list(StatefulSet.class, Kinds.STATEFUL_SET);
            assertThat(incremental.firstSet()).isSameAs(sets.isEmpty() ? null : sets.get(0));
        }
    }

    @Example
    void nothingNewIsTheSameTextAndAPodOfAnUnshownSetChangesNothing() {
        ClusterState state = new ClusterState();
        List<ClusterChange> all = new ArrayList<>();
        for (int s = 0; s < SETS.size(); s++) {
            all.add(ClusterChange.upsert(statefulSet(NS, SETS.get(s), 0, 1, false)));
            all.add(ClusterChange.upsert(pod(NS, SETS.get(s) + "-0", 1, true)));
        }
        state.applyAll(all);
        WhyLines incremental = new WhyLines(NS);
        String before = incremental.update(state, T0);
        assertThat(before).startsWith("statefulset/a: ").endsWith("… and 2 more StatefulSets (kubectl get sts lists them)");

        state.apply(ClusterChange.upsert(pod(NS, "web-0", 0, false))); // "web" sorts last: not shown
        assertThat(incremental.update(state, T0)).isSameAs(before);
        state.apply(ClusterChange.upsert(pod(NS, "a-0", 0, false)));
        assertThat(incremental.update(state, T0)).isNotEqualTo(before).isEqualTo(fromScratch(state, T0));
    }

    @Example
    void theClockAloneMovesAPodPastMinReadySeconds() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(ClusterChange.upsert(statefulSet(NS, "a", 1, 1, false)), ClusterChange.upsert(pod(NS, "a-0", 1, false))));
        WhyLines incremental = new WhyLines(NS);
        assertThat(incremental.update(state, T0.plusSeconds(3))).isEqualTo("statefulset/a: waiting for a-0 to be available (minReadySeconds 5)");
        assertThat(incremental.update(state, T0.plusSeconds(7))).isEqualTo("statefulset/a: up to date: 1/1 ready")
                .isEqualTo(fromScratch(state, T0.plusSeconds(7)));
    }

    /** What the window showed before the line was incremental: every set explained, the first six named. */
    static String fromScratch(ClusterState state, Instant now) {
        List<StatefulSet> sets = state.list(StatefulSet.class, Kinds.STATEFUL_SET);
        List<String> reasons = WhyWaiting.explainAll(sets, state.list(Pod.class, Kinds.POD), state.list(Node.class, Kinds.NODE),
                state.list(PersistentVolumeClaim.class, Kinds.PVC), dev.stsviz.cluster.Volumes.of(state), now);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < Math.min(sets.size(), 6); i++) {
            lines.append(i == 0 ? "" : "\n").append("statefulset/").append(sets.get(i).getMetadata().getName()).append(": ")
                    .append(reasons.get(i));
        }
        if (sets.size() > 6) {
            lines.append("\n… and ").append(sets.size() - 6).append(" more StatefulSets (kubectl get sts lists them)");
        }
        return sets.isEmpty() ? "No StatefulSet in namespace " + NS + "." : lines.toString();
    }

    @Provide
    Arbitrary<List<List<Step>>> batches() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of("Pod", "Pod", "Pod", "StatefulSet", "Node", "PersistentVolumeClaim"),
                Arbitraries.of(false, false, false, true),
                Arbitraries.of(NS, NS, NS, "other"),
                Arbitraries.integers().between(0, SETS.size() - 1),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, false)).as(
                    (kind, delete, ns, set, ordinal, variant, flag) -> new Step(kind, delete, ns, set, ordinal, variant, flag, 0, false));
        Arbitrary<Step> clock = Arbitraries.of(400, 1000, 3000).map(ms -> new Step("Pod", false, NS, 0, 0, 0, false, ms, false));
        Arbitrary<Step> clear = Arbitraries.just(new Step("Pod", false, NS, 0, 0, 0, false, 0, true));
        Arbitrary<Step> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(60, step), net.jqwik.api.Tuple.of(8, clock),
                net.jqwik.api.Tuple.of(1, clear));
        return any.list().ofMinSize(1).ofMaxSize(8).list().ofMinSize(1).ofMaxSize(30);
    }

    /** variant: replicas 0-3; flag: Parallel; ordinal 1: minReadySeconds 5, 2: being deleted, 3: ordinals from 1. */
    static StatefulSet statefulSet(String namespace, String name, int ordinal, int variant, boolean parallel) {
        StatefulSetBuilder b = new StatefulSetBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .withUid("uid-" + namespace + "-" + name)
                .withDeletionTimestamp(ordinal == 2 ? "2026-11-28T10:00:00Z" : null).endMetadata()
                .withNewSpec().withReplicas(variant).withPodManagementPolicy(parallel ? "Parallel" : "OrderedReady")
                .withMinReadySeconds(ordinal == 1 ? 5 : null)
                .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata().endVolumeClaimTemplate()
                .endSpec();
        if (ordinal == 3) {
            b.editSpec().withNewOrdinals(1).endSpec();
        }
        return b.build();
    }

    /** variant: 0 not ready, 1 ready, 2 Pending unscheduled, 3 ready on node-b; flag: terminating. */
    static Pod pod(String namespace, String name, int variant, boolean terminating) {
        boolean ready = variant == 1 || variant == 3;
        String set = name.substring(0, name.lastIndexOf('-'));
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .withDeletionTimestamp(terminating ? "2026-11-28T10:00:05Z" : null)
                .addNewOwnerReference().withKind("StatefulSet").withName(set).withUid("uid-" + namespace + "-" + set)
                .withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withNodeName(variant == 2 ? null : variant == 3 ? "node-b" : "node-a")
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-" + name).endPersistentVolumeClaim()
                .endVolume().endSpec()
                .withNewStatus().withPhase(variant == 2 ? "Pending" : "Running")
                .addNewCondition().withType("Ready").withStatus(ready ? "True" : "False")
                .withLastTransitionTime("2026-11-28T10:00:02Z").endCondition()
                .endStatus().build();
    }

    /** flag: Ready; variant 3: the unreachable taint. */
    static Node node(String name, boolean ready, int variant) {
        NodeBuilder b = new NodeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "Unknown").endCondition().endStatus();
        if (variant == 3) {
            b.withNewSpec().addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoExecute").endTaint().endSpec();
        }
        return b.build();
    }

    /** variant: 0 Pending, 1-3 Bound; flag: being deleted. */
    static PersistentVolumeClaim claim(String namespace, String name, int variant, boolean deleting) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .withDeletionTimestamp(deleting ? "2026-11-28T10:00:01Z" : null).endMetadata()
                .withNewStatus().withPhase(variant == 0 ? "Pending" : "Bound").endStatus()
                .build();
    }
}
