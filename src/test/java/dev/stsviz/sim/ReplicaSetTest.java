package dev.stsviz.sim;

import dev.stsviz.cluster.Owners;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.ApiException;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.controllers.ControllerRefs;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chapter 10.1's cattle: the kubia app as a ReplicaSet beside the chapter's StatefulSet, on the simulator. */
class ReplicaSetTest {
    private static final String NS = "default";
    private static final String RS = "kubia-rs";
    private static final String NAME = "kubia-rs-[bcdfghjklmnpqrstvwxz2456789]{5}";

    private static Simulation cluster(long seed) {
        return cluster(seed, ClusterPreset.MINIKUBE);
    }

    private static Simulation cluster(long seed, ClusterPreset preset) {
        Simulation sim = Simulation.emptyCluster(seed, Profile.MODERN, preset, 0);
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        sim.apply(Manifests.bundled("kubia-statefulset.yaml"));
        sim.apply(Manifests.bundled("kubia-replicaset.yaml"));
        return sim;
    }

    private static List<Pod> rsPods(Simulation sim) {
        return sim.api().list(Pod.class, Kinds.POD, NS).stream().filter(p -> {
            var ref = Owners.controllerOf(p);
            return ref != null && "ReplicaSet".equals(ref.getKind());
        }).toList();
    }

    private static Set<String> names(List<Pod> pods) {
        return pods.stream().map(p -> p.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Pod> active(List<Pod> pods) {
        return pods.stream().filter(p -> !Pods.isTerminating(p)).toList();
    }

    private static ReplicaSet rs(Simulation sim) {
        return sim.api().get(ReplicaSet.class, Kinds.REPLICA_SET, NS, RS);
    }

    private static List<String> events(Simulation sim, String reason) {
        return sim.api().list(Event.class, Kinds.EVENT, NS).stream()
                .filter(e -> reason.equals(e.getReason()) && "ReplicaSet".equals(e.getInvolvedObject().getKind()))
                .map(Event::getMessage).toList();
    }

    private static boolean allReady(Simulation sim, int n) {
        List<Pod> pods = active(rsPods(sim));
        return pods.size() == n && pods.stream().allMatch(Pods::isRunningAndReady);
    }

    @Test
    void createsItsReplicasWithGeneratedNamesEventsAndStatus() {
        Simulation sim = cluster(1);
        assertThat(sim.runUntil(() -> allReady(sim, 3), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(2));
        Set<String> names = names(rsPods(sim));
        assertThat(names).hasSize(3).allMatch(n -> n.matches(NAME));
        assertThat(events(sim, "SuccessfulCreate")).containsExactlyInAnyOrderElementsOf(
                names.stream().map(n -> "Created pod: " + n).toList());
        var status = rs(sim).getStatus();
        assertThat(List.of(status.getReplicas(), status.getFullyLabeledReplicas(), status.getReadyReplicas(), status.getAvailableReplicas()))
                .containsOnly(3);
        assertThat(status.getObservedGeneration()).isEqualTo(rs(sim).getMetadata().getGeneration());
        for (Pod pod : rsPods(sim)) {
            assertThat(pod.getMetadata().getGenerateName()).isEqualTo("kubia-rs-");
            assertThat(Pods.claimNames(pod)).containsExactly("kubia-shared"); // one claim, shared by all
        }
    }

    @Test
    void namesAreTheSameForTheSameSeedAndDifferForAnother() {
        Simulation a = cluster(5);
        Simulation b = cluster(5);
        Simulation c = cluster(6);
        for (Simulation sim : List.of(a, b, c)) {
            sim.runFor(Duration.ofSeconds(5));
        }
        assertThat(names(rsPods(a))).isEqualTo(names(rsPods(b))).isNotEqualTo(names(rsPods(c)));
    }

    @Test
    void aDeletedPodIsReplacedAtOnceUnderANewName() {
        Simulation sim = cluster(2);
        assertThat(sim.runUntil(() -> allReady(sim, 3), Duration.ofMinutes(2))).isTrue();
        String victim = rsPods(sim).get(0).getMetadata().getName();
        sim.actions().deletePod(NS, victim);
        sim.runFor(Duration.ofSeconds(1)); // the victim is still Terminating (30 s grace), its replacement exists already
        assertThat(Pods.isTerminating(sim.actions().pod(NS, victim))).isTrue();
        List<Pod> active = active(rsPods(sim));
        assertThat(active).hasSize(3);
        assertThat(names(active)).doesNotContain(victim).allMatch(n -> n.matches(NAME));
    }

    @Test
    void scaleDownDeletesPendingPodsBeforeRunningOnes() {
        Simulation sim = cluster(3);
        assertThat(sim.runUntil(() -> allReady(sim, 3), Duration.ofMinutes(2))).isTrue();
        Set<String> running = names(rsPods(sim));
        for (String node : Simulation.DEFAULT_NODES) {
            sim.actions().cordon(node);
        }
        sim.actions().scaleReplicaSet(NS, RS, 5);
        sim.runFor(Duration.ofSeconds(10));
        Set<String> pending = names(rsPods(sim));
        pending.removeAll(running);
        assertThat(pending).hasSize(2);
        sim.actions().scaleReplicaSet(NS, RS, 3);
        sim.runFor(Duration.ofSeconds(2));
        assertThat(events(sim, "SuccessfulDelete")).containsExactlyInAnyOrderElementsOf(
                pending.stream().map(n -> "Deleted pod: " + n).toList());
        assertThat(names(rsPods(sim))).isEqualTo(running);
    }

    @Test
    void anOrphanWithTheLabelsIsAdoptedAndARelabelledPodReleasedAndKept() {
        Simulation sim = Simulation.emptyCluster(4, Profile.MODERN);
        sim.api().create(new PodBuilder().withNewMetadata().withName("stray").withNamespace(NS)
                .withLabels(Map.of("app", "kubia-rs")).endMetadata()
                .withNewSpec().addNewContainer().withName("kubia").withImage("luksa/kubia-pet").endContainer().endSpec().build());
        sim.apply(List.of(Manifests.bundled("kubia-replicaset.yaml").get(0)));
        sim.runFor(Duration.ofSeconds(5));
        assertThat(Owners.controllerOf(sim.actions().pod(NS, "stray")).getName()).isEqualTo(RS);
        assertThat(rsPods(sim)).hasSize(3); // the orphan counts: only two created
        assertThat(events(sim, "SuccessfulCreate")).hasSize(2);

        Pod relabelled = Copies.copy(sim.actions().pod(NS, "stray"));
        relabelled.getMetadata().setLabels(Map.of("app", "pet"));
        sim.api().update(relabelled);
        sim.runFor(Duration.ofSeconds(30));
        Pod released = sim.actions().pod(NS, "stray");
        assertThat(released).as("the garbage collector leaves a released pod alone").isNotNull();
        assertThat(released.getMetadata().getOwnerReferences()).isEmpty();
        assertThat(rsPods(sim)).hasSize(3).noneMatch(p -> p.getMetadata().getName().equals("stray"));
    }

    @Test
    void deletingTheReplicaSetDeletesItsPodsInTheBackground() {
        Simulation sim = cluster(5);
        assertThat(sim.runUntil(() -> allReady(sim, 3), Duration.ofMinutes(2))).isTrue();
        sim.actions().delete(Kinds.REPLICA_SET, NS, RS, null);
        sim.runFor(Duration.ofSeconds(2));
        assertThat(rsPods(sim)).hasSize(3).allMatch(Pods::isTerminating);
        sim.runFor(Duration.ofSeconds(40));
        assertThat(rsPods(sim)).isEmpty();
        assertThat(sim.actions().pod(NS, "kubia-0")).isNotNull();
    }

    @Test
    void afterANodeLossTheReplicaSetReplacesAtOnceWhileTheStatefulSetWaits() {
        Simulation sim = cluster(7);
        sim.actions().scale(NS, "kubia", 3);
        assertThat(sim.runUntil(() -> allReady(sim, 3) && sim.actions().pod(NS, "kubia-2") != null
                && Pods.isRunningAndReady(sim.actions().pod(NS, "kubia-2")), Duration.ofMinutes(3))).isTrue();
        String lost = Pods.nodeName(sim.actions().pod(NS, "kubia-0"));
        Set<String> onLost = names(rsPods(sim).stream().filter(p -> lost.equals(Pods.nodeName(p))).toList());
        sim.actions().disconnectNode(lost);
        // 40 s until NotReady, then the 300 s tolerations: evicted at ~345 s
        assertThat(sim.runUntil(() -> Pods.isTerminating(sim.actions().pod(NS, "kubia-0")), Duration.ofMinutes(7))).isTrue();
        sim.runFor(Duration.ofSeconds(5));
        List<Pod> active = active(rsPods(sim));
        assertThat(active).hasSize(3).noneMatch(p -> lost.equals(Pods.nodeName(p)));
        assertThat(names(active)).doesNotContainAnyElementsOf(onLost);
        sim.runFor(Duration.ofMinutes(5));
        assertThat(Pods.isTerminating(sim.actions().pod(NS, "kubia-0"))).as("at most one kubia-0: it waits").isTrue();
        assertThat(rsPods(sim).stream().filter(Pods::isTerminating).map(p -> p.getMetadata().getName()).toList())
                .containsExactlyInAnyOrderElementsOf(onLost);
    }

    @Test
    void aGeneratedNameThatIsTakenFailsTheCreateAndTheNextSyncRetries() {
        Simulation first = cluster(8);
        first.runFor(Duration.ofSeconds(1));
        String firstName = events(first, "SuccessfulCreate").get(0).substring("Created pod: ".length());
        Simulation sim = Simulation.emptyCluster(8, Profile.MODERN);
        sim.api().create(new PodBuilder().withNewMetadata().withName(firstName).withNamespace(NS)
                .withLabels(Map.of("app", "other")).endMetadata()
                .withNewSpec().addNewContainer().withName("c").withImage("busybox").endContainer().endSpec().build());
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        sim.apply(Manifests.bundled("kubia-statefulset.yaml"));
        sim.apply(Manifests.bundled("kubia-replicaset.yaml"));
        List<String> seen = new java.util.ArrayList<>();
        sim.watch(e -> {
            if (e.object() instanceof Event ev && e.type() == dev.stsviz.sim.apiserver.WatchEvent.Type.ADDED) {
                seen.add(sim.engine().nowMillis() + " " + ev.getReason() + ": " + ev.getMessage());
            } else if (e.object() instanceof ReplicaSet r && r.getStatus() != null && !r.getStatus().getConditions().isEmpty()) {
                var c = r.getStatus().getConditions().get(0);
                seen.add(sim.engine().nowMillis() + " condition " + c.getType() + " " + c.getReason());
            }
        });
        sim.runFor(Duration.ofMillis(500));
        List<String> rsEvents = seen.stream().filter(l -> l.contains("Error creating") || l.contains("Created pod") || l.contains("condition")).toList();
        assertThat(rsEvents.get(0)).endsWith("FailedCreate: Error creating: pods \"" + firstName
                + "\" already exists, the server was not able to generate a unique name for the object");
        // slow start: the first batch of one failed, so that sync tried no more; it recorded the failure
        long failedAt = Long.parseLong(rsEvents.get(0).split(" ")[0]);
        assertThat(rsEvents.get(1)).isEqualTo(failedAt + " condition ReplicaFailure FailedCreate");
        assertThat(rsEvents.stream().filter(l -> l.contains("SuccessfulCreate"))).hasSize(3)
                .allMatch(l -> Long.parseLong(l.split(" ")[0]) > failedAt);
        assertThat(sim.runUntil(() -> allReady(sim, 3), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(1));
        assertThat(rs(sim).getStatus().getConditions()).isEmpty();
    }

    @Test
    void theApiRequiresASelectorThatMatchesTheTemplateAndDefaultsReplicas() {
        Simulation sim = Simulation.emptyCluster(9, Profile.MODERN);
        ReplicaSet manifest = (ReplicaSet) Manifests.bundled("kubia-replicaset.yaml").get(0);
        ReplicaSet noSelector = new ReplicaSetBuilder(manifest).editSpec().withSelector(null).endSpec().build();
        assertThatThrownBy(() -> sim.api().create(noSelector)).isInstanceOf(ApiException.class)
                .hasMessage("Error from server (Invalid): replicaset \"kubia-rs\" is invalid: spec.selector: Required value");
        ReplicaSet mismatch = new ReplicaSetBuilder(manifest).editSpec().editSelector().withMatchLabels(Map.of("app", "x"))
                .endSelector().endSpec().build();
        assertThatThrownBy(() -> sim.api().create(mismatch)).isInstanceOf(ApiException.class)
                .hasMessageContaining("`selector` does not match template `labels`");
        ReplicaSet noReplicas = new ReplicaSetBuilder(manifest).editSpec().withReplicas(null).endSpec().build();
        HasMetadata created = sim.api().create(noReplicas);
        assertThat(((ReplicaSet) created).getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void theSharedClaimRunsEveryReplicaOnMinikubeButMultiAttachesOnGke() {
        Simulation minikube = cluster(10);
        assertThat(minikube.runUntil(() -> allReady(minikube, 3), Duration.ofMinutes(2))).isTrue();
        assertThat(rsPods(minikube).stream().map(Pods::nodeName).distinct().count()).as("hostPath: any node mounts it")
                .isGreaterThan(1);

        // GKE: the claim waits for its first consumer, and the node picked for provisioning takes every replica
        // (the scheduler's volume binding skips other nodes for a claim with a selected node)
        Simulation gke = cluster(10, ClusterPreset.GKE);
        assertThat(gke.runUntil(() -> allReady(gke, 3), Duration.ofMinutes(3))).isTrue();
        Set<String> nodes = rsPods(gke).stream().map(Pods::nodeName).collect(Collectors.toSet());
        assertThat(nodes).hasSize(1);
        // a replacement spreads to another node, where the disk, attached to the first one, cannot follow
        gke.actions().deletePod(NS, rsPods(gke).get(0).getMetadata().getName());
        gke.runFor(Duration.ofMinutes(2));
        List<Pod> elsewhere = active(rsPods(gke)).stream().filter(p -> !nodes.contains(Pods.nodeName(p))).toList();
        assertThat(elsewhere).isNotEmpty().noneMatch(Pods::isRunningAndReady);
        assertThat(gke.api().list(Event.class, Kinds.EVENT, NS)).anyMatch(e -> "FailedAttachVolume".equals(e.getReason())
                && e.getMessage().contains("Multi-Attach error"));
    }
}
