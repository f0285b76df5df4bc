package dev.stsviz.differential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node names differ between the sides (minikube, minikube-m02 … on the simulator, hollow-node-0 … on the control
 * plane) and the scheduler's choice among equal nodes is random upstream. What must agree is the placement's shape:
 * so nodes are renamed node-1, node-2 … in the order pods were first placed on them (then, for nodes no pod used, by
 * name). "kubia-0 moved to a third node" reads the same on both sides.
 */
final class NodeRoles {
    private final Map<String, String> roles;
    private final Pattern names;

    NodeRoles(List<String> nodesInPlacementOrder, List<String> allNodes) {
        this(numbered(nodesInPlacementOrder, allNodes));
    }

    private NodeRoles(Map<String, String> roles) {
        this.roles = roles;
        List<String> longestFirst = new ArrayList<>(roles.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        names = longestFirst.isEmpty() ? null
                : Pattern.compile("(?<![\\w-])(" + String.join("|", longestFirst.stream().map(Pattern::quote).toList()) + ")(?![\\w-])");
    }

    private static Map<String, String> numbered(List<String> nodesInPlacementOrder, List<String> allNodes) {
        List<String> order = new ArrayList<>(nodesInPlacementOrder);
        allNodes.stream().sorted().filter(n -> !order.contains(n)).forEach(order::add);
        Map<String, String> roles = new LinkedHashMap<>();
        for (String node : order) {
            roles.put(node, "node-" + (roles.size() + 1));
        }
        return roles;
    }

    /**
     * Names by what happened to the node instead: {@code lost-node} for a node that went NotReady, {@code a-node} for
     * any other. Where a pod lands among healthy nodes is the scheduler's score, and upstream's depends on more than
     * the simulator models (ImageLocality favours a node that already has the new image, equal scores are a coin
     * toss): pods are compared by whether they are on the lost node or on a healthy one.
     */
    static NodeRoles byFate(List<String> allNodes, java.util.Set<String> lost) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (String node : allNodes) {
            roles.put(node, lost.contains(node) ? "lost-node" : "a-node");
        }
        return new NodeRoles(roles);
    }

    /** The text with every node name replaced by its role. */
    String rename(String text) {
        if (names == null) {
            return text;
        }
        Matcher m = names.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(roles.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
