package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeSpec;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseSpec;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code kubectl describe node}: port of describe.go's {@code describeNode} (kubectl 1.32). */
public final class NodeDescriber {

    static final String ROLE_LABEL_PREFIX = "node-role.kubernetes.io/";
    static final String ROLE_LABEL = "kubernetes.io/role";

    private NodeDescriber() {
    }

    /** Without a lease lookup ({@code describeNode} with a nil LeaseDescriber): no Lease section. */
    public static String describe(Node node, List<Pod> podsOnNode, List<Event> events, Instant now) {
        return describe(node, podsOnNode, events, now, false, null, null);
    }

    /**
     * With the node's Lease from kube-node-lease, as kubectl describe node prints it; a null lease prints the
     * NotFound error kubectl shows.
     *
     * @param podsOnNode the pods bound to the node; Succeeded and Failed ones, and pods of other nodes, are
     *                   left out as kubectl's field selector does. Null when the user may not list pods:
     *                   "Pods:  not authorized" replaces the resource tables
     * @param events     events about the node; null omits the Events section
     */
    public static String describe(Node node, Lease lease, List<Pod> podsOnNode, List<Event> events, Instant now) {
        return describe(node, podsOnNode, events, now, true, lease, null);
    }

    /**
     * When getting the Lease failed for another reason than NotFound: kubectl prints
     * "Lease:  Failed to get lease: &lt;the API error&gt;", e.g. {@code leases.coordination.k8s.io "n" is forbidden: ...}.
     */
    public static String describeLeaseFailed(Node node, String leaseError, List<Pod> podsOnNode, List<Event> events,
            Instant now) {
        return describe(node, podsOnNode, events, now, true, null, Objects.requireNonNull(leaseError, "leaseError"));
    }

    private static String describe(Node node, List<Pod> podsOnNode, List<Event> events, Instant now,
            boolean withLease, Lease lease, String leaseError) {
        Objects.requireNonNull(now, "now");
        PrefixWriter w = new PrefixWriter();
        ObjectMeta meta = GoZero.meta(node);
        NodeSpec spec = node.getSpec() == null ? new NodeSpec() : node.getSpec();

        w.write(LEVEL_0, "Name:\t" + str(meta.getName()) + "\n");
        List<String> roles = roles(node);
        w.write(LEVEL_0, "Roles:\t" + (roles.isEmpty() ? "<none>" : String.join(",", roles)) + "\n");
        Multiline.labels(w, "Labels", meta.getLabels());
        Multiline.annotations(w, "Annotations", meta.getAnnotations());
        w.write(LEVEL_0, "CreationTimestamp:\t" + GoTime.rfc1123z(meta.getCreationTimestamp()) + "\n");
        Multiline.taints(w, "Taints", spec.getTaints());
        w.write(LEVEL_0, "Unschedulable:\t" + GoZero.bool(spec.getUnschedulable()) + "\n");
        if (withLease) {
            lease(w, str(meta.getName()), lease, leaseError);
        }
        List<NodeCondition> conditions = node.getStatus() == null ? List.of() : list(node.getStatus().getConditions());
        if (!conditions.isEmpty()) {
            w.write(LEVEL_0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(LEVEL_1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for (NodeCondition c : conditions) {
                w.write(LEVEL_1, str(c.getType()) + " \t" + str(c.getStatus()) + " \t"
                        + GoTime.rfc1123z(c.getLastHeartbeatTime()) + " \t" + GoTime.rfc1123z(c.getLastTransitionTime())
                        + " \t" + str(c.getReason()) + " \t" + str(c.getMessage()) + "\n");
            }
        }
        w.write(LEVEL_0, "Addresses:\n");
        if (node.getStatus() != null) {
            for (NodeAddress a : list(node.getStatus().getAddresses())) {
                w.write(LEVEL_1, str(a.getType()) + ":\t" + str(a.getAddress()) + "\n");
            }
            resourceList(w, "Capacity", node.getStatus().getCapacity());
            resourceList(w, "Allocatable", node.getStatus().getAllocatable());
        }
        systemInfo(w, node.getStatus() == null ? null : node.getStatus().getNodeInfo());
        if (!str(spec.getPodCIDR()).isEmpty()) {
            w.write(LEVEL_0, "PodCIDR:\t" + spec.getPodCIDR() + "\n");
        }
        if (!list(spec.getPodCIDRs()).isEmpty()) {
            w.write(LEVEL_0, "PodCIDRs:\t" + String.join(",", spec.getPodCIDRs()) + "\n");
        }
        if (!str(spec.getProviderID()).isEmpty()) {
            w.write(LEVEL_0, "ProviderID:\t" + spec.getProviderID() + "\n");
        }
        if (podsOnNode == null) {
            w.write(LEVEL_0, "Pods:\tnot authorized\n");
        } else {
            NodeResources.write(w, node, nonTerminated(str(meta.getName()), podsOnNode), now);
        }
        if (events != null) {
            EventsSection.write(w, events, now);
        }
        return w.render();
    }

    /** {@code findNodeRoles}: node-role.kubernetes.io/&lt;role&gt; labels and kubernetes.io/role, sorted. */
    static List<String> roles(Node node) {
        TreeSet<String> roles = new TreeSet<>();
        for (Map.Entry<String, String> e : GoZero.map(GoZero.meta(node).getLabels()).entrySet()) {
            if (e.getKey().startsWith(ROLE_LABEL_PREFIX)) {
                String role = e.getKey().substring(ROLE_LABEL_PREFIX.length());
                if (!role.isEmpty()) {
                    roles.add(role);
                }
            } else if (e.getKey().equals(ROLE_LABEL) && !str(e.getValue()).isEmpty()) {
                roles.add(e.getValue());
            }
        }
        return new ArrayList<>(roles);
    }

    /** {@code describeNodeLease}. */
    private static void lease(PrefixWriter w, String nodeName, Lease lease, String error) {
        if (error != null) {
            w.write(LEVEL_0, "Lease:\tFailed to get lease: " + error + "\n");
            return;
        }
        if (lease == null) {
            w.write(LEVEL_0, "Lease:\tFailed to get lease: leases.coordination.k8s.io \"" + nodeName + "\" not found\n");
            return;
        }
        LeaseSpec spec = lease.getSpec() == null ? new LeaseSpec() : lease.getSpec();
        w.write(LEVEL_0, "Lease:\n");
        w.write(LEVEL_1, "HolderIdentity:\t" + (spec.getHolderIdentity() == null ? "<unset>" : spec.getHolderIdentity()) + "\n");
        w.write(LEVEL_1, "AcquireTime:\t" + leaseTime(spec.getAcquireTime()) + "\n");
        w.write(LEVEL_1, "RenewTime:\t" + leaseTime(spec.getRenewTime()) + "\n");
    }

    private static String leaseTime(ZonedDateTime t) {
        return t == null ? "<unset>" : GoTime.rfc1123z(t.toInstant());
    }

    /** Capacity / Allocatable: "  name:\tquantity" sorted by name, only when non-empty. */
    private static void resourceList(PrefixWriter w, String title, Map<String, Quantity> list) {
        if (list == null || list.isEmpty()) {
            return;
        }
        w.write(LEVEL_0, title + ":\n");
        for (Map.Entry<String, Quantity> e : new TreeMap<>(list).entrySet()) {
            w.write(LEVEL_0, "  " + e.getKey() + ":\t" + GoQuantity.of(e.getValue()) + "\n");
        }
    }

    private static void systemInfo(PrefixWriter w, NodeSystemInfo info) {
        NodeSystemInfo i = info == null ? new NodeSystemInfo() : info;
        w.write(LEVEL_0, "System Info:\n");
        w.write(LEVEL_0, "  Machine ID:\t" + str(i.getMachineID()) + "\n");
        w.write(LEVEL_0, "  System UUID:\t" + str(i.getSystemUUID()) + "\n");
        w.write(LEVEL_0, "  Boot ID:\t" + str(i.getBootID()) + "\n");
        w.write(LEVEL_0, "  Kernel Version:\t" + str(i.getKernelVersion()) + "\n");
        w.write(LEVEL_0, "  OS Image:\t" + str(i.getOsImage()) + "\n");
        w.write(LEVEL_0, "  Operating System:\t" + str(i.getOperatingSystem()) + "\n");
        w.write(LEVEL_0, "  Architecture:\t" + str(i.getArchitecture()) + "\n");
        w.write(LEVEL_0, "  Container Runtime Version:\t" + str(i.getContainerRuntimeVersion()) + "\n");
        w.write(LEVEL_0, "  Kubelet Version:\t" + str(i.getKubeletVersion()) + "\n");
        w.write(LEVEL_0, "  Kube-Proxy Version:\t" + str(i.getKubeProxyVersion()) + "\n");
    }

    /** kubectl's field selector: spec.nodeName=&lt;node&gt;, status.phase!=Succeeded, status.phase!=Failed. */
    private static List<Pod> nonTerminated(String nodeName, List<Pod> pods) {
        List<Pod> out = new ArrayList<>();
        for (Pod p : list(pods)) {
            String phase = p.getStatus() == null ? "" : str(p.getStatus().getPhase());
            String boundTo = p.getSpec() == null ? "" : str(p.getSpec().getNodeName());
            if (boundTo.equals(nodeName) && !"Succeeded".equals(phase) && !"Failed".equals(phase)) {
                out.add(p);
            }
        }
        return out;
    }
}
