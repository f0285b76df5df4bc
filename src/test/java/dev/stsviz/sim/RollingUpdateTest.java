package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Updates ({@code stateful_set_control.go} updateStatefulSet: rolling update loop, partition, OnDelete short
 * circuit; {@code stateful_set_utils.go} newVersionedStatefulSetPod and completeRollingUpdate).
 */
class RollingUpdateTest {
    private static final String OLD_IMAGE = "luksa/kubia-pet";
    private static final String NEW_IMAGE = "luksa/kubia-pet-peers";
    private static final String REVISION = "controller-revision-hash";

    private final Simulation sim = Simulation.chapterCluster(7, Profile.MODERN);
    private final Kubectl kubectl = new Kubectl(sim);
    /** "kubia-N" per graceful deletion, in order, with what the other pods looked like at that moment. */
    private final List<String> deletionOrder = new ArrayList<>();
    private final Map<String, String> othersWhenDeleted = new LinkedHashMap<>();
    private final List<Integer> unavailableCounts = new ArrayList<>();
    private final List<String> revisionPairsDuringRollout = new ArrayList<>();

    private void recordRollout() {
        sim.watch(e -> {
            if (e.object() instanceof Pod p && e.oldObject() instanceof Pod old
                    && old.getMetadata().getDeletionTimestamp() == null && p.getMetadata().getDeletionTimestamp() != null) {
                deletionOrder.add(p.getMetadata().getName());
                othersWhenDeleted.put(p.getMetadata().getName(), summaryExcept(p.getMetadata().getName()));
            }
            if (e.object() instanceof Pod || e.type() == WatchEvent.Type.DELETED) {
                int replicas = statefulSet().getSpec().getReplicas();
                long healthy = kubectl.podList().stream().filter(Kubectl::healthy).count();
                unavailableCounts.add((int) (replicas - healthy));
            }
            if (e.object() instanceof StatefulSet s && s.getStatus() != null && s.getStatus().getUpdateRevision() != null) {
                revisionPairsDuringRollout.add(s.getStatus().getCurrentRevision() + "->" + s.getStatus().getUpdateRevision());
            }
        });
    }

    private String summaryExcept(String pod) {
        StringBuilder sb = new StringBuilder();
        for (Pod p : kubectl.podList()) {
            if (!p.getMetadata().getName().equals(pod)) {
                sb.append(p.getMetadata().getName()).append(Kubectl.healthy(p) ? " ready " : " unready ").append(image(p)).append("; ");
            }
        }
        return sb.toString();
    }

    private static String image(Pod p) {
        return p.getSpec().getContainers().get(0).getImage();
    }

    private String revisionOf(String pod) {
        return kubectl.pod(pod).getMetadata().getLabels().get(REVISION);
    }

    private StatefulSet statefulSet() {
        return sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
    }

    private StatefulSetStatus status() {
        return statefulSet().getStatus();
    }

    /** The chapter's set with three replicas and the given image and strategy tweaks. */
    private static StatefulSetBuilder kubia(String image) {
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        return new StatefulSetBuilder(base).editSpec().withReplicas(3).editTemplate().editSpec().editFirstContainer()
                .withImage(image).endContainer().endSpec().endTemplate().endSpec();
    }

    private static StatefulSet withPartition(String image, int partition) {
        return kubia(image).editSpec().withNewUpdateStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withPartition(partition).endRollingUpdate().endUpdateStrategy().endSpec().build();
    }

    private static StatefulSet onDelete(String image) {
        return kubia(image).editSpec().withNewUpdateStrategy().withType("OnDelete").endUpdateStrategy().endSpec().build();
    }

    private void apply(StatefulSet set) {
        sim.apply(List.<HasMetadata>of(set));
    }

    private boolean allHealthyAt(String revision) {
        for (int i = 0; i < 3; i++) {
            Pod p = kubectl.pod("kubia-" + i);
            if (!Kubectl.healthy(p) || !revision.equals(p.getMetadata().getLabels().get(REVISION))) {
                return false;
            }
        }
        return true;
    }

    private String threeHealthyPods() {
        sim.actions().scale("default", "kubia", 3);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2"), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofSeconds(30));
        String revision = revisionOf("kubia-0");
        assertThat(List.of(revisionOf("kubia-1"), revisionOf("kubia-2"))).containsOnly(revision);
        assertThat(status().getCurrentRevision()).isEqualTo(revision);
        assertThat(status().getUpdateRevision()).isEqualTo(revision);
        assertThat(status().getCurrentReplicas()).isEqualTo(3);
        return revision;
    }

    // RollingUpdate: "we terminate the Pod with the largest ordinal that does not match the update revision", then
    // wait while the target is unavailable; one pod at a time; completeRollingUpdate once all are updated and ready.
    @Test
    void imageChangeReplacesPodsInReverseOrdinalOrderOneAtATime() {
        String oldRevision = threeHealthyPods();
        recordRollout();

        sim.apply(Manifests.bundled("kubia-statefulset-peers.yaml"));
        sim.runFor(Duration.ofSeconds(1));
        String newRevision = status().getUpdateRevision();
        assertThat(newRevision).isNotEqualTo(oldRevision).startsWith("kubia-");
        assertThat(status().getCurrentRevision()).isEqualTo(oldRevision);
        assertThat(sim.api().get(ControllerRevision.class, Kinds.CONTROLLER_REVISION, "default", newRevision)).isNotNull();
        assertThat(deletionOrder).containsExactly("kubia-2");

        assertThat(sim.runUntil(() -> allHealthyAt(newRevision), Duration.ofMinutes(5))).isTrue();
        sim.runFor(Duration.ofSeconds(1));
        assertThat(deletionOrder).containsExactly("kubia-2", "kubia-1", "kubia-0");
        // each deletion waited for the previous replacement to be Running and Ready on the new image
        assertThat(othersWhenDeleted.get("kubia-2")).isEqualTo("kubia-0 ready " + OLD_IMAGE + "; kubia-1 ready " + OLD_IMAGE + "; ");
        assertThat(othersWhenDeleted.get("kubia-1")).isEqualTo("kubia-0 ready " + OLD_IMAGE + "; kubia-2 ready " + NEW_IMAGE + "; ");
        assertThat(othersWhenDeleted.get("kubia-0")).isEqualTo("kubia-1 ready " + NEW_IMAGE + "; kubia-2 ready " + NEW_IMAGE + "; ");
        assertThat(unavailableCounts).allMatch(n -> n <= 1);
        // updateRevision differs from currentRevision until the end, then both are the new revision
        assertThat(revisionPairsDuringRollout).contains(oldRevision + "->" + newRevision);
        assertThat(revisionPairsDuringRollout.get(revisionPairsDuringRollout.size() - 1)).isEqualTo(newRevision + "->" + newRevision);
        assertThat(status().getCurrentRevision()).isEqualTo(newRevision);
        assertThat(status().getCurrentReplicas()).isEqualTo(3);
        assertThat(status().getUpdatedReplicas()).isEqualTo(3);
        assertThat(status().getReadyReplicas()).isEqualTo(3);
        assertThat(kubectl.podList()).allMatch(p -> NEW_IMAGE.equals(image(p)));
        // same names, same claims
        assertThat(Pods.claimNames(kubectl.pod("kubia-1"))).containsExactly("data-kubia-1");
    }

    // partition P: only ordinals >= P are updated; a deleted pod below P comes back at the current revision
    // (newVersionedStatefulSetPod); lowering the partition continues the rollout.
    @Test
    void partitionKeepsLowerOrdinalsOnTheOldRevisionUntilLowered() {
        String oldRevision = threeHealthyPods();
        recordRollout();

        apply(withPartition(NEW_IMAGE, 2));
        sim.runFor(Duration.ofSeconds(1));
        String newRevision = status().getUpdateRevision();
        assertThat(newRevision).isNotEqualTo(oldRevision);
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-2") && newRevision.equals(revisionOf("kubia-2")), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofMinutes(2));
        assertThat(deletionOrder).containsExactly("kubia-2");
        assertThat(revisionOf("kubia-0")).isEqualTo(oldRevision);
        assertThat(revisionOf("kubia-1")).isEqualTo(oldRevision);
        assertThat(image(kubectl.pod("kubia-2"))).isEqualTo(NEW_IMAGE);
        assertThat(status().getCurrentRevision()).isEqualTo(oldRevision);
        assertThat(status().getUpdateRevision()).isEqualTo(newRevision);
        assertThat(status().getCurrentReplicas()).isEqualTo(2);
        assertThat(status().getUpdatedReplicas()).isEqualTo(1);

        // below the partition, a deleted pod is recreated from the current (old) revision
        sim.actions().deletePod("default", "kubia-1");
        assertThat(sim.runUntil(() -> deletionOrder.size() == 2 && kubectl.healthy("kubia-1"), Duration.ofMinutes(2))).isTrue();
        assertThat(revisionOf("kubia-1")).isEqualTo(oldRevision);
        assertThat(image(kubectl.pod("kubia-1"))).isEqualTo(OLD_IMAGE);

        apply(withPartition(NEW_IMAGE, 0));
        assertThat(sim.runUntil(() -> allHealthyAt(newRevision), Duration.ofMinutes(5))).isTrue();
        sim.runFor(Duration.ofSeconds(1));
        assertThat(deletionOrder).containsExactly("kubia-2", "kubia-1", "kubia-1", "kubia-0");
        assertThat(status().getCurrentRevision()).isEqualTo(newRevision);
        assertThat(status().getCurrentReplicas()).isEqualTo(3);
    }

    // OnDelete: "for the OnDelete strategy we short circuit. Pods will be updated when they are manually deleted."
    @Test
    void onDeleteChangesNothingUntilAPodIsDeleted() {
        apply(onDelete(OLD_IMAGE));
        String oldRevision = threeHealthyPods();
        recordRollout();

        apply(onDelete(NEW_IMAGE));
        sim.runFor(Duration.ofMinutes(3));
        String newRevision = status().getUpdateRevision();
        assertThat(newRevision).isNotEqualTo(oldRevision);
        assertThat(deletionOrder).isEmpty();
        assertThat(kubectl.podList()).allMatch(p -> oldRevision.equals(p.getMetadata().getLabels().get(REVISION)));
        assertThat(status().getUpdatedReplicas()).isEqualTo(0);
        assertThat(status().getCurrentReplicas()).isEqualTo(3);

        sim.actions().deletePod("default", "kubia-1");
        assertThat(sim.runUntil(() -> kubectl.healthy("kubia-1") && newRevision.equals(revisionOf("kubia-1")), Duration.ofMinutes(2))).isTrue();
        sim.runFor(Duration.ofMinutes(2));
        assertThat(image(kubectl.pod("kubia-1"))).isEqualTo(NEW_IMAGE);
        assertThat(revisionOf("kubia-0")).isEqualTo(oldRevision);
        assertThat(revisionOf("kubia-2")).isEqualTo(oldRevision);
        assertThat(deletionOrder).containsExactly("kubia-1");
        assertThat(status().getCurrentRevision()).isEqualTo(oldRevision);
        assertThat(status().getUpdatedReplicas()).isEqualTo(1);
        assertThat(status().getCurrentReplicas()).isEqualTo(2);
    }

    // completeRollingUpdate only runs for RollingUpdate: with OnDelete, status.currentRevision is never promoted, even
    // after every pod was recreated at the update revision (kubernetes issues 73492 and 106055; fixed only in 2026 by
    // PR 136833, long after the modern profile's 1.31).
    @Test
    void onDeleteNeverPromotesTheCurrentRevision() {
        apply(onDelete(OLD_IMAGE));
        String oldRevision = threeHealthyPods();
        apply(onDelete(NEW_IMAGE));
        sim.runFor(Duration.ofSeconds(1));
        String newRevision = status().getUpdateRevision();
        for (String pod : List.of("kubia-2", "kubia-1", "kubia-0")) {
            sim.actions().deletePod("default", pod);
            assertThat(sim.runUntil(() -> kubectl.healthy(pod) && newRevision.equals(revisionOf(pod)), Duration.ofMinutes(2))).isTrue();
        }
        sim.runFor(Duration.ofMinutes(1));
        assertThat(status().getUpdatedReplicas()).isEqualTo(3);
        assertThat(status().getCurrentReplicas()).isEqualTo(0);
        assertThat(status().getCurrentRevision()).isEqualTo(oldRevision);
        assertThat(status().getUpdateRevision()).isEqualTo(newRevision);
    }

    // "Note that we do not resurrect Pods in this interval. Also note that scaling will take precedence over updates":
    // processReplica creates kubia-3 (at the update revision) before the rolling update deletes anything.
    @Test
    void scalingTakesPrecedenceOverTheUpdate() {
        String oldRevision = threeHealthyPods();
        recordRollout();
        List<String> addedWhileNothingDeleted = new ArrayList<>();
        sim.watch(e -> {
            if (e.type() == WatchEvent.Type.ADDED && e.object() instanceof Pod p && deletionOrder.isEmpty()) {
                addedWhileNothingDeleted.add(p.getMetadata().getName());
            }
        });

        apply(kubia(NEW_IMAGE).editSpec().withReplicas(4).endSpec().build());
        sim.runFor(Duration.ofMillis(100));
        String newRevision = status().getUpdateRevision();
        assertThat(newRevision).isNotEqualTo(oldRevision);
        assertThat(sim.runUntil(() -> allHealthyAt(newRevision) && kubectl.healthy("kubia-3"), Duration.ofMinutes(5))).isTrue();
        assertThat(addedWhileNothingDeleted).containsExactly("kubia-3");
        assertThat(deletionOrder).containsExactly("kubia-2", "kubia-1", "kubia-0");
        assertThat(revisionOf("kubia-3")).isEqualTo(newRevision);
    }

    // getStatefulSetRevisions: a template equal to an older revision reuses that ControllerRevision (same hash, pods
    // labelled with its name) and "we will roll back by incrementing the Revision of the equivalent revision", which
    // is what kubectl rollout history lists.
    @Test
    void rollingBackReusesTheOldRevisionAndGivesItTheNextNumber() {
        String oldRevision = threeHealthyPods();
        apply(kubia(NEW_IMAGE).build());
        sim.runFor(Duration.ofSeconds(1));
        String newRevision = status().getUpdateRevision();
        assertThat(sim.runUntil(() -> allHealthyAt(newRevision), Duration.ofMinutes(5))).isTrue();
        assertThat(controllerRevision(oldRevision).getRevision()).isEqualTo(1L);
        assertThat(controllerRevision(newRevision).getRevision()).isEqualTo(2L);

        apply(kubia(OLD_IMAGE).build());
        sim.runFor(Duration.ofSeconds(1));
        assertThat(status().getUpdateRevision()).isEqualTo(oldRevision);
        assertThat(sim.runUntil(() -> allHealthyAt(oldRevision), Duration.ofMinutes(5))).isTrue();
        sim.runFor(Duration.ofSeconds(1));
        assertThat(status().getCurrentRevision()).isEqualTo(oldRevision);
        assertThat(kubectl.podList()).allMatch(p -> OLD_IMAGE.equals(image(p)));
        assertThat(sim.api().list(ControllerRevision.class, Kinds.CONTROLLER_REVISION, "default")).hasSize(2);
        assertThat(controllerRevision(newRevision).getRevision()).isEqualTo(2L);
        assertThat(controllerRevision(oldRevision).getRevision()).isEqualTo(3L);
    }

    private ControllerRevision controllerRevision(String name) {
        return sim.api().get(ControllerRevision.class, Kinds.CONTROLLER_REVISION, "default", name);
    }
}
