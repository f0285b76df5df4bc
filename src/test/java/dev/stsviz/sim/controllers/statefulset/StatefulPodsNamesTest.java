package dev.stsviz.sim.controllers.statefulset;

import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.StatefulSets;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The allocation-free name checks agree with the definitions they replace (getParentName, getPersistentVolumeClaimName). */
class StatefulPodsNamesTest {

    @Property(tries = 3000, seed = "20261128")
    void membershipMatchesGetParentName(@ForAll("names") String set, @ForAll("names") String pod) {
        StatefulSet s = new StatefulSetBuilder().withNewMetadata().withName(set).endMetadata().build();
        Pod p = new PodBuilder().withNewMetadata().withName(pod).endMetadata().build();
        assertThat(StatefulSets.isMemberOf(s, p)).isEqualTo(set.equals(Pods.parentName(pod)));
    }

    @Property(tries = 3000, seed = "20261128")
    void claimNameCheckMatchesTheBuiltName(@ForAll("names") String set, @ForAll("names") String template,
                                           @ForAll("names") String claim, @ForAll("ordinals") int ordinal) {
        StatefulSet s = new StatefulSetBuilder().withNewMetadata().withName(set).endMetadata().build();
        PersistentVolumeClaim t = new PersistentVolumeClaimBuilder().withNewMetadata().withName(template).endMetadata().build();
        String built = StatefulPods.claimName(s, t, ordinal);
        assertThat(StatefulPods.isClaimName(built, s, t, ordinal)).isEqualTo(ordinal >= 0);
        assertThat(StatefulPods.isClaimName(claim, s, t, ordinal)).isEqualTo(ordinal >= 0 && built.equals(claim));
    }

    @Provide
    Arbitrary<String> names() {
        // short names over a tiny alphabet, so that real matches and near misses (extra dashes, digits) are common
        Arbitrary<String> random = Arbitraries.strings().withChars("ab-0123").ofMinLength(1).ofMaxLength(9);
        return Arbitraries.oneOf(random, Arbitraries.of("data", "kubia", "data-kubia-1", "data-kubia-10", "kubia-0", "kubia-01",
                "data-kubia-x", "data--kubia-1", "kubia-web-2"));
    }

    @Provide
    Arbitrary<Integer> ordinals() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1, 12), Arbitraries.of(100, 999, 1000, Integer.MAX_VALUE));
    }
}
