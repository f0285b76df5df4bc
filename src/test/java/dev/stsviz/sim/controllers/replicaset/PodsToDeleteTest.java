package dev.stsviz.sim.controllers.replicaset;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The victim order of getPodsToDelete / ActivePodsWithRanks.Less (controller_utils.go, 1.24 gates). */
class PodsToDeleteTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static Pod pod(String name, String uid, String node, String phase, Boolean ready, String readySince, String created) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withUid(uid).withCreationTimestamp(created)
                .endMetadata().withNewSpec().withNodeName(node).endSpec().withNewStatus().withPhase(phase).endStatus();
        if (ready != null) {
            b.editStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "False")
                    .withLastTransitionTime(readySince).endCondition().endStatus();
        }
        return b.build();
    }

    @Test
    void unassignedThenPendingThenNotReadyThenReady() {
        Pod ready = pod("ready", "u1", "n1", "Running", true, "2026-11-28T09:00:00Z", "2026-11-28T08:59:00Z");
        Pod notReady = pod("not-ready", "u2", "n1", "Running", false, "2026-11-28T09:00:00Z", "2026-11-28T08:59:00Z");
        Pod pending = pod("pending", "u3", "n2", "Pending", null, null, "2026-11-28T08:59:00Z");
        Pod unassigned = pod("unassigned", "u4", null, "Pending", null, null, "2026-11-28T08:00:00Z");
        for (int seed = 0; seed < 20; seed++) {
            List<Pod> order = PodsToDelete.choose(List.of(ready, notReady, pending, unassigned), List.of(), 3, NOW, new Random(seed));
            assertThat(order).extracting(p -> p.getMetadata().getName()).containsExactly("unassigned", "pending", "not-ready");
        }
    }

    @Test
    void aLowerDeletionCostGoesFirstThenTheMoreRecentlyReadyOnALogScale() {
        Pod old = pod("old", "a", "n1", "Running", true, "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z");
        Pod young = pod("young", "b", "n1", "Running", true, "2026-11-28T09:59:00Z", "2026-11-28T09:59:00Z");
        assertThat(PodsToDelete.choose(List.of(old, young), List.of(), 1, NOW, new Random(1)).get(0).getMetadata().getName())
                .isEqualTo("young");
        Pod cheap = new PodBuilder(old).editMetadata().withAnnotations(Map.of(PodsToDelete.DELETION_COST, "-5")).endMetadata().build();
        assertThat(PodsToDelete.choose(List.of(cheap, young), List.of(), 1, NOW, new Random(1)).get(0).getMetadata().getName())
                .isEqualTo("old");
    }

    @Test
    void readyTimesInTheSamePowerOfTwoAreOrderedByUid() {
        // 600 s and 1000 s ago: both between 2^39 and 2^40 ns (550 s and 1100 s), one log2 rank; the smaller uid goes
        // first although the other became ready later
        Pod a = pod("a", "ffff", "n1", "Running", true, "2026-11-28T09:50:00Z", "2026-11-28T09:00:00Z");
        Pod b = pod("b", "0000", "n1", "Running", true, "2026-11-28T09:43:20Z", "2026-11-28T09:00:00Z");
        assertThat(PodsToDelete.logarithmicRankDiff(Instant.parse("2026-11-28T09:50:00Z"), Instant.parse("2026-11-28T09:43:20Z"), NOW)).isZero();
        assertThat(PodsToDelete.logarithmicRankDiff(Instant.parse("2026-11-28T09:50:00Z"), Instant.parse("2026-11-28T09:40:00Z"), NOW)).isEqualTo(-1);
        for (int seed = 0; seed < 10; seed++) {
            assertThat(PodsToDelete.choose(List.of(a, b), List.of(), 1, NOW, new Random(seed)).get(0).getMetadata().getName())
                    .isEqualTo("b");
        }
    }

    @Test
    void deletionCostsFollowGoParsing() {
        for (var e : Map.of("7", 7, "-3", -3, "0", 0, "+4", 0, "007", 0, "x", 0, "99999999999", 0).entrySet()) {
            Pod p = new PodBuilder().withNewMetadata().withAnnotations(Map.of(PodsToDelete.DELETION_COST, e.getKey())).endMetadata().build();
            assertThat(PodsToDelete.deletionCost(p)).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void podsEqualInEveryRespectGoInTheCachesRandomOrder() {
        Pod a = pod("a", "u1", "n1", "Running", true, "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z");
        Pod b = pod("b", "u2", "n1", "Running", true, "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z");
        java.util.Set<String> first = new java.util.TreeSet<>();
        for (int seed = 0; seed < 20; seed++) {
            Random cacheOrder = new Random(seed * 0x9E3779B97F4A7C15L); // spread: neighbouring seeds start alike
            first.add(PodsToDelete.choose(List.of(a, b), List.of(), 1, NOW, cacheOrder).get(0).getMetadata().getName());
        }
        assertThat(first).containsExactly("a", "b");
    }
}
