package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.KubiaFixtures.NOW;
import static dev.stsviz.cluster.describe.KubiaFixtures.ago;
import static dev.stsviz.cluster.describe.KubiaFixtures.kubia0;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodDescriberTest {

    /**
     * Hand-derived for an unscheduled pod. Blocks: the header ("Service Account:", 16+2, with the empty IP
     * cell keeping its padding); the container fields (14+2); the Limits entry (13+2); the Requests entries
     * together with "Environment:" (16+2), as no tab-less line separates them; Conditions (15+2); the volume
     * fields through Tolerations ("Node-Selectors:", 15+2).
     */
    static final String UNSCHEDULED = """
            Name:             kubia-1
            Namespace:        default
            Priority:         0
            Service Account:  default
            Node:             <none>
            Labels:           app=kubia
            Annotations:      <none>
            Status:           Pending
            IP:              \s
            IPs:              <none>
            Controlled By:    StatefulSet/kubia
            Containers:
              kubia:
                Image:      luksa/kubia-pet
                Port:       8080/TCP
                Host Port:  0/TCP
                Limits:
                  memory:  128Mi
                Requests:
                  cpu:        100m
                  memory:     64Mi
                Environment:  <none>
                Mounts:
                  /var/data from data (rw)
            Conditions:
              Type           Status
              PodScheduled   False\s
            Volumes:
              data:
                Type:        PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)
                ClaimName:   data-kubia-1
                ReadOnly:    false
            QoS Class:       Burstable
            Node-Selectors:  disktype=ssd
                             kubernetes.io/os=linux
            Tolerations:     <none>
            Events:
              Type     Reason            Age              From               Message
              ----     ------            ----             ----               -------
              Warning  FailedScheduling  2m (x4 over 5m)  default-scheduler  0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.
            """;

    static Pod unscheduled() {
        return new PodBuilder()
                .withNewMetadata().withName("kubia-1").withNamespace("default").addToLabels("app", "kubia")
                    .addNewOwnerReference().withKind("StatefulSet").withName("kubia").withController(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withPriority(0).withServiceAccountName("default")
                    .addNewContainer().withName("kubia").withImage("luksa/kubia-pet")
                        .addNewPort().withContainerPort(8080).endPort()
                        .withNewResources()
                            .addToRequests("memory", new Quantity("64Mi")).addToRequests("cpu", new Quantity("0.1"))
                            .addToLimits("memory", new Quantity("128Mi"))
                        .endResources()
                        .addNewVolumeMount().withName("data").withMountPath("/var/data").endVolumeMount()
                    .endContainer()
                    .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-kubia-1")
                        .endPersistentVolumeClaim().endVolume()
                    .addToNodeSelector("kubernetes.io/os", "linux").addToNodeSelector("disktype", "ssd")
                .endSpec()
                .withNewStatus().withPhase("Pending")
                    .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable").endCondition()
                .endStatus()
                .build();
    }

    static Event failedScheduling() {
        return new EventBuilder()
                .withNewInvolvedObject().withKind("Pod").withNamespace("default").withName("kubia-1").endInvolvedObject()
                .withType("Warning").withReason("FailedScheduling")
                .withMessage("0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.")
                .withReportingComponent("default-scheduler")
                .withNewEventTime(ago(Duration.ofMinutes(5))).withNewSeries().withCount(4)
                    .withNewLastObservedTime(ago(Duration.ofMinutes(2))).endSeries()
                .build();
    }

    static PodBuilder withStatus(ContainerStatus status) {
        return kubia0(Duration.ZERO).editMetadata().withDeletionTimestamp(null).withDeletionGracePeriodSeconds(null)
                .endMetadata().editStatus().withContainerStatuses(status).endStatus();
    }

    @Test
    void describesAnUnscheduledPod() {
        String out = PodDescriber.describe(unscheduled(), List.of(failedScheduling()), NOW);

        assertThat(out).isEqualTo(UNSCHEDULED);
    }

    @Test
    void computesTheQosClassWhenTheStatusHasNone() {
        assertThat(PodDescriber.describe(unscheduled(), null, NOW)).contains("QoS Class:       Burstable\n");
        Pod recorded = new PodBuilder(unscheduled()).editStatus().withQosClass("Guaranteed").endStatus().build();
        assertThat(PodDescriber.describe(recorded, null, NOW)).contains("QoS Class:       Guaranteed\n");
    }

    @Test
    void withoutEventsTheSectionIsOmittedAndAnEmptyListReadsNone() {
        assertThat(PodDescriber.describe(unscheduled(), null, NOW)).endsWith("Tolerations:     <none>\n");
        assertThat(PodDescriber.describe(unscheduled(), List.of(), NOW))
                .endsWith("Tolerations:     <none>\nEvents:          <none>\n");
    }

    @Test
    void aWaitingContainerShowsItsReason() {
        ContainerStatus creating = new ContainerStatusBuilder().withName("kubia").withImage("luksa/kubia-pet")
                .withReady(false).withRestartCount(0)
                .withNewState().withNewWaiting().withReason("ContainerCreating").endWaiting().endState().build();

        String out = PodDescriber.describe(withStatus(creating).build(), null, NOW);

        assertThat(out).contains("""
                    Container ID:  \s
                    Image:          luksa/kubia-pet
                    Image ID:      \s
                    Port:           8080/TCP
                    Host Port:      0/TCP
                    State:          Waiting
                      Reason:       ContainerCreating
                    Ready:          False
                    Restart Count:  0
                """);
    }

    @Test
    void aContainerWithoutAStateIsWaitingWithoutAReason() {
        ContainerStatus blank = new ContainerStatusBuilder().withName("kubia").build();

        assertThat(PodDescriber.describe(withStatus(blank).build(), null, NOW))
                .contains("    State:          Waiting\n    Ready:          False\n");
    }

    @Test
    void terminatedStateAndLastState() {
        ContainerStatus restarted = new ContainerStatusBuilder().withName("kubia").withContainerID("containerd://abc")
                .withImageID("docker.io/luksa/kubia-pet@sha256:1").withReady(false).withRestartCount(3)
                .withNewState().withNewTerminated().withReason("Completed").withExitCode(0)
                    .withStartedAt("2026-11-28T02:00:00Z").withFinishedAt("2026-11-28T02:01:00Z").endTerminated().endState()
                .withNewLastState().withNewTerminated().withReason("Error").withMessage("boom").withExitCode(137).withSignal(9)
                    .withStartedAt("2026-11-28T01:58:00Z").withFinishedAt("2026-11-28T01:59:30Z").endTerminated().endLastState()
                .build();

        String out = PodDescriber.describe(withStatus(restarted).build(), null, NOW);

        assertThat(out).contains("""
                    State:          Terminated
                      Reason:       Completed
                      Exit Code:    0
                      Started:      Sat, 28 Nov 2026 02:00:00 +0000
                      Finished:     Sat, 28 Nov 2026 02:01:00 +0000
                    Last State:     Terminated
                      Reason:       Error
                      Message:      boom
                      Exit Code:    137
                      Signal:       9
                      Started:      Sat, 28 Nov 2026 01:58:00 +0000
                      Finished:     Sat, 28 Nov 2026 01:59:30 +0000
                    Ready:          False
                    Restart Count:  3
                """);
    }

    @Test
    void aFinishedPodBeingDeletedKeepsItsPhase() {
        Pod succeeded = kubia0(Duration.ofSeconds(10)).editStatus().withPhase("Succeeded").endStatus().build();

        assertThat(PodDescriber.describe(succeeded, null, NOW))
                .contains("Status:           Succeeded\n")
                .doesNotContain("Terminating", "Termination Grace Period");
    }

    @Test
    void environmentProbesAndEnvFrom() {
        Pod pod = withStatus(new ContainerStatusBuilder().withName("kubia").withReady(true).withRestartCount(0)
                .withNewState().withNewRunning().withStartedAt("2026-11-28T01:54:22Z").endRunning().endState().build())
                .editSpec().editFirstContainer()
                    .withVolumeMounts()
                    .addNewEnvFrom().withPrefix("APP_").withNewConfigMapRef().withName("cfg").endConfigMapRef().endEnvFrom()
                    .addNewEnv().withName("GREETING").withValue("hello").endEnv()
                    .addNewEnv().withName("MULTI").withValue("a\nb").endEnv()
                    .addNewEnv().withName("POD_NAME").withNewValueFrom().withNewFieldRef().withApiVersion("v1")
                        .withFieldPath("metadata.name").endFieldRef().endValueFrom().endEnv()
                    .addNewEnv().withName("POD_IP").withNewValueFrom().withNewFieldRef().withApiVersion("v1")
                        .withFieldPath("status.podIP").endFieldRef().endValueFrom().endEnv()
                    .addNewEnv().withName("MEM_LIMIT").withNewValueFrom().withNewResourceFieldRef()
                        .withResource("limits.memory").endResourceFieldRef().endValueFrom().endEnv()
                    .addNewEnv().withName("PASSWORD").withNewValueFrom().withNewSecretKeyRef().withName("db")
                        .withKey("password").endSecretKeyRef().endValueFrom().endEnv()
                    .withNewLivenessProbe().withNewHttpGet().withScheme("HTTP").withPath("/healthz")
                        .withPort(new IntOrString(8080)).endHttpGet().withInitialDelaySeconds(3).withTimeoutSeconds(1)
                        .withPeriodSeconds(10).withSuccessThreshold(1).withFailureThreshold(3).endLivenessProbe()
                    .withNewReadinessProbe().withNewExec().withCommand("cat", "/tmp/ready").endExec()
                        .withTimeoutSeconds(1).withPeriodSeconds(5).withSuccessThreshold(1).withFailureThreshold(3)
                        .endReadinessProbe()
                    .withNewStartupProbe().withNewTcpSocket().withPort(new IntOrString("http")).endTcpSocket()
                        .endStartupProbe()
                .endContainer().endSpec()
                .build();

        String out = PodDescriber.describe(pod, null, NOW);

        // probes join the container's first block; "Environment Variables from:" and "Environment:" end
        // blocks, so the envFrom line stands alone and "Mounts:\t<none>" joins the variables' block
        assertThat(out).contains("""
                    Ready:          True
                    Restart Count:  0
                    Liveness:       http-get http://:8080/healthz delay=3s timeout=1s period=10s #success=1 #failure=3
                    Readiness:      exec [cat /tmp/ready] delay=0s timeout=1s period=5s #success=1 #failure=3
                    Startup:        tcp-socket :http delay=0s timeout=0s period=0s #success=0 #failure=0
                    Environment Variables from:
                      cfg  ConfigMap with prefix 'APP_'  Optional: false
                    Environment:
                      GREETING:   hello
                      MULTI:      a
                                  b
                      POD_NAME:   kubia-0 (v1:metadata.name)
                      POD_IP:      (v1:status.podIP)
                      MEM_LIMIT:  node allocatable (limits.memory)
                      PASSWORD:   <set to the key 'password' in secret 'db'>  Optional: false
                    Mounts:       <none>
                Conditions:
                """);
    }

    @Test
    void readinessGatesAndNominatedNodeAndPriorityClass() {
        Pod pod = new PodBuilder(unscheduled())
                .editSpec().withPriorityClassName("high").addNewReadinessGate().withConditionType("example.com/lb")
                    .endReadinessGate().addNewReadinessGate().withConditionType("example.com/ready").endReadinessGate()
                .endSpec()
                .editStatus().withNominatedNodeName("node-2")
                    .addNewCondition().withType("example.com/ready").withStatus("True").endCondition().endStatus()
                .build();

        String out = PodDescriber.describe(pod, null, NOW);

        assertThat(out).contains("Priority Class Name:  high\n", "NominatedNodeName:    node-2\n",
                "Readiness Gates:\n  Type                Status\n  example.com/lb      <none> \n"
                + "  example.com/ready   True \nConditions:\n");
    }

    @Test
    void longAndMultiLineAnnotations() {
        String longValue = "x".repeat(150);
        Pod pod = new PodBuilder(unscheduled()).editMetadata()
                .addToAnnotations("kubectl.kubernetes.io/last-applied-configuration", "{}")
                .addToAnnotations("a", "short")
                .addToAnnotations("b", longValue)
                .addToAnnotations("c", "line1\nline2\n")
                .endMetadata().build();

        String out = PodDescriber.describe(pod, null, NOW);

        assertThat(out).contains("Annotations:      a: short\n"
                + "                  b:\n"
                + "                    " + "x".repeat(138) + "...\n"
                + "                  c:\n"
                + "                    line1\n"
                + "                    line2\n"
                + "Status:").doesNotContain("last-applied");
    }

    @Test
    void initContainersComeFirstAndTopologySpreadConstraintsLast() {
        Pod pod = new PodBuilder(unscheduled()).editSpec()
                .addNewInitContainer().withName("init-data").withImage("busybox").withCommand("sh", "-c")
                    .withArgs("cp -r /seed /var/data\necho done").endInitContainer()
                .addNewTopologySpreadConstraint().withTopologyKey("zone").withWhenUnsatisfiable("DoNotSchedule")
                    .withMaxSkew(1).withNewLabelSelector().addToMatchLabels("app", "kubia").endLabelSelector()
                .endTopologySpreadConstraint()
                .addNewTopologySpreadConstraint().withTopologyKey("kubernetes.io/hostname")
                    .withWhenUnsatisfiable("ScheduleAnyway").withMaxSkew(2).endTopologySpreadConstraint()
                .endSpec().build();

        String out = PodDescriber.describe(pod, null, NOW);

        assertThat(out).contains("""
                Init Containers:
                  init-data:
                    Image:      busybox
                    Port:       <none>
                    Host Port:  <none>
                    Command:
                      sh
                      -c
                    Args:
                      cp -r /seed /var/data
                      echo done
                    Environment:  <none>
                    Mounts:       <none>
                Containers:
                """);
        assertThat(out).endsWith("""
                Tolerations:                  <none>
                Topology Spread Constraints:  kubernetes.io/hostname:ScheduleAnyway when max skew 2 is exceeded
                                              zone:DoNotSchedule when max skew 1 is exceeded for selector app=kubia
                """);
    }
}
