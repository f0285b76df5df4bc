package dev.stsviz.view;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.describe.NodeDescriber;
import dev.stsviz.cluster.describe.PodDescriber;
import dev.stsviz.cluster.describe.PvcDescriber;
import dev.stsviz.cluster.describe.PvcUsers;
import dev.stsviz.console.ObjectOutput;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
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
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details kept by journal must always show what describing the selection from all events and pods shows, as the
 * window did every pulse: random batches of pod, node, claim and event changes (pods recreated with a new uid, moving
 * between nodes, claims owned by pods, events about other objects or an older uid, other namespaces, clears), with
 * the selection and the clock moving, compared after every batch.
 */
class SelectionDetailsTest {
    private static final String NS = "default";
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final List<Selection> SELECTIONS = List.of(new Selection(Kinds.POD, "kubia-0"), new Selection(Kinds.POD, "kubia-1"),
            new Selection(Kinds.NODE, "node-a"), new Selection(Kinds.PVC, "data-kubia-0"), new Selection(Kinds.PVC, "data-shared"),
            new Selection(Kinds.NODE, "node-gone"));

    /** One change, a clock step, a new selection, or a clear. */
    record Step(String kind, boolean delete, String namespace, int name, int variant, int other, int clockMillis, int select,
                boolean clear) {
        HasMetadata object() {
            return switch (kind) {
                case "Pod" -> pod(namespace, "kubia-" + name, variant, other);
                case "Node" -> node(other % 2 == 0 ? "node-a" : "node-b", variant % 2 == 0);
                case "PersistentVolumeClaim" -> claim(namespace, name == 3 ? "data-shared" : "data-kubia-" + name, variant, other);
                default -> event(namespace, name, variant, other);
            };
        }
    }

    @Property(tries = 200, seed = "20261130")
    void keptDetailsEqualDescribingFromScratch(@ForAll("batches") List<List<Step>> batches) {
        ClusterState state = new ClusterState();
        SelectionDetails details = new SelectionDetails(NS);
        Instant now = T0;
        Selection selected = SELECTIONS.get(0);
        SelectionDetails.Text shown = null;
        for (List<Step> batch : batches) {
            List<ClusterChange> changes = new ArrayList<>();
            for (Step step : batch) {
                if (step.clear()) {
                    state.applyAll(changes);
                    changes.clear();
                    state.clear();
                } else if (step.clockMillis() > 0) {
                    now = now.plusMillis(step.clockMillis());
                } else if (step.select() >= 0) {
                    selected = SELECTIONS.get(step.select());
                } else {
                    changes.add(step.delete() ? ClusterChange.delete(step.object()) : ClusterChange.upsert(step.object()));
                }
            }
            state.applyAll(changes);
            SelectionDetails.Text text = details.update(state, selected, now);
            shown = text != null ? text : shown;
            assertThat(shown).isEqualTo(fromScratch(state, selected, now));
        }
    }

    @Example
    void unrelatedChangesAndTheSameSecondShowNothingNew() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(ClusterChange.upsert(pod(NS, "kubia-0", 0, 0)), ClusterChange.upsert(pod(NS, "kubia-1", 0, 1)),
                ClusterChange.upsert(event(NS, 0, 0, 0))));
        SelectionDetails details = new SelectionDetails(NS);
        Selection kubia0 = new Selection(Kinds.POD, "kubia-0");
        assertThat(details.update(state, kubia0, T0)).isEqualTo(fromScratch(state, kubia0, T0));

        state.apply(ClusterChange.upsert(pod(NS, "kubia-1", 1, 1)));
        state.apply(ClusterChange.upsert(event(NS, 1, 0, 1)));
        assertThat(details.update(state, kubia0, T0.plusMillis(500))).isNull();
        state.apply(ClusterChange.upsert(event(NS, 0, 0, 1)));
        assertThat(details.update(state, kubia0, T0.plusMillis(600))).isEqualTo(fromScratch(state, kubia0, T0.plusMillis(600)));
        assertThat(details.update(state, kubia0, T0.plusSeconds(1))).isNotNull();

        details.reset(); // nothing was selected meanwhile: the same selection is shown again
        assertThat(details.update(state, kubia0, T0.plusSeconds(1))).isEqualTo(fromScratch(state, kubia0, T0.plusSeconds(1)));
    }

    @Example
    void aClaimIsUsedByThePodThatOwnsIt() {
        ClusterState state = new ClusterState();
        state.applyAll(List.of(ClusterChange.upsert(claim(NS, "data-kubia-0", 1, 1)), ClusterChange.upsert(pod(NS, "kubia-1", 1, 0))));
        SelectionDetails details = new SelectionDetails(NS);
        Selection claim = new Selection(Kinds.PVC, "data-kubia-0");
        SelectionDetails.Text text = details.update(state, claim, T0);
        assertThat(text).isEqualTo(fromScratch(state, claim, T0));
        assertThat(text.describe()).containsPattern("Used By:\\s+kubia-1");

        state.apply(ClusterChange.delete(pod(NS, "kubia-1", 1, 0)));
        assertThat(details.update(state, claim, T0)).isEqualTo(fromScratch(state, claim, T0));
    }

    /** What the window computed every pulse before the details were kept by journal. */
    static SelectionDetails.Text fromScratch(ClusterState state, Selection s, Instant now) {
        String namespace = Kinds.NODE.equals(s.kind()) ? null : NS;
        HasMetadata object = state.get(HasMetadata.class, s.kind(), namespace, s.name()).orElse(null);
        if (object == null) {
            return new SelectionDetails.Text(s.kind() + " " + s.name(), s.kind() + " " + s.name() + " is gone.", "");
        }
        List<Event> events = state.list(Event.class, Kinds.EVENT).stream()
                .filter(e -> e.getInvolvedObject() != null && s.kind().equals(e.getInvolvedObject().getKind())
                        && s.name().equals(e.getInvolvedObject().getName())
                        && Objects.equals(e.getInvolvedObject().getUid(), object.getMetadata().getUid()))
                .toList();
        String describe = switch (s.kind()) {
            case Kinds.POD -> PodDescriber.describe((Pod) object, events, now);
            case Kinds.NODE -> NodeDescriber.describe((Node) object, state.list(Pod.class, Kinds.POD), events, now);
            case Kinds.PVC -> PvcDescriber.describe((PersistentVolumeClaim) object,
                    PvcUsers.select((PersistentVolumeClaim) object, state.list(Pod.class, Kinds.POD)), events, now);
            default -> "";
        };
        return new SelectionDetails.Text(s.kind() + " " + s.name(), describe, ObjectOutput.yaml(object));
    }

    @Provide
    Arbitrary<List<List<Step>>> batches() {
        Arbitrary<Step> change = Combinators.combine(
                Arbitraries.of("Pod", "Pod", "Event", "Event", "Node", "PersistentVolumeClaim"),
                Arbitraries.of(false, false, false, true),
                Arbitraries.of(NS, NS, NS, "other"),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 3)).as(
                    (kind, delete, ns, name, variant, other) -> new Step(kind, delete, ns, name, variant, other, 0, -1, false));
        Arbitrary<Step> clock = Arbitraries.of(400, 1000).map(ms -> new Step("Pod", false, NS, 0, 0, 0, ms, -1, false));
        Arbitrary<Step> select = Arbitraries.integers().between(0, SELECTIONS.size() - 1)
                .map(i -> new Step("Pod", false, NS, 0, 0, 0, 0, i, false));
        Arbitrary<Step> clear = Arbitraries.just(new Step("Pod", false, NS, 0, 0, 0, 0, -1, true));
        Arbitrary<Step> any = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(60, change), net.jqwik.api.Tuple.of(6, clock),
                net.jqwik.api.Tuple.of(4, select), net.jqwik.api.Tuple.of(1, clear));
        return any.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(25);
    }

    /** variant: the uid (a recreated pod) and readiness; node: node-a, node-b, none, node-gone; mounts its claim and data-shared. */
    static Pod pod(String namespace, String name, int variant, int node) {
        String nodeName = switch (node) {
            case 0 -> "node-a";
            case 1 -> "node-b";
            case 2 -> null;
            default -> "node-gone";
        };
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(namespace).withUid("uid-" + name + "-" + variant % 2)
                .withCreationTimestamp("2026-11-28T09:59:00Z").endMetadata()
                .withNewSpec().withNodeName(nodeName).addNewContainer().withName("c").withImage("img").endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-" + name).endPersistentVolumeClaim().endVolume()
                .addNewVolume().withName("shared").withNewPersistentVolumeClaim().withClaimName("data-shared").endPersistentVolumeClaim().endVolume()
                .endSpec()
                .withNewStatus().withPhase(variant == 2 ? "Succeeded" : "Running")
                .addNewCondition().withType("Ready").withStatus(variant == 1 ? "True" : "False").endCondition().endStatus()
                .build();
    }

    static Node node(String name, boolean ready) {
        return new NodeBuilder().withNewMetadata().withName(name).withUid("uid-" + name).withCreationTimestamp("2026-11-28T09:00:00Z").endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "Unknown").endCondition().endStatus()
                .build();
    }

    /** variant: phase; owner: 0-1 owned by kubia-N's pod (uid variant), else none. */
    static PersistentVolumeClaim claim(String namespace, String name, int variant, int owner) {
        PersistentVolumeClaimBuilder b = new PersistentVolumeClaimBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .withUid("uid-" + name).withCreationTimestamp("2026-11-28T09:59:00Z").endMetadata()
                .withNewStatus().withPhase(variant == 0 ? "Pending" : "Bound").endStatus();
        if (owner < 2) {
            b.editMetadata().addNewOwnerReference().withKind("Pod").withName("kubia-" + owner).withUid("uid-kubia-" + owner + "-" + variant % 2)
                    .endOwnerReference().endMetadata();
        }
        return b.build();
    }

    /** An event about kubia-N's pod (uid by variant), node-a, or data-kubia-N; other: which, and when. */
    static Event event(String namespace, int name, int variant, int other) {
        String kind = other == 3 ? "Node" : other == 2 ? "PersistentVolumeClaim" : "Pod";
        String about = other == 3 ? "node-a" : other == 2 ? "data-kubia-" + name : "kubia-" + name;
        String uid = other == 3 ? "uid-node-a" : other == 2 ? "uid-data-kubia-" + name : "uid-kubia-" + name + "-" + variant % 2;
        String at = T0.minusSeconds(30L * (name + other)).toString();
        return new EventBuilder().withNewMetadata().withName(about + "." + variant + other).withNamespace(namespace).endMetadata()
                .withNewInvolvedObject().withKind(kind).withName(about).withNamespace(namespace).withUid(uid).endInvolvedObject()
                .withType(variant == 2 ? "Warning" : "Normal").withReason("Reason" + other).withMessage("message " + variant)
                .withFirstTimestamp(at).withLastTimestamp(at).withCount(1 + variant)
                .withNewSource().withComponent("kubelet").endSource().build();
    }
}
