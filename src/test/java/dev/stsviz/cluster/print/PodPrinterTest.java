package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PodPrinterTest {

    static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    static String ago(Duration d) {
        return NOW.minus(d).toString();
    }

    /** A kubia StatefulSet pod with one "kubia" container, created {@code age} before NOW. */
    static PodBuilder kubiaPod(String name, Duration age) {
        return new PodBuilder()
                .withNewMetadata()
                    .withName(name).withNamespace("default").withCreationTimestamp(ago(age))
                    .addToLabels("app", "kubia")
                .endMetadata()
                .withNewSpec()
                    .addNewContainer().withName("kubia").withImage("luksa/kubia-pet").endContainer()
                .endSpec();
    }

    static ContainerStatus running(String name, boolean ready, int restarts) {
        return new ContainerStatusBuilder()
                .withName(name).withReady(ready).withRestartCount(restarts).withStarted(true)
                .withNewState().withNewRunning().withStartedAt(ago(Duration.ofMinutes(1))).endRunning().endState()
                .build();
    }

    static ContainerStatus waiting(String name, String reason, int restarts) {
        return new ContainerStatusBuilder()
                .withName(name).withReady(false).withRestartCount(restarts).withStarted(false)
                .withNewState().withNewWaiting().withReason(reason).endWaiting().endState()
                .build();
    }

    static ContainerStatus terminated(String name, String reason, int exitCode, Integer signal) {
        return new ContainerStatusBuilder()
                .withName(name).withReady(false).withRestartCount(0).withStarted(false)
                .withNewState().withNewTerminated()
                    .withReason(reason).withExitCode(exitCode).withSignal(signal)
                    .withFinishedAt(ago(Duration.ofSeconds(30)))
                .endTerminated().endState()
                .build();
    }

    static PodCondition condition(String type, String status) {
        return new PodConditionBuilder().withType(type).withStatus(status).build();
    }

    /** Running pod: phase Running, container running and ready, scheduled with an IP. */
    static Pod runningPod(String name, Duration age, String ip, String node) {
        return kubiaPod(name, age)
                .editSpec().withNodeName(node).endSpec()
                .withNewStatus()
                    .withPhase("Running").withPodIP(ip).addNewPodIP().withIp(ip).endPodIP()
                    .withConditions(condition("Initialized", "True"), condition("Ready", "True"),
                            condition("ContainersReady", "True"), condition("PodScheduled", "True"))
                    .withContainerStatuses(running("kubia", true, 0))
                .endStatus()
                .build();
    }

    @Test
    void reproducesKubectlWideListingWithATerminatingPod() {
        Pod kubia0 = new PodBuilder(runningPod("kubia-0", Duration.ofSeconds(541), "10.244.0.3", "hollow-node-0"))
                .editMetadata().withDeletionTimestamp(ago(Duration.ofSeconds(5))).withDeletionGracePeriodSeconds(30L)
                .endMetadata()
                .build();
        Pod kubia1 = runningPod("kubia-1", Duration.ofSeconds(451), "10.244.2.3", "hollow-node-2");

        assertThat(kubia0.getMetadata().getCreationTimestamp()).isEqualTo("2026-11-28T01:53:40Z");
        assertThat(PodPrinter.table(List.of(kubia0, kubia1), NOW, true)).isEqualTo("""
                NAME      READY   STATUS        RESTARTS   AGE     IP           NODE            NOMINATED NODE   READINESS GATES
                kubia-0   1/1     Terminating   0          9m1s    10.244.0.3   hollow-node-0   <none>           <none>
                kubia-1   1/1     Running       0          7m31s   10.244.2.3   hollow-node-2   <none>           <none>
                """);
    }

    @Test
    void narrowListing() {
        Pod kubia0 = runningPod("kubia-0", Duration.ofSeconds(541), "10.244.0.3", "hollow-node-0");
        Pod kubia1 = kubiaPod("kubia-1", Duration.ofSeconds(3))
                .withNewStatus().withPhase("Pending").endStatus().build();
        assertThat(PodPrinter.table(List.of(kubia0, kubia1), NOW, false)).isEqualTo("""
                NAME      READY   STATUS    RESTARTS   AGE
                kubia-0   1/1     Running   0          9m1s
                kubia-1   0/1     Pending   0          3s
                """);
    }

    @Test
    void headers() {
        assertThat(PodPrinter.headers(false)).containsExactly("Name", "Ready", "Status", "Restarts", "Age");
        assertThat(PodPrinter.headers(true)).containsExactly("Name", "Ready", "Status", "Restarts", "Age", "IP",
                "Node", "Nominated Node", "Readiness Gates");
    }

    @Nested
    class Status {

        @Test
        void pendingUnscheduled() {
            Pod pod = kubiaPod("kubia-0", Duration.ofSeconds(2))
                    .withNewStatus().withPhase("Pending")
                        .withConditions(new PodConditionBuilder().withType("PodScheduled").withStatus("False")
                                .withReason("Unschedulable").build())
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Pending");
            assertThat(PodPrinter.ready(pod)).isEqualTo("0/1");
        }

        @Test
        void containerCreating() {
            Pod pod = kubiaPod("kubia-0", Duration.ofSeconds(2))
                    .withNewStatus().withPhase("Pending")
                        .withContainerStatuses(waiting("kubia", "ContainerCreating", 0))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("ContainerCreating");
            assertThat(PodPrinter.ready(pod)).isEqualTo("0/1");
        }

        @Test
        void runningAndReady() {
            Pod pod = runningPod("kubia-0", Duration.ofMinutes(3), "10.244.0.3", "node-0");
            assertThat(PodPrinter.status(pod)).isEqualTo("Running");
            assertThat(PodPrinter.ready(pod)).isEqualTo("1/1");
        }

        @Test
        void runningButNotReadyContainerIsNotCounted() {
            Pod pod = kubiaPod("kubia-0", Duration.ofMinutes(3))
                    .withNewStatus().withPhase("Running").withContainerStatuses(running("kubia", false, 0))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Running");
            assertThat(PodPrinter.ready(pod)).isEqualTo("0/1");
        }

        @Test
        void terminatingWhenDeletionTimestampSet() {
            Pod pod = new PodBuilder(runningPod("kubia-0", Duration.ofMinutes(3), "10.244.0.3", "node-0"))
                    .editMetadata().withDeletionTimestamp(ago(Duration.ofSeconds(1))).endMetadata().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Terminating");
            assertThat(PodPrinter.ready(pod)).isEqualTo("1/1");
        }

        @Test
        void unknownWhenNodeLostAndDeleting() {
            Pod pod = new PodBuilder(runningPod("kubia-0", Duration.ofMinutes(3), "10.244.0.3", "node-0"))
                    .editMetadata().withDeletionTimestamp(ago(Duration.ofSeconds(1))).endMetadata()
                    .editStatus().withReason("NodeLost").endStatus()
                    .build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Unknown");
        }

        @Test
        void nodeLostWithoutDeletionShowsTheReason() {
            Pod pod = new PodBuilder(runningPod("kubia-0", Duration.ofMinutes(3), "10.244.0.3", "node-0"))
                    .editStatus().withReason("NodeLost").withPhase("Unknown").withContainerStatuses().endStatus()
                    .build();
            assertThat(PodPrinter.status(pod)).isEqualTo("NodeLost");
        }

        @Test
        void completedWithARunningReadyContainerAndReadyConditionIsRunning() {
            Pod pod = twoContainerPodWithOneCompleted(condition("Ready", "True"));
            assertThat(PodPrinter.status(pod)).isEqualTo("Running");
            assertThat(PodPrinter.ready(pod)).isEqualTo("1/2");
        }

        @Test
        void completedWithARunningReadyContainerButNoReadyConditionIsNotReady() {
            Pod pod = twoContainerPodWithOneCompleted(condition("Ready", "False"));
            assertThat(PodPrinter.status(pod)).isEqualTo("NotReady");
            assertThat(PodPrinter.ready(pod)).isEqualTo("1/2");
        }

        private Pod twoContainerPodWithOneCompleted(PodCondition readyCondition) {
            // kubectl walks container statuses from last to first, so the first one's reason sticks.
            return kubiaPod("kubia-0", Duration.ofMinutes(3))
                    .editSpec().addNewContainer().withName("sidecar").endContainer().endSpec()
                    .withNewStatus().withPhase("Running").withConditions(readyCondition)
                        .withContainerStatuses(terminated("kubia", "Completed", 0, null), running("sidecar", true, 0))
                    .endStatus().build();
        }

        @Test
        void crashLoopBackOffWithRecentRestart() {
            ContainerStatus crashing = new ContainerStatusBuilder(waiting("kubia", "CrashLoopBackOff", 5))
                    .withNewLastState().withNewTerminated().withReason("Error").withExitCode(1)
                        .withStartedAt(ago(Duration.ofMinutes(6))).withFinishedAt(ago(Duration.ofMinutes(5)))
                    .endTerminated().endLastState()
                    .build();
            Pod pod = kubiaPod("kubia-0", Duration.ofMinutes(20))
                    .withNewStatus().withPhase("Running").withContainerStatuses(crashing).endStatus().build();
            assertThat(PodPrinter.cells(pod, NOW, false))
                    .containsExactly("kubia-0", "0/1", "CrashLoopBackOff", "5 (5m ago)", "20m");
        }

        @Test
        void containerTerminatedBySignalWithoutReason() {
            Pod pod = kubiaPod("kubia-0", Duration.ofMinutes(3))
                    .withNewStatus().withPhase("Running")
                        .withContainerStatuses(terminated("kubia", null, 137, 9))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Signal:9");
        }

        @Test
        void containerTerminatedWithExitCodeWithoutReason() {
            Pod pod = kubiaPod("kubia-0", Duration.ofMinutes(3))
                    .withNewStatus().withPhase("Running")
                        .withContainerStatuses(terminated("kubia", "", 1, 0))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("ExitCode:1");
        }

        @Test
        void containerTerminatedWithReason() {
            Pod pod = kubiaPod("kubia-0", Duration.ofMinutes(3))
                    .withNewStatus().withPhase("Failed")
                        .withContainerStatuses(terminated("kubia", "OOMKilled", 137, null))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("OOMKilled");
        }

        @Test
        void succeededPodBeingDeletedStaysCompleted() {
            Pod pod = kubiaPod("job-abc", Duration.ofHours(2))
                    .editMetadata().withDeletionTimestamp(ago(Duration.ofSeconds(3))).endMetadata()
                    .withNewStatus().withPhase("Succeeded")
                        .withContainerStatuses(terminated("kubia", "Completed", 0, null))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Completed");
            assertThat(PodPrinter.ready(pod)).isEqualTo("0/1");
        }

        @Test
        void failedPodBeingDeletedKeepsItsReason() {
            Pod pod = kubiaPod("job-abc", Duration.ofHours(2))
                    .editMetadata().withDeletionTimestamp(ago(Duration.ofSeconds(3))).endMetadata()
                    .withNewStatus().withPhase("Failed")
                        .withContainerStatuses(terminated("kubia", "Error", 2, null))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Error");
        }

        @Test
        void evictedPodShowsStatusReason() {
            Pod pod = kubiaPod("kubia-0", Duration.ofHours(2))
                    .withNewStatus().withPhase("Failed").withReason("Evicted")
                        .withMessage("The node was low on resource: memory.")
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Evicted");
        }

        @Test
        void schedulingGated() {
            Pod pod = kubiaPod("kubia-0", Duration.ofSeconds(10))
                    .withNewStatus().withPhase("Pending")
                        .withConditions(new PodConditionBuilder().withType("PodScheduled").withStatus("False")
                                .withReason("SchedulingGated").build())
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("SchedulingGated");
        }

        @Test
        void podWithoutAnyStatusPrintsEmptyPhase() {
            Pod pod = kubiaPod("kubia-0", Duration.ofSeconds(1)).build();
            assertThat(pod.getStatus()).isNull();
            assertThat(PodPrinter.cells(pod, NOW, true))
                    .containsExactly("kubia-0", "0/1", "", "0", "1s", "<none>", "<none>", "<none>", "<none>");
        }

        @Test
        void completelyEmptyPod() {
            Pod pod = new Pod();
            assertThat(PodPrinter.cells(pod, NOW, false)).containsExactly("", "0/0", "", "0", "<unknown>");
        }
    }

    @Nested
    class InitContainers {

        private PodBuilder withInit(String... names) {
            PodBuilder b = kubiaPod("kubia-0", Duration.ofMinutes(1));
            for (String n : names) {
                b.editSpec().addNewInitContainer().withName(n).withImage("busybox").endInitContainer().endSpec();
            }
            return b;
        }

        @Test
        void podInitializingShowsProgress() {
            Pod pod = withInit("init")
                    .withNewStatus().withPhase("Pending")
                        .withConditions(condition("Initialized", "False"))
                        .withInitContainerStatuses(waiting("init", "PodInitializing", 0))
                        .withContainerStatuses(waiting("kubia", "PodInitializing", 0))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Init:0/1");
            assertThat(PodPrinter.ready(pod)).isEqualTo("0/1");
        }

        @Test
        void runningInitContainerShowsProgress() {
            Pod pod = withInit("init")
                    .withNewStatus().withPhase("Pending")
                        .withInitContainerStatuses(running("init", false, 0))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Init:0/1");
        }

        @Test
        void secondOfTwoInitContainers() {
            Pod pod = withInit("first", "second")
                    .withNewStatus().withPhase("Pending")
                        .withInitContainerStatuses(terminated("first", "Completed", 0, null), running("second", false, 0))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Init:1/2");
        }

        @Test
        void failedInitContainer() {
            Pod pod = withInit("init")
                    .withNewStatus().withPhase("Pending")
                        .withInitContainerStatuses(terminated("init", "Error", 1, null))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Init:Error");
        }

        @Test
        void failedInitContainerWithoutReason() {
            Pod byExit = withInit("init").withNewStatus().withPhase("Pending")
                    .withInitContainerStatuses(terminated("init", null, 3, null)).endStatus().build();
            Pod bySignal = withInit("init").withNewStatus().withPhase("Pending")
                    .withInitContainerStatuses(terminated("init", null, 137, 9)).endStatus().build();
            assertThat(PodPrinter.status(byExit)).isEqualTo("Init:ExitCode:3");
            assertThat(PodPrinter.status(bySignal)).isEqualTo("Init:Signal:9");
        }

        @Test
        void crashLoopingInitContainerCountsItsRestarts() {
            ContainerStatus init = new ContainerStatusBuilder(waiting("init", "CrashLoopBackOff", 3))
                    .withNewLastState().withNewTerminated().withExitCode(1).withReason("Error")
                        .withFinishedAt(ago(Duration.ofSeconds(40))).endTerminated().endLastState()
                    .build();
            Pod pod = withInit("init")
                    .withNewStatus().withPhase("Pending").withInitContainerStatuses(init).endStatus().build();
            assertThat(PodPrinter.cells(pod, NOW, false))
                    .containsExactly("kubia-0", "0/1", "Init:CrashLoopBackOff", "3 (40s ago)", "60s");
        }

        @Test
        void completedInitContainerRestartsAreNotCountedOnceInitialized() {
            ContainerStatus init = new ContainerStatusBuilder(terminated("init", "Completed", 0, null))
                    .withRestartCount(4).build();
            Pod pod = withInit("init")
                    .withNewStatus().withPhase("Running")
                        .withConditions(condition("Initialized", "True"), condition("Ready", "True"))
                        .withInitContainerStatuses(init)
                        .withContainerStatuses(running("kubia", true, 1))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Running");
            assertThat(PodPrinter.restarts(pod, NOW)).isEqualTo("1");
        }

        @Test
        void initializedConditionLetsContainerStatusesOverrideTheInitReason() {
            // Init:Error would stick, but an Initialized=True pod also walks its containers.
            Pod pod = withInit("init")
                    .withNewStatus().withPhase("Running")
                        .withConditions(condition("Initialized", "True"))
                        .withInitContainerStatuses(terminated("init", "Error", 1, null))
                        .withContainerStatuses(waiting("kubia", "CrashLoopBackOff", 2))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("CrashLoopBackOff");
            assertThat(PodPrinter.restarts(pod, NOW)).isEqualTo("2");
        }

        @Test
        void runningContainersDoNotReplaceAnInitReasonButAreCountedReady() {
            // Only waiting/terminated containers set the reason; a running one just counts as ready.
            Pod pod = withInit("init")
                    .withNewStatus().withPhase("Running")
                        .withConditions(condition("Initialized", "True"), condition("Ready", "True"))
                        .withInitContainerStatuses(terminated("init", "Error", 1, null))
                        .withContainerStatuses(running("kubia", true, 0))
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Init:Error");
            assertThat(PodPrinter.ready(pod)).isEqualTo("1/1");
        }

        @Test
        void sidecarsCountTowardsReadyTotalAndRestarts() {
            ContainerStatus sidecar = new ContainerStatusBuilder(running("proxy", true, 2))
                    .withNewLastState().withNewTerminated().withExitCode(1)
                        .withFinishedAt(ago(Duration.ofMinutes(7))).endTerminated().endLastState()
                    .build();
            ContainerStatus main = new ContainerStatusBuilder(running("kubia", true, 1))
                    .withNewLastState().withNewTerminated().withExitCode(1)
                        .withFinishedAt(ago(Duration.ofMinutes(3))).endTerminated().endLastState()
                    .build();
            Pod pod = kubiaPod("kubia-0", Duration.ofMinutes(30))
                    .editSpec().addNewInitContainer().withName("proxy").withRestartPolicy("Always").endInitContainer()
                    .endSpec()
                    .withNewStatus().withPhase("Running")
                        .withConditions(condition("Initialized", "True"), condition("Ready", "True"))
                        .withInitContainerStatuses(sidecar)
                        .withContainerStatuses(main)
                    .endStatus().build();
            assertThat(PodPrinter.cells(pod, NOW, false))
                    .containsExactly("kubia-0", "2/2", "Running", "3 (3m ago)", "30m");
        }

        @Test
        void unstartedSidecarBlocksInitialization() {
            Pod pod = kubiaPod("kubia-0", Duration.ofSeconds(20))
                    .editSpec().addNewInitContainer().withName("proxy").withRestartPolicy("Always").endInitContainer()
                    .endSpec()
                    .withNewStatus().withPhase("Pending")
                        .withInitContainerStatuses(running("proxy", false, 0).toBuilder().withStarted(false).build())
                    .endStatus().build();
            assertThat(PodPrinter.status(pod)).isEqualTo("Init:0/1");
            assertThat(PodPrinter.ready(pod)).isEqualTo("0/2");
        }
    }

    @Nested
    class Restarts {

        @Test
        void noRestarts() {
            Pod pod = runningPod("kubia-0", Duration.ofMinutes(3), "10.244.0.3", "node-0");
            assertThat(PodPrinter.restarts(pod, NOW)).isEqualTo("0");
        }

        @Test
        void restartsWithoutLastTerminationTimeAreJustACount() {
            Pod pod = kubiaPod("kubia-0", Duration.ofMinutes(3))
                    .withNewStatus().withPhase("Running").withContainerStatuses(running("kubia", true, 2))
                    .endStatus().build();
            assertThat(PodPrinter.restarts(pod, NOW)).isEqualTo("2");
        }

        @Test
        void sumsContainersAndUsesTheLatestTermination() {
            ContainerStatus a = new ContainerStatusBuilder(running("a", true, 2))
                    .withNewLastState().withNewTerminated().withExitCode(1)
                        .withFinishedAt(ago(Duration.ofHours(2))).endTerminated().endLastState().build();
            ContainerStatus b = new ContainerStatusBuilder(running("b", true, 3))
                    .withNewLastState().withNewTerminated().withExitCode(1)
                        .withFinishedAt(ago(Duration.ofMinutes(5))).endTerminated().endLastState().build();
            Pod pod = kubiaPod("kubia-0", Duration.ofDays(1))
                    .editSpec().withContainers().addNewContainer().withName("a").endContainer()
                        .addNewContainer().withName("b").endContainer().endSpec()
                    .withNewStatus().withPhase("Running").withConditions(condition("Ready", "True"))
                        .withContainerStatuses(a, b).endStatus()
                    .build();
            assertThat(PodPrinter.restarts(pod, NOW)).isEqualTo("5 (5m ago)");
            assertThat(PodPrinter.ready(pod)).isEqualTo("2/2");
        }

        @Test
        void restartAgeFollowsTheGivenClock() {
            ContainerStatus c = new ContainerStatusBuilder(running("kubia", true, 1))
                    .withNewLastState().withNewTerminated().withExitCode(137)
                        .withFinishedAt("2026-11-28T00:00:00Z").endTerminated().endLastState().build();
            Pod pod = kubiaPod("kubia-0", Duration.ofDays(1))
                    .withNewStatus().withPhase("Running").withContainerStatuses(c).endStatus().build();
            assertThat(PodPrinter.restarts(pod, Instant.parse("2026-11-28T00:00:42Z"))).isEqualTo("1 (42s ago)");
            assertThat(PodPrinter.restarts(pod, Instant.parse("2026-11-28T03:10:00Z"))).isEqualTo("1 (3h10m ago)");
        }
    }

    @Nested
    class Wide {

        @Test
        void readinessGatesCountTrueConditions() {
            Pod pod = new PodBuilder(runningPod("kubia-0", Duration.ofMinutes(3), "10.244.0.3", "node-0"))
                    .editSpec().addNewReadinessGate().withConditionType("example.com/lb-ready").endReadinessGate()
                        .addNewReadinessGate().withConditionType("example.com/warm").endReadinessGate().endSpec()
                    .editStatus()
                        .addToConditions(condition("example.com/lb-ready", "True"))
                        .addToConditions(condition("example.com/warm", "False"))
                    .endStatus()
                    .build();
            assertThat(PodPrinter.cells(pod, NOW, true).subList(5, 9))
                    .containsExactly("10.244.0.3", "node-0", "<none>", "1/2");
        }

        @Test
        void missingGateConditionCountsAsFalse() {
            Pod pod = new PodBuilder(runningPod("kubia-0", Duration.ofMinutes(3), "10.244.0.3", "node-0"))
                    .editSpec().addNewReadinessGate().withConditionType("example.com/lb-ready").endReadinessGate()
                    .endSpec()
                    .build();
            assertThat(PodPrinter.cells(pod, NOW, true).get(8)).isEqualTo("0/1");
        }

        @Test
        void nominatedNodeAndMissingIp() {
            Pod pod = kubiaPod("kubia-0", Duration.ofSeconds(5))
                    .withNewStatus().withPhase("Pending").withNominatedNodeName("node-3").endStatus().build();
            assertThat(PodPrinter.cells(pod, NOW, true))
                    .containsExactly("kubia-0", "0/1", "Pending", "0", "5s", "<none>", "<none>", "node-3", "<none>");
        }

        @Test
        void firstOfPodIpsWinsAndPodIpIsTheFallback() {
            Pod dualStack = kubiaPod("a", Duration.ofSeconds(5))
                    .withNewStatus().withPhase("Running").withPodIP("10.0.0.9")
                        .addNewPodIP().withIp("10.0.0.9").endPodIP().addNewPodIP().withIp("fd00::9").endPodIP()
                    .endStatus().build();
            Pod legacyOnly = kubiaPod("b", Duration.ofSeconds(5))
                    .withNewStatus().withPhase("Running").withPodIP("10.0.0.7").endStatus().build();
            assertThat(PodPrinter.cells(dualStack, NOW, true).get(5)).isEqualTo("10.0.0.9");
            assertThat(PodPrinter.cells(legacyOnly, NOW, true).get(5)).isEqualTo("10.0.0.7");
        }
    }
}
