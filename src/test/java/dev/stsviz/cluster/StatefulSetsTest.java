package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link StatefulSets}: the API's defaults for unset fields, the ordinal range, membership and the roll out. */
class StatefulSetsTest {

    private static StatefulSetBuilder set() {
        return new StatefulSetBuilder().withNewMetadata().withName("kubia").withNamespace("default").withUid("uid-kubia")
                .endMetadata().withNewSpec().endSpec();
    }

    private static PodBuilder pod(String name) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata();
    }

    @Test
    void unsetFieldsTakeTheApiDefaults() {
        StatefulSet bare = set().build();
        assertThat(StatefulSets.replicas(bare)).isEqualTo(1);
        assertThat(StatefulSets.startOrdinal(bare)).isZero();
        assertThat(StatefulSets.endOrdinal(bare)).isZero();
        assertThat(StatefulSets.updateStrategyType(bare)).isEqualTo("RollingUpdate");
        assertThat(StatefulSets.partition(bare)).isZero();
        assertThat(StatefulSets.revisionOf(pod("kubia-0").build())).isNull();
    }

    @Test
    void theOrdinalRangeStartsAtOrdinalsStart() {
        StatefulSet set = set().editSpec().withReplicas(2).withNewOrdinals().withStart(3).endOrdinals().endSpec().build();
        assertThat(StatefulSets.endOrdinal(set)).isEqualTo(4);
        assertThat(StatefulSets.inOrdinalRange(pod("kubia-2").build(), set)).isFalse();
        assertThat(StatefulSets.inOrdinalRange(pod("kubia-3").build(), set)).isTrue();
        assertThat(StatefulSets.inOrdinalRange(pod("kubia-4").build(), set)).isTrue();
        assertThat(StatefulSets.inOrdinalRange(pod("kubia-5").build(), set)).isFalse();
        assertThat(StatefulSets.inOrdinalRange(pod("kubia-x").build(), set)).isFalse();
    }

    @Test
    void aPodBelongsByNameNamespaceAndControllerUid() {
        StatefulSet set = set().build();
        Pod owned = pod("kubia-0").editMetadata().addNewOwnerReference().withKind("StatefulSet").withName("kubia")
                .withUid("uid-kubia").withController(true).endOwnerReference().endMetadata().build();
        assertThat(StatefulSets.belongsToSet(set, owned)).isTrue();
        assertThat(StatefulSets.belongsToSet(set, pod("kubia-1").build())).as("an orphan is adopted").isTrue();
        assertThat(StatefulSets.belongsToSet(set, new PodBuilder(owned).editMetadata().withName("web-0").endMetadata().build())).isFalse();
        assertThat(StatefulSets.belongsToSet(set, new PodBuilder(owned).editMetadata().withNamespace("staging").endMetadata().build()))
                .isFalse();
        assertThat(StatefulSets.belongsToSet(set, new PodBuilder(owned).editMetadata().editFirstOwnerReference().withUid("uid-old")
                .endOwnerReference().endMetadata().build())).as("an earlier set of that name").isFalse();
    }

    @Test
    void aReplicaIsRolledOutFromThePartitionUpWhileTheRevisionsDiffer() {
        StatefulSet set = set().editSpec().withReplicas(3).withNewUpdateStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withPartition(1).endRollingUpdate().endUpdateStrategy().endSpec().build();
        assertThat(StatefulSets.rollingOut(set, 0, "old", "new")).isFalse();
        assertThat(StatefulSets.rollingOut(set, 1, "old", "new")).isTrue();
        assertThat(StatefulSets.rollingOut(set, 2, "new", "new")).isFalse();
        assertThat(StatefulSets.rollingOut(set, 2, "", "new")).isFalse();
        StatefulSet onDelete = set().editSpec().withNewUpdateStrategy().withType("OnDelete").endUpdateStrategy().endSpec().build();
        assertThat(StatefulSets.rollingOut(onDelete, 0, "old", "new")).isFalse();
    }
}
