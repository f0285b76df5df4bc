package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.StatefulSetFields;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.engine.Engine;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The StatefulSet fields behind feature gates, on and off as the profiles' capabilities say: off, the API server drops
 * the field on write (as a 1.24 server does with ordinals.start and the PVC retention policy) and the controller acts as
 * if it were never set.
 */
class StatefulSetFeatureGatesTest {
    /** The chapter's set with every gated field: ordinals from 3, 5 s minReadySeconds, claims deleted with the set. */
    private static StatefulSet gatedSet() {
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        return new StatefulSetBuilder(base).editSpec().withReplicas(1).withMinReadySeconds(5)
                .withNewOrdinals(3).withNewPersistentVolumeClaimRetentionPolicy("Delete", "Delete").endSpec().build();
    }

    private static Simulation started(Profile profile) {
        Simulation sim = Simulation.emptyCluster(3, profile);
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        sim.apply(List.<HasMetadata>of(gatedSet()));
        return sim;
    }

    private static StatefulSet set(Simulation sim) {
        return sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
    }

    private static boolean healthy(Simulation sim, String pod) {
        return new Kubectl(sim).healthy(pod);
    }

    @Test
    void startOrdinalOnTheFirstPodIsTheStart() {
        Simulation sim = started(Profile.MODERN);
        assertThat(set(sim).getSpec().getOrdinals().getStart()).isEqualTo(3);
        assertThat(sim.runUntil(() -> healthy(sim, "kubia-3"), Duration.ofMinutes(1))).isTrue();
        assertThat(new Kubectl(sim).pod("kubia-0")).isNull();
    }

    @Test
    void startOrdinalOffTheServerDropsItAndTheFirstPodIsZero() {
        Simulation sim = started(Profile.V1_24);
        assertThat(set(sim).getSpec().getOrdinals()).isNull();
        assertThat(sim.runUntil(() -> healthy(sim, "kubia-0"), Duration.ofMinutes(1))).isTrue();
        assertThat(new Kubectl(sim).pod("kubia-3")).isNull();
    }

    @Test
    void autoDeletePvcOnTheSetOwnsItsClaims() {
        Simulation sim = started(Profile.MODERN);
        assertThat(set(sim).getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenDeleted()).isEqualTo("Delete");
        assertThat(sim.runUntil(() -> healthy(sim, "kubia-3"), Duration.ofMinutes(1))).isTrue();
        assertThat(claimOwners(sim, "data-kubia-3")).extracting(OwnerReference::getKind).containsExactly("StatefulSet");
    }

    @Test
    void autoDeletePvcOffTheServerDropsThePolicyUndefaultedAndTheClaimsHaveNoOwner() {
        Simulation sim = started(Profile.V1_24);
        assertThat(set(sim).getSpec().getPersistentVolumeClaimRetentionPolicy()).isNull();
        assertThat(sim.runUntil(() -> healthy(sim, "kubia-0"), Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofSeconds(30));
        assertThat(claimOwners(sim, "data-kubia-0")).isEmpty();
        // scaled down, the pod's claim stays (whenScaled Delete would have removed it)
        sim.actions().scale("default", "kubia", 0);
        sim.runFor(Duration.ofMinutes(1));
        assertThat(sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", "data-kubia-0")).isNotNull();
    }

    @Test
    void minReadySecondsOnAvailableFollowsReadyByTheMinimum() {
        Simulation sim = started(Profile.V1_24);
        assertThat(set(sim).getSpec().getMinReadySeconds()).isEqualTo(5);
        assertThat(sim.runUntil(() -> ready(sim) == 1, Duration.ofMinutes(1))).isTrue();
        assertThat(set(sim).getStatus().getAvailableReplicas()).isZero();
        assertThat(sim.runUntil(() -> available(sim) == 1, Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void minReadySecondsOffTheServerDropsItAndAvailableEqualsReady() {
        ApiServer api = new ApiServer(new Engine(Simulation.EPOCH, 1));
        api.admission().setStatefulSetFields(new StatefulSetFields(false, true, true));
        StatefulSet created = api.create(gatedSet());
        assertThat(created.getSpec().getMinReadySeconds()).isZero();
        assertThat(created.getSpec().getOrdinals().getStart()).isEqualTo(3);
        StatefulSet edited = new StatefulSetBuilder(created).editSpec().withMinReadySeconds(9).endSpec().build();
        assertThat(api.update(edited).getSpec().getMinReadySeconds()).isZero();
    }

    @Test
    void aFieldAlreadyInUseSurvivesAnUpdateWithItsGateOff() {
        ApiServer api = new ApiServer(new Engine(Simulation.EPOCH, 1));
        StatefulSet created = api.create(gatedSet());
        api.admission().setStatefulSetFields(new StatefulSetFields(false, false, false));
        StatefulSet updated = api.update(new StatefulSetBuilder(created).editSpec().withReplicas(2).endSpec().build());
        assertThat(updated.getSpec().getOrdinals().getStart()).isEqualTo(3);
        assertThat(updated.getSpec().getMinReadySeconds()).isEqualTo(5);
        assertThat(updated.getSpec().getPersistentVolumeClaimRetentionPolicy().getWhenScaled()).isEqualTo("Delete");
    }

    private static int ready(Simulation sim) {
        Integer n = set(sim).getStatus() == null ? null : set(sim).getStatus().getReadyReplicas();
        return n == null ? 0 : n;
    }

    private static int available(Simulation sim) {
        Integer n = set(sim).getStatus() == null ? null : set(sim).getStatus().getAvailableReplicas();
        return n == null ? 0 : n;
    }

    private static List<OwnerReference> claimOwners(Simulation sim, String claim) {
        return sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", claim).getMetadata().getOwnerReferences();
    }
}
