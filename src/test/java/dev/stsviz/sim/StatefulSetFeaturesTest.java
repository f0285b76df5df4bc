package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.cluster.print.PvcPrinter;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * StatefulSet spec fields beyond replicas: ordinals.start, minReadySeconds, persistentVolumeClaimRetentionPolicy, and
 * what deleting the set or a claim does ({@code pkg/controller/statefulset}, {@code pkg/controller/garbagecollector},
 * {@code pkg/controller/volume/pvcprotection}).
 */
class StatefulSetFeaturesTest {
    private final Simulation sim = Simulation.emptyCluster(7, Profile.MODERN);
    private final Kubectl kubectl = new Kubectl(sim);
    private final TreeMap<String, Long> addedAt = new TreeMap<>();
    private final TreeMap<String, Long> goneAt = new TreeMap<>();

    StatefulSetFeaturesTest() {
        sim.watch(e -> {
            String key = e.object().getKind() + "/" + e.object().getMetadata().getName();
            if (e.type() == WatchEvent.Type.ADDED) {
                addedAt.putIfAbsent(key, sim.engine().nowMillis());
            } else if (e.type() == WatchEvent.Type.DELETED) {
                goneAt.put(key, sim.engine().nowMillis());
            }
        });
    }

    private void start(int replicas, UnaryOperator<StatefulSetBuilder> tweak) {
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        StatefulSet set = tweak.apply(new StatefulSetBuilder(base).editSpec().withReplicas(replicas).endSpec()).build();
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        sim.apply(List.<HasMetadata>of(set));
    }

    private StatefulSet statefulSet() {
        return sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
    }

    private List<String> podNames() {
        return kubectl.podList().stream().map(p -> p.getMetadata().getName()).toList();
    }

    private List<String> claimNames() {
        return sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, "default").stream().map(c -> c.getMetadata().getName()).toList();
    }

    private String claimStatus(String claim) {
        PersistentVolumeClaim pvc = kubectl.claim(claim);
        return pvc == null ? "<gone>" : PvcPrinter.status(pvc);
    }

    private PersistentVolume volume(String name) {
        return sim.api().get(PersistentVolume.class, Kinds.PV, null, name);
    }

    // getStartOrdinal / getPodName (stateful_set_utils.go, StatefulSetStartOrdinal): ordinals run from
    // spec.ordinals.start; names, hostnames, claims and the pod-index label follow.
    @Test
    void ordinalsStartNamesPodsAndClaimsFromTheStartOrdinal() {
        start(2, b -> b.editSpec().withNewOrdinals().withStart(5).endOrdinals().endSpec());
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-6"), Duration.ofMinutes(1))).isTrue();
        assertThat(podNames()).containsExactly("kubia-5", "kubia-6");
        assertThat(claimNames()).containsExactly("data-kubia-5", "data-kubia-6");
        assertThat(addedAt.get("Pod/kubia-6")).isGreaterThan(addedAt.get("Pod/kubia-5"));
        Pod pod = kubectl.pod("kubia-6");
        assertThat(pod.getSpec().getHostname()).isEqualTo("kubia-6");
        assertThat(pod.getMetadata().getLabels()).containsEntry("apps.kubernetes.io/pod-index", "6")
                .containsEntry("statefulset.kubernetes.io/pod-name", "kubia-6");
        assertThat(Pods.claimNames(pod)).containsExactly("data-kubia-6");

        // scale-down removes the highest ordinal, kubia-6
        sim.actions().scale("default", "kubia", 1);
        assertThat(sim.runUntil(() -> kubectl.podList().size() == 1, Duration.ofMinutes(1))).isTrue();
        assertThat(podNames()).containsExactly("kubia-5");
    }

    // processReplica: "If we have a Pod that has been created but is not available we can not make progress";
    // computeReplicaStatus counts availableReplicas only after minReadySeconds (podutil.IsPodAvailable).
    @Test
    void minReadySecondsDelaysTheNextPodAndAvailableReplicasLagsReady() {
        start(2, b -> b.editSpec().withMinReadySeconds(10).endSpec());
        TreeMap<Long, String> statusTimeline = new TreeMap<>();
        sim.watch(e -> {
            if (e.object() instanceof StatefulSet s && s.getStatus() != null && s.getStatus().getReadyReplicas() != null) {
                statusTimeline.put(sim.engine().nowMillis(), s.getStatus().getReadyReplicas() + "/" + s.getStatus().getAvailableReplicas());
            }
        });
        long[] readyAt = {-1};
        sim.watch(e -> {
            if (readyAt[0] < 0 && e.object() instanceof Pod p && "kubia-0".equals(p.getMetadata().getName()) && Pods.isRunningAndReady(p)) {
                readyAt[0] = sim.engine().nowMillis();
            }
        });

        assertThat(sim.runUntil(() -> readyAt[0] >= 0, Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofSeconds(8));
        assertThat(podNames()).containsExactly("kubia-0");
        assertThat(statefulSet().getStatus().getReadyReplicas()).isEqualTo(1);
        assertThat(statefulSet().getStatus().getAvailableReplicas()).isEqualTo(0);
        assertThat(sim.waitingFor("default", "kubia")).contains("kubia-0").contains("available");

        assertThat(sim.runUntil(() -> kubectl.pod("kubia-1") != null, Duration.ofSeconds(10))).isTrue();
        // Ready's lastTransitionTime has second precision, so "10 s" can start up to 1 s early
        assertThat(addedAt.get("Pod/kubia-1") - readyAt[0]).isBetween(9_000L, 11_000L);
        // the sync's status request reaches the API server a round trip after its pod
        assertThat(sim.runUntil(() -> statefulSet().getStatus().getReplicas() == 2, Duration.ofSeconds(1))).isTrue();
        assertThat(statefulSet().getStatus().getAvailableReplicas()).isEqualTo(1);

        assertThat(sim.runUntil(() -> statefulSet().getStatus().getAvailableReplicas() == 2, Duration.ofSeconds(30))).isTrue();
        assertThat(statusTimeline.values()).containsSubsequence("1/0", "1/1", "2/1", "2/2");
    }

    // whenScaled: Delete -- the condemned pod becomes the claim's owner (updateClaimOwnerRefForSetAndPod), so the
    // garbage collector deletes data-kubia-2 once kubia-2 is gone; the provisioned PV follows (reclaim Delete).
    @Test
    void whenScaledDeleteRemovesTheClaimAndItsVolumeAfterScaleDown() {
        start(3, b -> b.editSpec().withNewPersistentVolumeClaimRetentionPolicy().withWhenScaled("Delete")
                .withWhenDeleted("Retain").endPersistentVolumeClaimRetentionPolicy().endSpec());
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        String volume2 = kubectl.claim("data-kubia-2").getSpec().getVolumeName();
        assertThat(volume(volume2).getSpec().getPersistentVolumeReclaimPolicy()).isEqualTo("Delete");

        sim.actions().scale("default", "kubia", 2);
        sim.runFor(Duration.ofSeconds(1));
        assertThat(kubectl.claim("data-kubia-2").getMetadata().getOwnerReferences())
                .anyMatch(r -> "Pod".equals(r.getKind()) && "kubia-2".equals(r.getName()));
        assertThat(sim.runUntil(() -> kubectl.claim("data-kubia-2") == null && volume(volume2) == null, Duration.ofMinutes(2))).isTrue();
        assertThat(goneAt.get("PersistentVolumeClaim/data-kubia-2")).isGreaterThanOrEqualTo(goneAt.get("Pod/kubia-2"));
        assertThat(claimNames()).containsExactly("data-kubia-0", "data-kubia-1");
        assertThat(claimStatus("data-kubia-1")).isEqualTo("Bound");

        // scaling up again gets a fresh, empty claim
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(1))).isTrue();
        assertThat(kubectl.claim("data-kubia-2").getSpec().getVolumeName()).isNotEqualTo(volume2);
    }

    // whenScaled: Retain (the default): the claim stays Bound with no pod, and comes back on scale-up.
    @Test
    void whenScaledRetainKeepsTheClaimBound() {
        start(3, b -> b);
        assertThat(statefulSet().getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenScaled()).isEqualTo("Retain");
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        String volume2 = kubectl.claim("data-kubia-2").getSpec().getVolumeName();
        sim.actions().scale("default", "kubia", 2);
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-2") == null, Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofMinutes(2));
        assertThat(claimStatus("data-kubia-2")).isEqualTo("Bound");
        assertThat(kubectl.claim("data-kubia-2").getMetadata().getOwnerReferences()).isEmpty();
        assertThat(volume(volume2)).isNotNull();
    }

    // whenDeleted: Delete -- the set owns every claim; background GC deletes set -> pods and claims; pvc-protection
    // keeps each claim Terminating until its pod is gone.
    @Test
    void whenDeletedDeleteRemovesAllClaimsWithTheSet() {
        start(3, b -> b.editSpec().withNewPersistentVolumeClaimRetentionPolicy().withWhenDeleted("Delete")
                .withWhenScaled("Retain").endPersistentVolumeClaimRetentionPolicy().endSpec());
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        String setUid = statefulSet().getMetadata().getUid();
        assertThat(kubectl.claim("data-kubia-0").getMetadata().getOwnerReferences())
                .anyMatch(r -> "StatefulSet".equals(r.getKind()) && setUid.equals(r.getUid()));

        sim.actions().delete("StatefulSet", "default", "kubia", null);
        sim.runFor(Duration.ofSeconds(1));
        assertThat(statefulSet()).isNull();
        assertThat(claimNames()).allMatch(c -> claimStatus(c).equals("Terminating"));
        assertThat(kubectl.podList()).allMatch(p -> PodPrinter.status(p).equals("Terminating"));

        assertThat(sim.runUntil(() -> kubectl.podList().isEmpty() && claimNames().isEmpty(), Duration.ofMinutes(2))).isTrue();
        // the released volumes follow their claims (reclaim policy Delete of StorageClass standard)
        assertThat(sim.runUntil(() -> sim.api().list(PersistentVolume.class, Kinds.PV, null).isEmpty(), Duration.ofSeconds(30))).isTrue();
    }

    // processReplica enforces ClaimsMatchRetentionPolicy on every healthy pod: switching a live set to whenDeleted
    // Delete adds the set's owner reference to the claims that already exist.
    @Test
    void changingTheRetentionPolicyOfALiveSetUpdatesExistingClaims() {
        start(2, b -> b);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        assertThat(kubectl.claim("data-kubia-0").getMetadata().getOwnerReferences()).isEmpty();
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        sim.apply(List.<HasMetadata>of(new StatefulSetBuilder(base).editSpec().withNewPersistentVolumeClaimRetentionPolicy()
                .withWhenDeleted("Delete").withWhenScaled("Retain").endPersistentVolumeClaimRetentionPolicy().endSpec().build()));
        sim.runFor(Duration.ofSeconds(1));
        String setUid = statefulSet().getMetadata().getUid();
        for (String claim : List.of("data-kubia-0", "data-kubia-1")) {
            assertThat(kubectl.claim(claim).getMetadata().getOwnerReferences())
                    .anyMatch(r -> "StatefulSet".equals(r.getKind()) && setUid.equals(r.getUid()));
        }
        sim.actions().delete("StatefulSet", "default", "kubia", null);
        assertThat(sim.runUntil(() -> claimNames().isEmpty() && kubectl.podList().isEmpty(), Duration.ofMinutes(2))).isTrue();
    }

    // whenDeleted: Retain (the default): deleting the set leaves the claims Bound; the pods still go (owner refs).
    @Test
    void deletingTheSetDeletesItsPodsButRetainsTheClaims() {
        start(3, b -> b);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(10));

        sim.actions().delete("StatefulSet", "default", "kubia", null);
        sim.runFor(Duration.ofSeconds(1));
        // background cascading deletion: the garbage collector deletes all pods at once, not in ordinal order
        assertThat(kubectl.podSummary().lines().map(l -> l.substring(0, l.lastIndexOf(' '))).toList())
                .containsExactly("kubia-0 1/1 Terminating", "kubia-1 1/1 Terminating", "kubia-2 1/1 Terminating");
        assertThat(sim.runUntil(() -> kubectl.podList().isEmpty(), Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofMinutes(1));
        assertThat(claimNames()).containsExactly("data-kubia-0", "data-kubia-1", "data-kubia-2");
        assertThat(claimNames()).allMatch(c -> claimStatus(c).equals("Bound"));
        assertThat(kubectl.podList()).isEmpty();
    }

    // pvcprotection: a claim in use by a pod keeps the kubernetes.io/pvc-protection finalizer and prints Terminating
    // until no pod uses it; a pod is not created for a claim that is being deleted.
    @Test
    void aClaimDeletedWhileInUseStaysTerminatingUntilItsPodIsGone() {
        start(1, b -> b);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        String claimUid = kubectl.claim("data-kubia-0").getMetadata().getUid();
        String volume = kubectl.claim("data-kubia-0").getSpec().getVolumeName();
        String podUid = kubectl.pod("kubia-0").getMetadata().getUid();

        List<String> createdWithADeletingClaim = new ArrayList<>();
        sim.watch(e -> {
            if (e.type() == WatchEvent.Type.ADDED && e.object() instanceof Pod p) {
                PersistentVolumeClaim claim = kubectl.claim("data-kubia-0");
                if (claim != null && claim.getMetadata().getDeletionTimestamp() != null) {
                    createdWithADeletingClaim.add(p.getMetadata().getName());
                }
            }
        });
        sim.actions().delete("PersistentVolumeClaim", "default", "data-kubia-0", null);
        sim.runFor(Duration.ofMinutes(5));
        assertThat(claimStatus("data-kubia-0")).isEqualTo("Terminating");
        assertThat(kubectl.claim("data-kubia-0").getMetadata().getFinalizers()).containsExactly("kubernetes.io/pvc-protection");
        assertThat(kubectl.pod("kubia-0").getMetadata().getUid()).isEqualTo(podUid);
        assertThat(kubectl.healthy("kubia-0")).isTrue();

        sim.actions().deletePod("default", "kubia-0");
        assertThat(sim.runUntil(() -> kubectl.claim("data-kubia-0") == null
                || !claimUid.equals(kubectl.claim("data-kubia-0").getMetadata().getUid()), Duration.ofMinutes(1))).isTrue();
        // the claim went only after the pod had left the API
        assertThat(goneAt.get("PersistentVolumeClaim/data-kubia-0")).isGreaterThanOrEqualTo(goneAt.get("Pod/kubia-0"));
        // the replacement pod gets a brand-new claim and volume: the data is gone
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(kubectl.claim("data-kubia-0").getMetadata().getUid()).isNotEqualTo(claimUid);
        assertThat(kubectl.claim("data-kubia-0").getSpec().getVolumeName()).isNotEqualTo(volume);
        assertThat(createdWithADeletingClaim).isEmpty();
    }

    // stateful_pod_control.go createPersistentVolumeClaims: "pvc ... is being deleted" fails CreateStatefulPod
    // (FailedCreate event, retried with backoff); the pod is created, with a fresh claim, once the old claim is gone.
    @Test
    void aPodIsNotRecreatedWhileItsClaimIsBeingDeleted() {
        start(1, b -> b);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(1))).isTrue();
        String claimUid = kubectl.claim("data-kubia-0").getMetadata().getUid();
        PersistentVolumeClaim held = Copies.copy(kubectl.claim("data-kubia-0"));
        held.getMetadata().setFinalizers(new ArrayList<>(List.of("kubernetes.io/pvc-protection", "example.com/hold")));
        sim.api().update(held);
        sim.actions().delete("PersistentVolumeClaim", "default", "data-kubia-0", null);
        sim.actions().deletePod("default", "kubia-0");
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-0") == null, Duration.ofMinutes(1))).isTrue();

        sim.runFor(Duration.ofMinutes(2));
        assertThat(kubectl.pod("kubia-0")).isNull();
        assertThat(claimStatus("data-kubia-0")).isEqualTo("Terminating");
        assertThat(kubectl.claim("data-kubia-0").getMetadata().getFinalizers()).containsExactly("example.com/hold");
        assertThat(sim.api().list(Event.class, Kinds.EVENT, "default").stream()
                .filter(e -> "FailedCreate".equals(e.getReason())).map(e -> e.getType() + " " + e.getMessage()).distinct())
                .containsExactly("Warning create Pod kubia-0 in StatefulSet kubia failed error: pvc data-kubia-0 is being deleted");
        // the failed sync is requeued with client-go's per-item exponential backoff (5 ms doubling): about 15 attempts
        // in these two and a half minutes, not one every 5 ms
        Event failed = sim.api().list(Event.class, Kinds.EVENT, "default").stream()
                .filter(e -> "FailedCreate".equals(e.getReason())).findFirst().orElseThrow();
        assertThat(failed.getCount()).isBetween(10, 25);

        PersistentVolumeClaim released = Copies.copy(kubectl.claim("data-kubia-0"));
        released.getMetadata().setFinalizers(new ArrayList<>());
        sim.api().update(released);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-0"), Duration.ofMinutes(10))).isTrue();
        assertThat(kubectl.claim("data-kubia-0").getMetadata().getUid()).isNotEqualTo(claimUid);
    }

    // pvcprotection podUsesPVC: "Check whether pvc is used by pod only if pod is scheduled" -- an unscheduled Pending
    // pod does not hold its claim; the StatefulSet then recreates the missing claim for the Pending pod
    // (processReplica: isPending -> createMissingPersistentVolumeClaims) and the pod starts once it can be scheduled.
    @Test
    void aClaimOfAnUnscheduledPendingPodIsDeletedAndRecreated() {
        start(2, b -> b);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1"), Duration.ofMinutes(1))).isTrue();
        Simulation.DEFAULT_NODES.forEach(n -> sim.actions().cordon(n));
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.pod("kubia-2") != null && "Bound".equals(claimStatus("data-kubia-2"))
                && Pods.condition(kubectl.pod("kubia-2"), "PodScheduled") != null, Duration.ofSeconds(30))).isTrue();
        sim.runFor(Duration.ofSeconds(10));
        assertThat(PodPrinter.status(kubectl.pod("kubia-2"))).isEqualTo("Pending");
        assertThat(kubectl.pod("kubia-2").getSpec().getNodeName()).isNull();
        String claimUid = kubectl.claim("data-kubia-2").getMetadata().getUid();

        sim.actions().delete("PersistentVolumeClaim", "default", "data-kubia-2", null);
        assertThat(sim.runUntil(() -> kubectl.claim("data-kubia-2") == null
                || !claimUid.equals(kubectl.claim("data-kubia-2").getMetadata().getUid()), Duration.ofSeconds(30))).isTrue();

        Simulation.DEFAULT_NODES.forEach(n -> sim.actions().uncordon(n));
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(5))).isTrue();
        assertThat(kubectl.claim("data-kubia-2").getMetadata().getUid()).isNotEqualTo(claimUid);
        assertThat(claimStatus("data-kubia-2")).isEqualTo("Bound");
    }
}
