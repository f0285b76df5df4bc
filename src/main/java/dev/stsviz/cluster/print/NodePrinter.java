package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.bool;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.map;
import static dev.stsviz.cluster.print.GoZero.meta;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeAddress;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeStatus;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code kubectl get nodes [-o wide]}: port of {@code printNode}, {@code findNodeRoles} and
 * {@code getNodeInternalIP}/{@code getNodeExternalIP} in {@code pkg/printers/internalversion/printers.go}.
 */
public final class NodePrinter {

    private static final List<String> COLUMNS = List.of("Name", "Status", "Roles", "Age", "Version");
    private static final List<String> WIDE_COLUMNS =
            List.of("Internal-IP", "External-IP", "OS-Image", "Kernel-Version", "Container-Runtime");

    /** {@code labelNodeRolePrefix}: a {@code node-role.kubernetes.io/<role>} label names a role. */
    static final String LABEL_NODE_ROLE_PREFIX = "node-role.kubernetes.io/";
    /** {@code nodeLabelRole}: the legacy {@code kubernetes.io/role=<role>} label. */
    static final String NODE_LABEL_ROLE = "kubernetes.io/role";

    private NodePrinter() {
    }

    public static List<String> headers(boolean wide) {
        return Columns.of(COLUMNS, wide ? WIDE_COLUMNS : List.of());
    }

    public static List<String> cells(Node node, Instant now, boolean wide) {
        NodeSystemInfo info = nodeInfo(node);
        List<String> cells = new ArrayList<>(List.of(
                name(node), status(node), roles(node), age(node, now), str(info.getKubeletVersion())));
        if (wide) {
            cells.add(address(node, "InternalIP"));
            cells.add(address(node, "ExternalIP"));
            cells.add(orUnknown(info.getOsImage()));
            cells.add(orUnknown(info.getKernelVersion()));
            cells.add(orUnknown(info.getContainerRuntimeVersion()));
        }
        return cells;
    }

    /**
     * STATUS column. kubectl only reports the conditions in {@code NodeAllConditions}, which is just
     * {@code [Ready]}: "Ready" / "NotReady", "Unknown" when there is no Ready condition, plus
     * ",SchedulingDisabled" for a cordoned node. The last Ready condition wins (Go fills a map).
     */
    public static String status(Node node) {
        NodeCondition ready = null;
        for (NodeCondition c : list(status(node.getStatus()).getConditions())) {
            if ("Ready".equals(c.getType())) {
                ready = c;
            }
        }
        List<String> status = new ArrayList<>();
        if (ready != null) {
            status.add("True".equals(ready.getStatus()) ? "Ready" : "NotReady");
        } else {
            status.add("Unknown");
        }
        if (node.getSpec() != null && bool(node.getSpec().getUnschedulable())) {
            status.add("SchedulingDisabled");
        }
        return String.join(",", status);
    }

    /** ROLES column: sorted, de-duplicated roles from the role labels, or "&lt;none&gt;". */
    public static String roles(Node node) {
        TreeSet<String> roles = new TreeSet<>();
        for (Map.Entry<String, String> label : map(meta(node).getLabels()).entrySet()) {
            String k = label.getKey();
            String v = str(label.getValue());
            if (k.startsWith(LABEL_NODE_ROLE_PREFIX)) {
                String role = k.substring(LABEL_NODE_ROLE_PREFIX.length());
                if (!role.isEmpty()) {
                    roles.add(role);
                }
            } else if (k.equals(NODE_LABEL_ROLE) && !v.isEmpty()) {
                roles.add(v);
            }
        }
        return roles.isEmpty() ? "<none>" : String.join(",", roles);
    }

    public static String table(List<Node> nodes, Instant now, boolean wide) {
        Table table = new Table(headers(wide));
        for (Node node : nodes) {
            table.addRow(cells(node, now, wide));
        }
        return table.render();
    }

    /** First address of the given type, or "&lt;none&gt;". */
    private static String address(Node node, String type) {
        for (NodeAddress a : list(status(node.getStatus()).getAddresses())) {
            if (type.equals(a.getType())) {
                return str(a.getAddress());
            }
        }
        return "<none>";
    }

    private static NodeStatus status(NodeStatus s) {
        return s == null ? new NodeStatus() : s;
    }

    private static NodeSystemInfo nodeInfo(Node node) {
        NodeSystemInfo info = status(node.getStatus()).getNodeInfo();
        return info == null ? new NodeSystemInfo() : info;
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "<unknown>" : s;
    }
}
