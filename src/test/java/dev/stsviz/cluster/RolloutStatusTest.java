package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** kubectl's StatefulSetStatusViewer, line by line, and the why-line quoting it during an update. */
class RolloutStatusTest {

    /** Three replicas, generation observed, revisions {@code current} → {@code update}. */
    private static StatefulSetBuilder kubia(Integer partition, String current, String update, int ready, int updated) {
        StatefulSetBuilder set = new StatefulSetBuilder().withNewMetadata().withName("kubia").withGeneration(2L).endMetadata()
                .withNewSpec().withReplicas(3).withNewUpdateStrategy().withType("RollingUpdate").endUpdateStrategy().endSpec()
                .withNewStatus().withObservedGeneration(2L).withReplicas(3).withReadyReplicas(ready).withUpdatedReplicas(updated)
                .withCurrentReplicas(3 - updated).withCurrentRevision(current).withUpdateRevision(update).endStatus();
        if (partition != null) {
            set.editSpec().editUpdateStrategy().withNewRollingUpdate().withPartition(partition).endRollingUpdate()
                    .endUpdateStrategy().endSpec();
        }
        return set;
    }

    private static String text(StatefulSet set) {
        return RolloutStatus.of(set).text();
    }

    @Test
    void waitsForTheSpecToBeObservedFirst() {
        StatefulSet set = kubia(0, "kubia-a", "kubia-a", 3, 3).editMetadata().withGeneration(3L).endMetadata().build();
        assertThat(text(set)).isEqualTo("Waiting for statefulset spec update to be observed...\n");
        assertThat(RolloutStatus.of(set).done()).isFalse();
    }

    @Test
    void readinessComesBeforeTheUpdateCount() {
        assertThat(text(kubia(0, "kubia-a", "kubia-b", 2, 1).build())).isEqualTo("Waiting for 1 pods to be ready...\n");
    }

    @Test
    void aPartitionCountsOnlyTheOrdinalsAtOrAboveIt() {
        assertThat(text(kubia(1, "kubia-a", "kubia-b", 3, 1).build()))
                .isEqualTo("Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...\n");
        RolloutStatus.Line done = RolloutStatus.of(kubia(1, "kubia-a", "kubia-b", 3, 2).build());
        assertThat(done.text()).isEqualTo("partitioned roll out complete: 2 new pods have been updated...\n");
        assertThat(done.done()).isTrue();
    }

    @Test
    void withoutRollingUpdateParametersItComparesRevisions() {
        assertThat(text(kubia(null, "kubia-a", "kubia-b", 3, 1).build()))
                .isEqualTo("waiting for statefulset rolling update to complete 1 pods at revision kubia-b...\n");
        assertThat(text(kubia(null, "kubia-b", "kubia-b", 3, 0).build()))
                .isEqualTo("statefulset rolling update complete 3 pods at revision kubia-b...\n");
    }

    @Test
    void onDeleteHasNoStatusViewer() {
        StatefulSet set = kubia(null, "kubia-a", "kubia-b", 3, 0).editSpec().editUpdateStrategy().withType("OnDelete")
                .endUpdateStrategy().endSpec().build();
        assertThat(RolloutStatus.of(set).error()).isEqualTo("error: rollout status is only available for RollingUpdate strategy type");
    }

    @Test
    void theWhyLineLeadsWithTheStatusOnlyWhileRevisionsDiffer() {
        StatefulSet rolling = kubia(2, "kubia-a", "kubia-b", 3, 0).build();
        assertThat(RolloutLine.of(rolling, "rolling update: replacing kubia-2")).isEqualTo(
                "Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated... — rolling update: replacing kubia-2");
        StatefulSet settled = kubia(0, "kubia-b", "kubia-b", 3, 3).build();
        assertThat(RolloutLine.of(settled, "up to date: 3/3 ready")).isEqualTo("up to date: 3/3 ready");
        StatefulSet onDelete = new StatefulSetBuilder(rolling).editSpec().editUpdateStrategy().withType("OnDelete")
                .endUpdateStrategy().endSpec().build();
        assertThat(RolloutLine.of(onDelete, "OnDelete: 3 pods run the old revision until deleted"))
                .isEqualTo("OnDelete: 3 pods run the old revision until deleted");
        StatefulSet noStatus = new StatefulSetBuilder(rolling).withStatus(null).build();
        assertThat(RolloutLine.of(noStatus, "creating kubia-0")).isEqualTo("creating kubia-0");
    }
}
