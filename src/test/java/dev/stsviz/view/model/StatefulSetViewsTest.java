package dev.stsviz.view.model;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A StatefulSet's card from its spec and status, and the marks and memory behind the tiles' identity lines. */
class StatefulSetViewsTest {

    private static StatefulSet web(int replicas) {
        return new StatefulSetBuilder().withNewMetadata().withName("web").withNamespace("default").endMetadata()
                .withNewSpec().withReplicas(replicas).withServiceName("nginx").withPodManagementPolicy("Parallel")
                .withNewOrdinals().withStart(5).endOrdinals()
                .withNewUpdateStrategy().withType("RollingUpdate").withNewRollingUpdate().withPartition(1).endRollingUpdate()
                .endUpdateStrategy().endSpec()
                .withNewStatus().withReadyReplicas(2).withUpdatedReplicas(1).withCurrentReplicas(2)
                .withCurrentRevision("web-7d9c6f5b8").withUpdateRevision("web-5c8f9b6d4c").endStatus().build();
    }

    private static PodView pod(String name, RevisionMark mark) {
        return new PodView("default", name, 0, "node", "1/1", "Running", 0, null, Instant.EPOCH, true, false, List.of(), null,
                new PodIdentity("uid", null, null, null, null, mark));
    }

    @Test
    void theCardReadsTheSpecAndStatus() {
        Map<String, PodView> pods = Map.of("web-5", pod("web-5", RevisionMark.OLD), "web-7", pod("web-7", RevisionMark.NEW));
        StatefulSetView card = StatefulSetViews.of(web(3), pods::get);
        assertThat(card.serviceName()).isEqualTo("nginx");
        assertThat(List.of(card.desired(), card.ready(), card.updated(), card.current())).containsExactly(3, 2, 1, 2);
        assertThat(card.podManagementPolicy()).isEqualTo("Parallel");
        assertThat(card.currentHash()).isEqualTo("7d9c6");
        assertThat(card.updateHash()).isEqualTo("5c8f9");
        assertThat(card.updating()).isTrue();
        // ordinals start at 5: the partition falls before web-6
        assertThat(card.partitionOrdinal()).isEqualTo(6);
        assertThat(card.chips()).containsExactly(new StatefulSetView.OrdinalChip(5, "web-5", true, RevisionMark.OLD),
                new StatefulSetView.OrdinalChip(6, "web-6", false, RevisionMark.UNKNOWN),
                new StatefulSetView.OrdinalChip(7, "web-7", true, RevisionMark.NEW));
    }

    @Test
    void aLargeSetHasCountsButNoChips() {
        StatefulSetView card = StatefulSetViews.of(web(StatefulSetViews.MAX_CHIPS + 1), name -> null);
        assertThat(card.chips()).isEmpty();
        assertThat(card.desired()).isEqualTo(StatefulSetViews.MAX_CHIPS + 1);
        assertThat(StatefulSetViews.readsPods(web(StatefulSetViews.MAX_CHIPS + 1))).isFalse();
        assertThat(StatefulSetViews.readsPods(web(3))).isTrue();
    }

    @Test
    void aSetWithoutStatusYetHasZeroCountsAndNoRevisions() {
        StatefulSet fresh = new StatefulSetBuilder(web(2)).withStatus(null).build();
        StatefulSetView card = StatefulSetViews.of(fresh, name -> null);
        assertThat(List.of(card.ready(), card.updated(), card.current())).containsExactly(0, 0, 0);
        assertThat(card.updating()).isFalse();
        assertThat(card.currentHash()).isNull();
    }

    @Test
    void marksCompareWithTheUpdateRevision() {
        assertThat(RevisionMark.of("kubia-b", "kubia-a", "kubia-b")).isEqualTo(RevisionMark.NEW);
        assertThat(RevisionMark.of("kubia-a", "kubia-a", "kubia-b")).isEqualTo(RevisionMark.OLD);
        assertThat(RevisionMark.of("kubia-b", "kubia-b", "kubia-b")).isEqualTo(RevisionMark.CURRENT);
        assertThat(RevisionMark.of(null, "kubia-a", "kubia-b")).isEqualTo(RevisionMark.UNKNOWN);
        assertThat(RevisionMark.NEW.text()).isEqualTo("new");
        assertThat(RevisionMark.OLD.text()).isEqualTo("old");
    }

    @Test
    void theHistoryPassesTheLastKnownIpToTheNextIncarnation() {
        IpHistory history = new IpHistory();
        history.observe(podObject("uid-1", "10.244.1.2"));
        history.observe(podObject("uid-2", null)); // recreated, no IP yet
        assertThat(history.previousIp("kubia-0", "uid-2")).isEqualTo("10.244.1.2");
        history.observe(podObject("uid-3", "10.244.2.3")); // recreated again before the second ever got an IP
        assertThat(history.previousIp("kubia-0", "uid-3")).isEqualTo("10.244.1.2");
        assertThat(history.previousIp("kubia-0", "uid-2")).isNull(); // not the current incarnation
        history.observe(podObject("uid-4", "10.244.0.4"));
        assertThat(history.previousIp("kubia-0", "uid-4")).isEqualTo("10.244.2.3");
        IpHistory.NONE.observe(podObject("uid-5", "10.0.0.1"));
        assertThat(IpHistory.NONE.previousIp("kubia-0", "uid-5")).isNull();
    }

    private static io.fabric8.kubernetes.api.model.Pod podObject(String uid, String ip) {
        return new io.fabric8.kubernetes.api.model.PodBuilder().withNewMetadata().withName("kubia-0").withUid(uid).endMetadata()
                .withNewStatus().withPodIP(ip).endStatus().build();
    }
}
