package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.KubiaFixtures.NOW;
import static dev.stsviz.cluster.describe.KubiaFixtures.ago;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeDescriberTest {

    /** Hand-derived: every column block measured separately, see the comments in the test. */
    static final String EXPECTED = """
            Name:               hollow-node-0
            Roles:              worker
            Labels:             kubernetes.io/hostname=hollow-node-0
                                node-role.kubernetes.io/worker=
            Annotations:        node.alpha.kubernetes.io/ttl: 0
            CreationTimestamp:  Sat, 28 Nov 2026 01:40:00 +0000
            Taints:             node.kubernetes.io/unreachable:NoExecute
                                node.kubernetes.io/unreachable:NoSchedule
            Unschedulable:      false
            Lease:
              HolderIdentity:  hollow-node-0
              AcquireTime:     Sat, 28 Nov 2026 01:40:05 +0000
              RenewTime:       Sat, 28 Nov 2026 01:57:00 +0000
            Conditions:
              Type    Status    LastHeartbeatTime                 LastTransitionTime                Reason              Message
              ----    ------    -----------------                 ------------------                ------              -------
              Ready   Unknown   Sat, 28 Nov 2026 01:56:40 +0000   Sat, 28 Nov 2026 01:57:21 +0000   NodeStatusUnknown   Kubelet stopped posting node status.
            Addresses:
              InternalIP:  192.0.2.2
              Hostname:    hollow-node-0
            Capacity:
              cpu:     2
              memory:  4Gi
              pods:    110
            Allocatable:
              cpu:     2
              memory:  4Gi
              pods:    110
            System Info:
              Machine ID:                \s
              System UUID:               \s
              Boot ID:                   \s
              Kernel Version:             5.15.0
              OS Image:                   Debian GNU/Linux 12 (bookworm)
              Operating System:           linux
              Architecture:               amd64
              Container Runtime Version:  fakeRuntime://0.1.0
              Kubelet Version:            v1.24.0
              Kube-Proxy Version:         v1.24.0
            PodCIDR:                      10.244.0.0/24
            PodCIDRs:                     10.244.0.0/24
            Non-terminated Pods:          (2 in total)
              Namespace                   Name       CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
              ---------                   ----       ------------  ----------  ---------------  -------------  ---
              default                     kubia-0    0 (0%)        0 (0%)      0 (0%)           0 (0%)         9m1s
              shop                        web-1      100m (5%)     200m (10%)  64Mi (1%)        128Mi (3%)     3h
            Allocated resources:
              (Total limits may be over 100 percent, i.e., overcommitted.)
              Resource           Requests   Limits
              --------           --------   ------
              cpu                100m (5%)  200m (10%)
              memory             64Mi (1%)  128Mi (3%)
              ephemeral-storage  0 (0%)     0 (0%)
            Events:
              Type    Reason        Age    From             Message
              ----    ------        ----   ----             -------
              Normal  NodeNotReady  6m22s  node-controller  Node hollow-node-0 status is now: NodeNotReady
            """;

    static Node hollowNode0() {
        return new NodeBuilder()
                .withNewMetadata()
                    .withName("hollow-node-0").withCreationTimestamp("2026-11-28T01:40:00Z")
                    .addToLabels("kubernetes.io/hostname", "hollow-node-0")
                    .addToLabels("node-role.kubernetes.io/worker", "")
                    .addToAnnotations("node.alpha.kubernetes.io/ttl", "0")
                .endMetadata()
                .withNewSpec()
                    .withPodCIDR("10.244.0.0/24").withPodCIDRs("10.244.0.0/24")
                    // given NoSchedule first: describe sorts by "effect,key"
                    .addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoSchedule").endTaint()
                    .addNewTaint().withKey("node.kubernetes.io/unreachable").withEffect("NoExecute")
                        .withTimeAdded("2026-11-28T01:57:26Z").endTaint()
                .endSpec()
                .withNewStatus()
                    .addNewCondition().withType("Ready").withStatus("Unknown")
                        .withLastHeartbeatTime("2026-11-28T01:56:40Z").withLastTransitionTime("2026-11-28T01:57:21Z")
                        .withReason("NodeStatusUnknown").withMessage("Kubelet stopped posting node status.").endCondition()
                    .addNewAddress().withType("InternalIP").withAddress("192.0.2.2").endAddress()
                    .addNewAddress().withType("Hostname").withAddress("hollow-node-0").endAddress()
                    .addToCapacity("pods", new Quantity("110")).addToCapacity("memory", new Quantity("4Gi"))
                    .addToCapacity("cpu", new Quantity("2"))
                    .addToAllocatable("cpu", new Quantity("2")).addToAllocatable("memory", new Quantity("4Gi"))
                    .addToAllocatable("pods", new Quantity("110"))
                    .withNewNodeInfo()
                        .withKernelVersion("5.15.0").withOsImage("Debian GNU/Linux 12 (bookworm)")
                        .withOperatingSystem("linux").withArchitecture("amd64")
                        .withContainerRuntimeVersion("fakeRuntime://0.1.0")
                        .withKubeletVersion("v1.24.0").withKubeProxyVersion("v1.24.0")
                    .endNodeInfo()
                .endStatus()
                .build();
    }

    static Lease lease() {
        return new LeaseBuilder()
                .withNewMetadata().withName("hollow-node-0").withNamespace("kube-node-lease").endMetadata()
                .withNewSpec().withHolderIdentity("hollow-node-0").withLeaseDurationSeconds(40)
                    .withAcquireTime(ZonedDateTime.parse("2026-11-28T01:40:05Z"))
                    .withRenewTime(ZonedDateTime.parse("2026-11-28T01:57:00.123456Z"))
                .endSpec()
                .build();
    }

    static PodBuilder pod(String namespace, String name, String node, String phase, Duration age) {
        return new PodBuilder()
                .withNewMetadata().withNamespace(namespace).withName(name).withCreationTimestamp(ago(age)).endMetadata()
                .withNewSpec().withNodeName(node).addNewContainer().withName("app").withImage("app").endContainer().endSpec()
                .withNewStatus().withPhase(phase).endStatus();
    }

    static List<Pod> pods() {
        Pod kubia0 = pod("default", "kubia-0", "hollow-node-0", "Running", Duration.ofMinutes(9).plusSeconds(1)).build();
        Pod web1 = pod("shop", "web-1", "hollow-node-0", "Running", Duration.ofHours(3))
                .editSpec().editFirstContainer().withNewResources()
                    .addToRequests("cpu", new Quantity("100m")).addToRequests("memory", new Quantity("64Mi"))
                    .addToLimits("cpu", new Quantity("200m")).addToLimits("memory", new Quantity("128Mi"))
                .endResources().endContainer().endSpec().build();
        Pod done = pod("default", "job-1", "hollow-node-0", "Succeeded", Duration.ofHours(1)).build();
        Pod elsewhere = pod("default", "kubia-1", "hollow-node-1", "Running", Duration.ofHours(1)).build();
        return List.of(kubia0, done, web1, elsewhere);
    }

    static Event notReady() {
        return new EventBuilder()
                .withNewInvolvedObject().withKind("Node").withName("hollow-node-0").endInvolvedObject()
                .withType("Normal").withReason("NodeNotReady").withMessage("Node hollow-node-0 status is now: NodeNotReady")
                .withNewSource().withComponent("node-controller").endSource()
                .withFirstTimestamp(ago(Duration.ofMinutes(6).plusSeconds(22)))
                .withLastTimestamp(ago(Duration.ofMinutes(6).plusSeconds(22))).withCount(1)
                .build();
    }

    @Test
    void describesTheLostNodeLikeKubectl() {
        // Column blocks: Name..Unschedulable share "CreationTimestamp:" (18+2); the Lease, Conditions,
        // Addresses, Capacity and Allocatable blocks each stand alone; System Info, PodCIDR(s) and the
        // non-terminated pods table share column 0 ("  Container Runtime Version:", 28+2), the table's
        // empty third column is 2 wide; the Allocated resources table and the Events table stand alone.
        String out = NodeDescriber.describe(hollowNode0(), lease(), pods(), List.of(notReady()), NOW);

        assertThat(out).isEqualTo(EXPECTED);
    }

    @Test
    void withoutALeaseLookupTheLeaseSectionIsOmitted() {
        String out = NodeDescriber.describe(hollowNode0(), pods(), List.of(notReady()), NOW);

        assertThat(out).doesNotContain("Lease:").contains("Unschedulable:      false\nConditions:\n");
    }

    @Test
    void aMissingLeaseShowsKubectlsNotFoundError() {
        String out = NodeDescriber.describe(hollowNode0(), null, pods(), null, NOW);

        assertThat(out).contains(
                "Unschedulable:      false\n"
                + "Lease:              Failed to get lease: leases.coordination.k8s.io \"hollow-node-0\" not found\n");
    }

    @Test
    void aFailedLeaseLookupShowsTheApiError() {
        String error = "leases.coordination.k8s.io \"hollow-node-0\" is forbidden: User \"student\" cannot get resource "
                + "\"leases\" in API group \"coordination.k8s.io\" in the namespace \"kube-node-lease\"";

        String out = NodeDescriber.describeLeaseFailed(hollowNode0(), error, pods(), null, NOW);

        assertThat(out).contains("Unschedulable:      false\nLease:              Failed to get lease: " + error + "\nConditions:\n");
    }

    @Test
    void podsTheUserMayNotListAreNotAuthorized() {
        // kubectl's canViewPods: a Forbidden pod list replaces both resource tables with one line, which joins
        // the System Info block
        String out = NodeDescriber.describe(hollowNode0(), lease(), null, null, NOW);

        assertThat(out).endsWith("PodCIDRs:                     10.244.0.0/24\nPods:                         not authorized\n")
                .doesNotContain("Non-terminated Pods", "Allocated resources");
    }

    @Test
    void withoutEventsTheSectionIsOmittedAndNoEventsReadNone() {
        assertThat(NodeDescriber.describe(hollowNode0(), pods(), null, NOW)).doesNotContain("Events:");
        // "Events:\t<none>" joins the Allocated resources block, as in real output
        assertThat(NodeDescriber.describe(hollowNode0(), pods(), List.of(), NOW))
                .endsWith("  ephemeral-storage  0 (0%)     0 (0%)\nEvents:              <none>\n");
    }

    @Test
    void rolesComeFromBothRoleLabelsAndNoneWithout() {
        Node node = new NodeBuilder(hollowNode0()).editMetadata()
                .addToLabels("node-role.kubernetes.io/control-plane", "")
                .addToLabels("kubernetes.io/role", "master")
                .addToLabels("node-role.kubernetes.io/", "x")
                .endMetadata().build();
        assertThat(NodeDescriber.roles(node)).containsExactly("control-plane", "master", "worker");

        Node plain = new NodeBuilder(hollowNode0()).editMetadata().withLabels(null).endMetadata().build();
        assertThat(NodeDescriber.describe(plain, List.of(), null, NOW)).contains("Roles:              <none>\n");
    }

    @Test
    void untaintedSchedulableNodeAndExtendedResources() {
        Node node = new NodeBuilder(hollowNode0())
                .editSpec().withTaints().withUnschedulable(true).endSpec()
                .editStatus().addToAllocatable("example.com/gpu", new Quantity("2"))
                    .addToAllocatable("hugepages-2Mi", new Quantity("0")).endStatus()
                .build();

        String out = NodeDescriber.describe(node, List.of(), null, NOW);

        assertThat(out).contains("Taints:             <none>\n", "Unschedulable:      true\n",
                "Non-terminated Pods:          (0 in total)\n");
        assertThat(out).endsWith("""
                  Resource           Requests  Limits
                  --------           --------  ------
                  cpu                0 (0%)    0 (0%)
                  memory             0 (0%)    0 (0%)
                  ephemeral-storage  0 (0%)    0 (0%)
                  hugepages-2Mi      0 (0%)    0 (0%)
                  example.com/gpu    0         0
                """);
    }
}
