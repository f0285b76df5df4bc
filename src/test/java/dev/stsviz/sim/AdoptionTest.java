package dev.stsviz.sim;

import dev.stsviz.cluster.Owners;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.controllers.ControllerRefs;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e2e test "should adopt matching orphans and release non-matching pods" of {@code test/e2e/apps/statefulset.go},
 * step by step on the simulator: a pod whose owner reference is removed is adopted again; a pod whose labels are
 * removed is released (and the garbage collector leaves it alone); labels back, adopted again.
 */
class AdoptionTest {
    private static final String NS = "default";

    private final Simulation sim = Simulation.chapterCluster(3, Profile.MODERN);

    private Pod pod(String name) {
        return sim.api().get(Pod.class, Kinds.POD, NS, name);
    }

    private StatefulSet set() {
        return sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, NS, "kubia");
    }

    private void update(String name, java.util.function.Consumer<Pod> change) {
        Pod copy = Copies.copy(pod(name));
        change.accept(copy);
        sim.api().update(copy);
    }

    private boolean ownedBySet(String name) {
        OwnerReference ref = Owners.controllerOf(pod(name));
        return ref != null && "StatefulSet".equals(ref.getKind()) && "kubia".equals(ref.getName())
                && set().getMetadata().getUid().equals(ref.getUid());
    }

    @Test
    void anOrphanIsAdoptedAndAPodThatStopsMatchingIsReleasedAndKept() {
        sim.actions().scale(NS, "kubia", 1);
        assertThat(sim.runUntil(() -> pod("kubia-0") != null && Pods.isRunningAndReady(pod("kubia-0")), Duration.ofMinutes(2))).isTrue();
        assertThat(ownedBySet("kubia-0")).as("created with a controller reference").isTrue();
        String uid = pod("kubia-0").getMetadata().getUid();

        update("kubia-0", p -> p.getMetadata().setOwnerReferences(List.of()));
        assertThat(Owners.controllerOf(pod("kubia-0"))).isNull();
        assertThat(sim.runUntil(() -> ownedBySet("kubia-0"), Duration.ofSeconds(10))).as("readopted").isTrue();

        Map<String, String> labels = pod("kubia-0").getMetadata().getLabels();
        update("kubia-0", p -> p.getMetadata().setLabels(Map.of()));
        assertThat(sim.runUntil(() -> Owners.controllerOf(pod("kubia-0")) == null, Duration.ofSeconds(10)))
                .as("released").isTrue();
        sim.runFor(Duration.ofSeconds(30));
        assertThat(pod("kubia-0")).as("the garbage collector keeps a released pod").isNotNull();
        assertThat(pod("kubia-0").getMetadata().getUid()).isEqualTo(uid);
        assertThat(pod("kubia-0").getMetadata().getDeletionTimestamp()).isNull();
        // the set wants its identity back, but the name is taken by the released pod: CreateStatefulPod sinks the
        // AlreadyExists error without an event (the real 1.24 control plane records none either)
        assertThat(events("FailedCreate")).isEmpty();

        update("kubia-0", p -> p.getMetadata().setLabels(labels));
        assertThat(sim.runUntil(() -> ownedBySet("kubia-0"), Duration.ofMinutes(20))).as("readopted after the labels are back").isTrue();
        assertThat(pod("kubia-0").getMetadata().getUid()).isEqualTo(uid);
    }

    @Test
    void aPodNamedLikeNoMemberIsNotAdopted() {
        sim.runFor(Duration.ofSeconds(5));
        Pod stray = Copies.copy(sim.api().list(Pod.class, Kinds.POD, NS).get(0));
        stray.getMetadata().setName("kubia-extra");
        stray.getMetadata().setOwnerReferences(List.of());
        stray.getMetadata().setResourceVersion(null);
        sim.api().create(stray);
        sim.runFor(Duration.ofSeconds(10));
        assertThat(Owners.controllerOf(pod("kubia-extra"))).as("isMemberOf: not <set>-<ordinal>").isNull();
    }

    @Test
    void anOrphanedRevisionIsAdopted() {
        sim.runFor(Duration.ofSeconds(5));
        ControllerRevision revision = sim.api().list(ControllerRevision.class, Kinds.CONTROLLER_REVISION, NS).get(0);
        ControllerRevision orphan = Copies.copy(revision);
        orphan.getMetadata().setOwnerReferences(List.of());
        sim.api().update(orphan);
        sim.actions().scale(NS, "kubia", 3); // any change makes the set sync
        sim.runFor(Duration.ofSeconds(5));
        ControllerRevision after = sim.api().get(ControllerRevision.class, Kinds.CONTROLLER_REVISION, NS, revision.getMetadata().getName());
        assertThat(Owners.controllerOf(after).getUid()).isEqualTo(set().getMetadata().getUid());
    }

    @Test
    void aSetBeingDeletedAdoptsNothing() {
        sim.runFor(Duration.ofSeconds(30));
        StatefulSet deleting = Copies.copy(set());
        deleting.getMetadata().setDeletionTimestamp("2026-11-28T09:00:30Z");
        var refs = new ControllerRefs(sim.api(), deleting, deleting.getSpec().getSelector());
        update("kubia-0", p -> p.getMetadata().setOwnerReferences(List.of()));
        var claim = refs.claim(List.of(pod("kubia-0")));
        assertThat(claim.claimed()).isEmpty();
        assertThat(Owners.controllerOf(pod("kubia-0"))).isNull();
    }

    private List<String> events(String reason) {
        return sim.api().list(Event.class, Kinds.EVENT, NS).stream().filter(e -> reason.equals(e.getReason()))
                .map(Event::getMessage).toList();
    }
}
