package dev.stsviz.cluster;

import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WhyWaiting}: hand-built API objects for each branch of updateStatefulSet / processReplica / processCondemned
 * ({@code pkg/controller/statefulset/stateful_set_control.go}), then the real simulator at the chapter's key moments.
 */
class WhyWaitingTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final String SET_UID = "5f0c7d1e-0000-4000-8000-000000000001";
    private static final String OLD = "kubia-c94bcb69b";
    private static final String NEW = "kubia-6d4f8b5c7";
    private static final List<String> NODES = List.of("minikube", "minikube-m02", "minikube-m03");

    // ---- fixtures: objects as the API server returns them ----

    /** The chapter's StatefulSet as stored: uid, namespace, defaulted strategy, status at revision OLD. */
    private static StatefulSetBuilder kubia(int replicas) {
        StatefulSet base = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
        return new StatefulSetBuilder(base)
                .editMetadata().withNamespace("default").withUid(SET_UID).withGeneration(1L).endMetadata()
                .editSpec().withReplicas(replicas).withPodManagementPolicy("OrderedReady")
                .withNewUpdateStrategy().withType("RollingUpdate").withNewRollingUpdate().withPartition(0)
                .endRollingUpdate().endUpdateStrategy().endSpec()
                .withNewStatus().withObservedGeneration(1L).withCurrentRevision(OLD).withUpdateRevision(OLD)
                .withReplicas(replicas).endStatus();
    }

    private static StatefulSet rollingTo(StatefulSetBuilder set, int partition) {
        return set.editSpec().editUpdateStrategy().editRollingUpdate().withPartition(partition).endRollingUpdate()
                .endUpdateStrategy().endSpec().editStatus().withUpdateRevision(NEW).endStatus().build();
    }

    /** The set's status as the controller last wrote it: ready and updated replica counts. */
    private static StatefulSet progress(StatefulSet set, int ready, int updated) {
        return new StatefulSetBuilder(set).editStatus().withReadyReplicas(ready).withUpdatedReplicas(updated).endStatus().build();
    }

    /** kubia-N Running and Ready (for ten minutes) on a node, at revision OLD. */
    private static PodBuilder running(String name, String node) {
        String since = NOW.minus(Duration.ofMinutes(10)).toString();
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace("default").withUid("uid-" + name)
                .addToLabels("app", "kubia").addToLabels("controller-revision-hash", OLD)
                .addToLabels("statefulset.kubernetes.io/pod-name", name)
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("StatefulSet").withName("kubia")
                .withUid(SET_UID).withController(true).withBlockOwnerDeletion(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withNodeName(node).withHostname(name).withSubdomain("kubia")
                .addNewContainer().withName("kubia").withImage("luksa/kubia-pet").endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-" + name)
                .endPersistentVolumeClaim().endVolume()
                .endSpec()
                .withNewStatus().withPhase("Running")
                .addNewCondition().withType("PodScheduled").withStatus("True").withLastTransitionTime(since).endCondition()
                .addNewCondition().withType("Ready").withStatus("True").withLastTransitionTime(since).endCondition()
                .addNewContainerStatus().withName("kubia").withReady(true).withRestartCount(0)
                .withNewState().withNewRunning().withStartedAt(since).endRunning().endState().endContainerStatus()
                .endStatus();
    }

    private static Pod running(int ordinal) {
        return running("kubia-" + ordinal, NODES.get(ordinal % NODES.size())).build();
    }

    private static Pod atRevision(Pod pod, String revision) {
        return new PodBuilder(pod).editMetadata().addToLabels("controller-revision-hash", revision).endMetadata().build();
    }

    /** Scheduled, container still being created (kubectl: 0/1 ContainerCreating). */
    private static Pod containerCreating(int ordinal) {
        return new PodBuilder(running(ordinal)).editStatus().withPhase("Pending")
                .withConditions(running(ordinal).getStatus().getConditions().get(0))
                .editFirstContainerStatus().withReady(false).withNewState().withNewWaiting().withReason("ContainerCreating")
                .endWaiting().endState().endContainerStatus().endStatus().build();
    }

    /** MarkPodsNotReady: the Ready condition False, containers untouched (kubectl still prints Running). */
    private static Pod readyFalse(Pod pod) {
        return new PodBuilder(pod).editStatus().editMatchingCondition(c -> "Ready".equals(c.getType()))
                .withStatus("False").withLastTransitionTime(NOW.minusSeconds(20).toString()).endCondition().endStatus().build();
    }

    private static Pod terminating(Pod pod) {
        return new PodBuilder(pod).editMetadata().withDeletionTimestamp(NOW.minusSeconds(5).toString())
                .withDeletionGracePeriodSeconds(30L).endMetadata().build();
    }

    private static Pod unscheduled(int ordinal, String message) {
        return new PodBuilder(running(ordinal)).editSpec().withNodeName(null).endSpec()
                .withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled").withStatus("False")
                .withReason("Unschedulable").withMessage(message).endCondition().endStatus().build();
    }

    private static Node node(String name, boolean ready) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus(ready ? "True" : "Unknown")
                .withReason(ready ? "KubeletReady" : "NodeStatusUnknown").endCondition().endStatus().build();
    }

    private static Node unreachable(String name) {
        return new NodeBuilder(node(name, false)).withNewSpec()
                .addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoSchedule").endTaint()
                .addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoExecute").endTaint()
                .endSpec().build();
    }

    private static List<Node> nodes(Node... overrides) {
        List<Node> result = new ArrayList<>();
        for (String name : NODES) {
            result.add(Arrays.stream(overrides).filter(n -> n.getMetadata().getName().equals(name)).findFirst()
                    .orElse(node(name, true)));
        }
        return result;
    }

    private static PersistentVolumeClaim claim(String name, String phase) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
                .withNewStatus().withPhase(phase).endStatus().build();
    }

    /** Bound claims data-kubia-0..9. */
    private static List<PersistentVolumeClaim> boundClaims() {
        List<PersistentVolumeClaim> claims = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            claims.add(claim("data-kubia-" + i, "Bound"));
        }
        return claims;
    }

    private static String explain(StatefulSet set, Pod... pods) {
        return WhyWaiting.explain(set, List.of(pods), nodes(), boundClaims(), NOW);
    }

    @Test
    void manySetsAreExplainedInOnePassEachFromItsOwnPods() {
        StatefulSet kubia = kubia(2).build();
        StatefulSet web = new StatefulSetBuilder(kubia(1).build()).editMetadata().withName("web").withUid("uid-web").endMetadata().build();
        Pod web0 = new PodBuilder(containerCreating(0)).editMetadata().withName("web-0").editFirstOwnerReference().withName("web")
                .withUid("uid-web").endOwnerReference().endMetadata().build();
        List<Pod> all = List.of(running(0), containerCreating(1), web0);

        List<String> lines = WhyWaiting.explainAll(List.of(kubia, web), all, nodes(), boundClaims(), NOW);

        assertThat(lines).containsExactly(
                WhyWaiting.explainAll(List.of(kubia), List.of(running(0), containerCreating(1)), nodes(), boundClaims(), NOW).get(0),
                WhyWaiting.explainAll(List.of(web), List.of(web0), nodes(), boundClaims(), NOW).get(0));
        assertThat(lines.get(0)).isEqualTo("waiting for kubia-1 to be Running and Ready (ContainerCreating)");
        assertThat(lines.get(1)).isEqualTo("waiting for web-0 to be Running and Ready (ContainerCreating)");
    }

    // ---- OrderedReady scale-up: processReplica ----

    @Nested
    class OrderedReady {
        @Test
        void allRunningAndReadyIsUpToDate() {
            assertThat(explain(kubia(2).build(), running(0), running(1))).isEqualTo("up to date: 2/2 ready");
        }

        @Test
        void createsTheLowestMissingOrdinalFirst() {
            assertThat(explain(kubia(2).build())).isEqualTo("creating kubia-0");
            assertThat(explain(kubia(3).build(), running(0))).isEqualTo("creating kubia-1");
            assertThat(explain(kubia(3).build(), running(0), running(2))).isEqualTo("creating kubia-1");
        }

        @Test
        void waitsForEachPodToBeRunningAndReadyBeforeTheNext() {
            assertThat(explain(kubia(2).build(), containerCreating(0)))
                    .isEqualTo("waiting for kubia-0 to be Running and Ready (ContainerCreating)");
            // Running but the readiness probe has not passed yet: kubectl prints Running, so no suffix
            Pod notYetReady = new PodBuilder(readyFalse(running(1))).editStatus().editFirstContainerStatus().withReady(false)
                    .endContainerStatus().endStatus().build();
            assertThat(explain(kubia(3).build(), running(0), notYetReady))
                    .isEqualTo("waiting for kubia-1 to be Running and Ready");
        }

        @Test
        void anUnschedulablePodShowsTheSchedulersMessage() {
            String message = "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: "
                    + "3 No preemption victims found for incoming pod.";
            assertThat(explain(kubia(2).build(), running(0), unscheduled(1, message))).isEqualTo("kubia-1 Pending: " + message);
        }

        @Test
        void aPendingPodWaitsForItsClaimToBeBound() {
            Pod pending = unscheduled(0, "0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims.");
            String line = WhyWaiting.explain(kubia(2).build(), List.of(pending), nodes(),
                    List.of(claim("data-kubia-0", "Pending")), NOW);
            assertThat(line).isEqualTo("waiting for claim data-kubia-0 to be bound");
            assertThat(WhyWaiting.explain(kubia(2).build(), List.of(pending), nodes(), List.of(), NOW))
                    .isEqualTo("waiting for claim data-kubia-0 to be bound");
            // a Running pod is never said to wait for its claim
            assertThat(WhyWaiting.explain(kubia(1).build(), List.of(running(0)), nodes(), List.of(), NOW))
                    .isEqualTo("up to date: 1/1 ready");
        }

        @Test
        void aPodOnANotReadyNodeNamesTheNode() {
            String line = WhyWaiting.explain(kubia(2).build(), List.of(readyFalse(running(0)), running(1)),
                    nodes(unreachable("minikube")), boundClaims(), NOW);
            assertThat(line).isEqualTo("waiting for kubia-0 to be Running and Ready (node minikube NotReady)");
        }

        @Test
        void aTerminatingPodBlocksUntilItIsGone() {
            assertThat(explain(kubia(2).build(), terminating(running(0)), running(1))).isEqualTo("waiting for kubia-0 to terminate");
        }

        @Test
        void minReadySecondsWaitsForAvailability() {
            Pod justReady = new PodBuilder(running(0)).editStatus().editMatchingCondition(c -> "Ready".equals(c.getType()))
                    .withLastTransitionTime(NOW.minusSeconds(4).toString()).endCondition().endStatus().build();
            StatefulSet set = kubia(2).editSpec().withMinReadySeconds(10).endSpec().build();
            assertThat(explain(set, justReady)).isEqualTo("waiting for kubia-0 to be available (minReadySeconds 10)");
            assertThat(WhyWaiting.explain(set, List.of(justReady), nodes(), boundClaims(), NOW.plusSeconds(6)))
                    .isEqualTo("creating kubia-1");
        }

        @Test
        void aFailedPodIsDeletedAndRecreated() {
            Pod failed = new PodBuilder(running(0)).editStatus().withPhase("Failed").endStatus().build();
            assertThat(explain(kubia(2).build(), failed, running(1)))
                    .isEqualTo("waiting for kubia-0 (Failed) to be deleted and recreated");
            // the kubelet turns a deleted pod Failed before it leaves the API: that is still "terminate"
            assertThat(explain(kubia(2).build(), terminating(failed), running(1))).isEqualTo("waiting for kubia-0 to terminate");
        }

        @Test
        void noPodIsCreatedWhileItsClaimIsBeingDeleted() {
            // createPersistentVolumeClaims fails CreateStatefulPod: the controller's own error, retried with backoff
            PersistentVolumeClaim deleting = new PersistentVolumeClaimBuilder(claim("data-kubia-1", "Bound"))
                    .editMetadata().withDeletionTimestamp(NOW.toString()).endMetadata().build();
            String line = WhyWaiting.explain(kubia(2).build(), List.of(running(0)), nodes(), List.of(deleting), NOW);
            assertThat(line).isEqualTo("cannot create kubia-1: pvc data-kubia-1 is being deleted");
        }

        @Test
        void withWhenScaledDeleteAClaimOfAnEarlierPodIsStale() {
            // PodClaimIsStale: the claim is still owned by the kubia-1 that the scale-down removed
            PersistentVolumeClaim earlier = new PersistentVolumeClaimBuilder(claim("data-kubia-1", "Bound"))
                    .editMetadata().addNewOwnerReference().withApiVersion("v1").withKind("Pod").withName("kubia-1")
                    .withUid("uid-earlier-kubia-1").endOwnerReference().endMetadata().build();
            StatefulSet deleteOnScale = kubia(2).editSpec().withNewPersistentVolumeClaimRetentionPolicy().withWhenScaled("Delete")
                    .withWhenDeleted("Retain").endPersistentVolumeClaimRetentionPolicy().endSpec().build();
            assertThat(WhyWaiting.explain(deleteOnScale, List.of(running(0)), nodes(), List.of(earlier), NOW))
                    .isEqualTo("waiting for claim data-kubia-1 to be deleted before creating kubia-1");
            // with whenScaled Retain the claim is meant to be reused
            assertThat(WhyWaiting.explain(kubia(2).build(), List.of(running(0)), nodes(), List.of(earlier), NOW))
                    .isEqualTo("creating kubia-1");
        }

        @Test
        void ordinalsStartWhereSpecOrdinalsSays() {
            StatefulSet set = kubia(2).editSpec().withNewOrdinals().withStart(1).endOrdinals().endSpec().build();
            assertThat(explain(set)).isEqualTo("creating kubia-1");
            // kubia-0 is now outside the range: condemned
            assertThat(explain(set, running(0), running(1), running(2))).isEqualTo("scaling down: deleting kubia-0");
        }
    }

    // ---- a node that no longer answers ----

    @Nested
    class LostNode {
        @Test
        void aPodTerminatingOnAnUnreachableNodeIsStuckAndWinsOverEverything() {
            Pod stuck = terminating(readyFalse(running(1)));
            String line = WhyWaiting.explain(kubia(3).build(), List.of(containerCreating(0), stuck), nodes(unreachable("minikube-m02")),
                    boundClaims(), NOW);
            assertThat(line).isEqualTo("kubia-1 stuck Terminating, not replaced: at-most-one — the controller cannot know the pod on minikube-m02 has stopped; force delete or reconnect");
        }

        @Test
        void theUnreachableTaintAloneOrAMissingNodeAlsoCounts() {
            Node taintedButReady = new NodeBuilder(unreachable("minikube")).editStatus().editFirstCondition()
                    .withStatus("True").endCondition().endStatus().build();
            Pod stuck = terminating(running(0));
            assertThat(WhyWaiting.explain(kubia(2).build(), List.of(stuck, running(1)), nodes(taintedButReady), boundClaims(), NOW))
                    .isEqualTo("kubia-0 stuck Terminating, not replaced: at-most-one — the controller cannot know the pod on minikube has stopped; force delete or reconnect");
            List<Node> withoutMinikube = nodes().subList(1, 3);
            assertThat(WhyWaiting.explain(kubia(2).build(), List.of(stuck, running(1)), withoutMinikube, boundClaims(), NOW))
                    .isEqualTo("kubia-0 stuck Terminating, not replaced: at-most-one — the controller cannot know the pod on minikube has stopped; force delete or reconnect");
        }

        @Test
        void bookProfileNodeLostPrintsUnknown() {
            Pod nodeLost = new PodBuilder(terminating(readyFalse(running(0)))).editStatus().withReason("NodeLost")
                    .withMessage("Node minikube which was running pod kubia-0 is unresponsive").endStatus().build();
            String line = WhyWaiting.explain(kubia(2).build(), List.of(nodeLost, running(1)), nodes(unreachable("minikube")),
                    boundClaims(), NOW);
            assertThat(line).isEqualTo("kubia-0 stuck Unknown, not replaced: at-most-one — the controller cannot know the pod on minikube has stopped; force delete or reconnect");
        }

        @Test
        void aCondemnedPodStuckOnAnUnreachableNodeIsNamedToo() {
            Pod stuck = terminating(readyFalse(running(2)));
            String line = WhyWaiting.explain(kubia(1).build(), List.of(running(0), running(1), stuck),
                    nodes(unreachable("minikube-m03")), boundClaims(), NOW);
            assertThat(line).isEqualTo("kubia-2 stuck Terminating, not replaced: at-most-one — the controller cannot know the pod on minikube-m03 has stopped; force delete or reconnect");
        }

        @Test
        void withoutAnyNodeListATerminatingPodIsNotCalledStuck() {
            assertThat(WhyWaiting.explain(kubia(2).build(), List.of(terminating(running(0))), List.of(), boundClaims(), NOW))
                    .isEqualTo("waiting for kubia-0 to terminate");
        }
    }

    // ---- scale-down: processCondemned ----

    @Nested
    class ScaleDown {
        @Test
        void deletesTheHighestOrdinalFirstAndWaitsForIt() {
            assertThat(explain(kubia(1).build(), running(0), running(1), running(2))).isEqualTo("scaling down: deleting kubia-2");
            assertThat(explain(kubia(1).build(), running(0), running(1), terminating(running(2))))
                    .isEqualTo("scaling down: waiting for kubia-2 to terminate");
            assertThat(explain(kubia(1).build(), running(0), running(1))).isEqualTo("scaling down: deleting kubia-1");
        }

        @Test
        void anUnhealthyPodInRangeHaltsTheScaleDown() {
            String line = WhyWaiting.explain(kubia(1).build(), List.of(readyFalse(running(0)), running(1), running(2)),
                    nodes(unreachable("minikube")), boundClaims(), NOW);
            assertThat(line).isEqualTo("scale-down halted: kubia-0 is not Running and Ready");
            assertThat(explain(kubia(1).build(), containerCreating(0), running(1)))
                    .isEqualTo("scale-down halted: kubia-0 is not Running and Ready");
        }

        @Test
        void theFirstUnhealthyPodMayItselfBeDeleted() {
            // "condemned[i] != firstUnhealthyPod": kubia-2 is the only unhealthy pod, so it goes
            assertThat(explain(kubia(1).build(), running(0), running(1), readyFalse(running(2))))
                    .isEqualTo("scaling down: deleting kubia-2");
        }

        @Test
        void aLowerUnhealthyCondemnedPodHaltsTheHigherOne() {
            assertThat(explain(kubia(1).build(), running(0), readyFalse(running(1)), readyFalse(running(2))))
                    .isEqualTo("scale-down halted: kubia-1 is not Running and Ready");
        }
    }

    // ---- Parallel: runForAll with slowStartBatch, nothing blocks ----

    @Nested
    class Parallel {
        private StatefulSet parallel(int replicas) {
            return kubia(replicas).editSpec().withPodManagementPolicy("Parallel").endSpec().build();
        }

        @Test
        void createsEveryMissingPodAtOnce() {
            assertThat(explain(parallel(3))).isEqualTo("creating kubia-0, kubia-1, kubia-2");
        }

        @Test
        void listsWhatIsUnderWay() {
            assertThat(explain(parallel(3), containerCreating(0), containerCreating(1)))
                    .isEqualTo("creating kubia-2; waiting for kubia-0, kubia-1 to be Running and Ready");
            assertThat(explain(parallel(3), running(0), containerCreating(1), running(2)))
                    .isEqualTo("waiting for kubia-1 to be Running and Ready (ContainerCreating)");
            assertThat(explain(parallel(2), running(0), terminating(running(1))))
                    .isEqualTo("waiting for kubia-1 to terminate");
            assertThat(explain(parallel(2), running(0), running(1))).isEqualTo("up to date: 2/2 ready");
        }

        @Test
        void neverHaltsScaleDownOnUnhealthyPods() {
            assertThat(explain(parallel(1), containerCreating(0), running(1), running(2), running(3)))
                    .isEqualTo("waiting for kubia-0 to be Running and Ready (ContainerCreating); scaling down: kubia-3, kubia-2, kubia-1");
        }
    }

    // ---- updates: the rolling update loop, partition, OnDelete ----

    @Nested
    class Updates {
        // the line leads with what `kubectl rollout status` prints for the set's status, then the controller's step
        @Test
        void rollingUpdateReplacesTheHighestOutdatedPodFirst() {
            StatefulSet set = rollingTo(kubia(3), 0);
            assertThat(explain(progress(set, 3, 0), running(0), running(1), running(2))).isEqualTo(
                    "Waiting for partitioned roll out to finish: 0 out of 3 new pods have been updated... — rolling update: replacing kubia-2");
            assertThat(explain(progress(set, 3, 1), running(0), running(1), atRevision(running(2), NEW))).isEqualTo(
                    "Waiting for partitioned roll out to finish: 1 out of 3 new pods have been updated... — rolling update: replacing kubia-1");
        }

        @Test
        void rollingUpdateFollowsTheReplacementThroughItsLife() {
            StatefulSet set = rollingTo(kubia(3), 0);
            assertThat(explain(progress(set, 2, 0), running(0), running(1), terminating(running(2))))
                    .isEqualTo("Waiting for 1 pods to be ready... — rolling update: replacing kubia-2");
            assertThat(explain(progress(set, 2, 0), running(0), running(1)))
                    .isEqualTo("Waiting for 1 pods to be ready... — rolling update: creating kubia-2");
            assertThat(explain(progress(set, 2, 1), running(0), running(1), atRevision(containerCreating(2), NEW))).isEqualTo(
                    "Waiting for 1 pods to be ready... — rolling update: waiting for kubia-2 to be Running and Ready (ContainerCreating)");
        }

        @Test
        void rollingUpdateWaitsForAnUnavailableUpdatedPodUnderParallel() {
            StatefulSet set = rollingTo(kubia(2).editSpec().withPodManagementPolicy("Parallel").withMinReadySeconds(30).endSpec(), 0);
            Pod justReady = new PodBuilder(atRevision(running(1), NEW)).editStatus()
                    .editMatchingCondition(c -> "Ready".equals(c.getType())).withLastTransitionTime(NOW.toString())
                    .endCondition().endStatus().build();
            assertThat(explain(progress(set, 2, 1), running(0), justReady)).isEqualTo(
                    "Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated... — rolling update: waiting for kubia-1 to be Running and Ready");
        }

        @Test
        void scalingComesBeforeTheUpdate() {
            StatefulSet set = progress(rollingTo(kubia(1), 0), 2, 0);
            assertThat(explain(set, running(0), running(1))).isEqualTo(
                    "Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated... — scaling down: deleting kubia-1");
        }

        @Test
        void aPartitionKeepsLowerOrdinalsOnTheCurrentRevision() {
            StatefulSet set = rollingTo(kubia(3), 2);
            assertThat(explain(progress(set, 3, 0), running(0), running(1), running(2))).isEqualTo(
                    "Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated... — rolling update: replacing kubia-2");
            assertThat(explain(progress(set, 3, 1), running(0), running(1), atRevision(running(2), NEW))).isEqualTo(
                    "partitioned roll out complete: 1 new pods have been updated... — ordinals below 2 keep revision " + OLD);
            // below the partition a pod is recreated at the current revision, without the "rolling update" prefix
            assertThat(explain(progress(set, 2, 1), running(0), atRevision(running(2), NEW)))
                    .isEqualTo("Waiting for 1 pods to be ready... — creating kubia-1");
        }

        @Test
        void noRolloutWordsOnceEveryPodIsAtTheCurrentRevision() {
            StatefulSet done = progress(kubia(3).editStatus().withCurrentRevision(NEW).withUpdateRevision(NEW).endStatus().build(), 3, 3);
            Pod[] pods = {atRevision(running(0), NEW), atRevision(running(1), NEW), atRevision(running(2), NEW)};
            assertThat(explain(done, pods)).isEqualTo("up to date: 3/3 ready");
        }

        @Test
        void onDeleteCountsThePodsStillOnTheOldRevision() {
            StatefulSet set = kubia(3).editSpec().withNewUpdateStrategy().withType("OnDelete").endUpdateStrategy().endSpec()
                    .editStatus().withUpdateRevision(NEW).endStatus().build();
            assertThat(explain(set, running(0), running(1), running(2))).isEqualTo("OnDelete: 3 pods run the old revision until deleted");
            assertThat(explain(set, running(0), atRevision(running(1), NEW), atRevision(running(2), NEW)))
                    .isEqualTo("OnDelete: 1 pod runs the old revision until deleted");
            assertThat(explain(set, atRevision(running(0), NEW), atRevision(running(1), NEW), atRevision(running(2), NEW)))
                    .isEqualTo("up to date: 3/3 ready");
        }
    }

    // ---- which pods belong to the set ----

    @Nested
    class Membership {
        @Test
        void ignoresOtherSetsOtherNamespacesAndAnOldIncarnation() {
            Pod otherSet = new PodBuilder(running(0)).editMetadata().withName("web-0").editFirstOwnerReference().withName("web")
                    .withUid("uid-web").endOwnerReference().endMetadata().build();
            Pod otherNamespace = new PodBuilder(running(1)).editMetadata().withNamespace("staging").endMetadata().build();
            Pod oldIncarnation = new PodBuilder(running(1)).editMetadata().editFirstOwnerReference().withUid("uid-deleted-kubia")
                    .endOwnerReference().endMetadata().build();
            assertThat(explain(kubia(2).build(), running(0), otherSet, otherNamespace, oldIncarnation)).isEqualTo("creating kubia-1");
        }

        @Test
        void matchesByNameWhenNoUidCanBeCompared() {
            // the manifest as read from disk: no uid, no namespace, no status
            StatefulSet fromDisk = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
            Pod orphan = new PodBuilder(running(1)).editMetadata().withOwnerReferences().endMetadata().build();
            assertThat(WhyWaiting.explain(fromDisk, List.of(running(0), orphan), nodes(), boundClaims(), NOW))
                    .isEqualTo("up to date: 2/2 ready");
        }

        @Test
        void neverNullEvenForBareObjects() {
            StatefulSet fromDisk = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
            assertThat(WhyWaiting.explain(fromDisk, null, null, null, NOW)).isEqualTo("creating kubia-0");
            assertThat(WhyWaiting.explain(kubia(0).build(), List.of(), List.of(), List.of(), NOW)).isEqualTo("up to date: 0/0 ready");
        }

        @Test
        void aSetBeingDeletedManagesNothing() {
            StatefulSet deleting = kubia(2).editMetadata().withDeletionTimestamp(NOW.toString()).endMetadata().build();
            assertThat(explain(deleting, running(0))).isEqualTo("kubia is being deleted: the controller no longer creates or deletes its pods");
        }
    }

    // ---- the real simulator: the line at the chapter's key moments ----

    @Nested
    class Simulated {
        private Simulation sim;

        private String line() {
            StatefulSet set = sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia");
            return WhyWaiting.explain(set, sim.api().list(Pod.class, Kinds.POD, "default"),
                    sim.api().list(Node.class, Kinds.NODE, null),
                    sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, "default"), sim.now());
        }

        /** Every distinct line, in order, as the API changes. */
        private List<String> recordLines() {
            List<String> lines = new ArrayList<>();
            sim.watch(e -> {
                String line = line();
                if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(line)) {
                    lines.add(line);
                }
            });
            return lines;
        }

        private Pod pod(String name) {
            return sim.api().get(Pod.class, Kinds.POD, "default", name);
        }

        private boolean readyConditionFalse(String name) {
            Pod pod = pod(name);
            return pod != null && !Pods.isReady(pod);
        }

        @Test
        void theChapterStartsOnePodAtATime() {
            sim = Simulation.chapterCluster(7, Profile.MODERN);
            List<String> lines = recordLines();
            assertThat(line()).isEqualTo("creating kubia-0");
            assertThat(sim.runUntil(() -> line().equals("up to date: 2/2 ready"), Duration.ofMinutes(2))).isTrue();
            // processReplica: kubia-1 is created only once kubia-0 is Running and Ready
            assertThat(lines).containsSubsequence("creating kubia-0",
                    "waiting for claim data-kubia-0 to be bound",
                    "waiting for kubia-0 to be Running and Ready (ContainerCreating)",
                    "creating kubia-1",
                    "waiting for claim data-kubia-1 to be bound",
                    "waiting for kubia-1 to be Running and Ready (ContainerCreating)",
                    "up to date: 2/2 ready");
            assertThat(lines.subList(0, lines.indexOf("creating kubia-1"))).allMatch(l -> l.contains("kubia-0"));
            sim.runFor(Duration.ofMinutes(1));
            assertThat(line()).isEqualTo("up to date: 2/2 ready");
        }

        @Test
        void aLostNodeLeavesKubia0StuckTerminatingUntilForceDeleted() {
            sim = Simulation.chapterCluster(7, Profile.MODERN);
            assertThat(sim.runUntil(() -> line().equals("up to date: 2/2 ready"), Duration.ofMinutes(2))).isTrue();
            String node = pod("kubia-0").getSpec().getNodeName();
            sim.actions().disconnectNode(node);
            assertThat(sim.runUntil(() -> readyConditionFalse("kubia-0"), Duration.ofSeconds(60))).isTrue();
            assertThat(line()).isEqualTo("waiting for kubia-0 to be Running and Ready (node " + node + " NotReady)");

            sim.runFor(Duration.ofMinutes(7));
            assertThat(line()).isEqualTo("kubia-0 stuck Terminating, not replaced: at-most-one — the controller cannot know the pod on " + node + " has stopped; force delete or reconnect");

            sim.actions().forceDeletePod("default", "kubia-0");
            assertThat(sim.runUntil(() -> line().equals("up to date: 2/2 ready"), Duration.ofMinutes(1))).isTrue();
            assertThat(pod("kubia-0").getSpec().getNodeName()).isNotEqualTo(node);
        }

        @Test
        void theBookProfileSaysUnknown() {
            sim = Simulation.chapterCluster(7, Profile.BOOK);
            assertThat(sim.runUntil(() -> line().equals("up to date: 2/2 ready"), Duration.ofMinutes(2))).isTrue();
            String node = pod("kubia-0").getSpec().getNodeName();
            sim.actions().disconnectNode(node);
            sim.runFor(Duration.ofMinutes(7));
            assertThat(line()).isEqualTo("kubia-0 stuck Unknown, not replaced: at-most-one — the controller cannot know the pod on " + node + " has stopped; force delete or reconnect");
        }

        @Test
        void scaleDownHaltsWhileKubia0sNodeIsLostAndResumesWhenItIsBack() {
            sim = Simulation.chapterCluster(7, Profile.MODERN);
            sim.actions().scale("default", "kubia", 3);
            assertThat(sim.runUntil(() -> line().equals("up to date: 3/3 ready"), Duration.ofMinutes(2))).isTrue();
            String node = pod("kubia-0").getSpec().getNodeName();
            sim.actions().disconnectNode(node);
            assertThat(sim.runUntil(() -> readyConditionFalse("kubia-0"), Duration.ofSeconds(60))).isTrue();

            sim.actions().scale("default", "kubia", 1);
            sim.runFor(Duration.ofMinutes(2));
            assertThat(line()).isEqualTo("scale-down halted: kubia-0 is not Running and Ready");
            // the simulated controller words its own block the same way
            assertThat(sim.waitingFor("default", "kubia")).isEqualTo(line());
            assertThat(sim.api().list(Pod.class, Kinds.POD, "default")).hasSize(3);

            List<String> lines = recordLines();
            sim.actions().reconnectNode(node);
            assertThat(sim.runUntil(() -> line().equals("up to date: 1/1 ready"), Duration.ofMinutes(3))).isTrue();
            assertThat(lines).containsSubsequence("scaling down: waiting for kubia-2 to terminate",
                    "scaling down: waiting for kubia-1 to terminate", "up to date: 1/1 ready");
        }

        @Test
        void aClaimBeingDeletedFailsTheCreateAsTheControllerSays() {
            sim = Simulation.chapterCluster(7, Profile.MODERN);
            assertThat(sim.runUntil(() -> line().equals("up to date: 2/2 ready"), Duration.ofMinutes(2))).isTrue();
            PersistentVolumeClaim held = new PersistentVolumeClaimBuilder(
                    sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, "default", "data-kubia-1"))
                    .editMetadata().addToFinalizers("example.com/hold").endMetadata().build();
            sim.api().update(held);
            sim.actions().delete("PersistentVolumeClaim", "default", "data-kubia-1", null);
            sim.actions().deletePod("default", "kubia-1");
            sim.runFor(Duration.ofMinutes(1));

            assertThat(line()).isEqualTo("cannot create kubia-1: pvc data-kubia-1 is being deleted");
            assertThat(sim.waitingFor("default", "kubia")).isEqualTo(line());
        }

        @Test
        void aRollingUpdateNamesEachReplacementInReverseOrder() {
            sim = Simulation.chapterCluster(7, Profile.MODERN);
            sim.actions().scale("default", "kubia", 3);
            assertThat(sim.runUntil(() -> line().equals("up to date: 3/3 ready"), Duration.ofMinutes(2))).isTrue();
            List<String> lines = recordLines();
            sim.apply(Manifests.bundled("kubia-statefulset-peers.yaml"));
            assertThat(sim.runUntil(() -> lines.size() > 1 && line().equals("up to date: 3/3 ready"), Duration.ofMinutes(5))).isTrue();
            assertThat(lines.stream().map(Simulated::controllerPart).toList()).containsSubsequence(
                    "rolling update: replacing kubia-2",
                    "rolling update: waiting for kubia-2 to be Running and Ready (ContainerCreating)",
                    "rolling update: replacing kubia-1",
                    "rolling update: waiting for kubia-1 to be Running and Ready (ContainerCreating)",
                    "rolling update: replacing kubia-0",
                    "rolling update: waiting for kubia-0 to be Running and Ready (ContainerCreating)",
                    "up to date: 3/3 ready");
            // while it rolls, each line leads with kubectl rollout status's words for that moment
            assertThat(lines.stream().filter(l -> l.contains("rolling update:")))
                    .allMatch(l -> l.startsWith("Waiting for ") && l.contains("... — rolling update: "));
            assertThat(lines).contains("Waiting for partitioned roll out to finish: 2 out of 3 new pods have been updated..."
                    + " — rolling update: replacing kubia-0");
            assertThat(lines).noneMatch(l -> l.contains("Failed"));
        }

        @Test
        void aPartitionedUpdateReadsLikeKubectlRolloutStatus() {
            sim = Simulation.chapterCluster(7, Profile.MODERN);
            sim.actions().scale("default", "kubia", 3);
            assertThat(sim.runUntil(() -> line().equals("up to date: 3/3 ready"), Duration.ofMinutes(2))).isTrue();
            List<String> lines = recordLines();
            var console = new dev.stsviz.sim.SimulationConsoleBackend(sim);
            console.patch(Kinds.STATEFUL_SET, "default", "kubia",
                    "{\"spec\":{\"updateStrategy\":{\"rollingUpdate\":{\"partition\":2}}}}", true);
            console.patch(Kinds.STATEFUL_SET, "default", "kubia",
                    "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"kubia\",\"image\":\"luksa/kubia-pet-peers\"}]}}}}",
                    true);
            assertThat(sim.runUntil(() -> line().startsWith("partitioned roll out complete"), Duration.ofMinutes(5))).isTrue();
            sim.runFor(Duration.ofMinutes(1));
            String old = sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, "default", "kubia").getStatus().getCurrentRevision();
            assertThat(lines).containsSubsequence(
                    "Waiting for partitioned roll out to finish: 0 out of 1 new pods have been updated... — rolling update: replacing kubia-2",
                    "Waiting for 1 pods to be ready... — rolling update: waiting for kubia-2 to be Running and Ready (ContainerCreating)",
                    "partitioned roll out complete: 1 new pods have been updated... — ordinals below 2 keep revision " + old);
            assertThat(line()).isEqualTo(lines.get(lines.size() - 1));
            // kubia-0 and kubia-1 stayed on the old revision
            assertThat(pod("kubia-0").getMetadata().getLabels()).containsEntry("controller-revision-hash", old);
            assertThat(pod("kubia-1").getMetadata().getLabels()).containsEntry("controller-revision-hash", old);
        }

        /** What the controller does, without kubectl rollout status's words before it. */
        private static String controllerPart(String line) {
            int separator = line.indexOf(" — ");
            return separator < 0 ? line : line.substring(separator + 3);
        }
    }
}
