package dev.stsviz.lesson;

import dev.stsviz.console.ResourceType;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nodes named by role, {@code {node of kubia-0}}: a simulated and a live cluster name their nodes differently, so a
 * lesson never writes a node's name. A role is resolved from the current state the first time a step needs it and
 * then kept for the rest of the lesson: after a force delete moves kubia-0, "the node of kubia-0" is still the node
 * that was lost. Going back before the step that resolved it forgets it.
 */
public final class Roles {
    /** A brace and a word: JSON in a patch ({"spec": ...}) is not a role. */
    static final Pattern ROLE = Pattern.compile("\\{([A-Za-z][^{}\"':]*)}");
    private static final Pattern NODE_OF = Pattern.compile("node of ([a-z0-9]([-a-z0-9.]*[a-z0-9])?)");
    private final Map<String, String> resolved = new HashMap<>();
    private final Map<String, Integer> resolvedAt = new HashMap<>();

    /** What is wrong with the roles a text names, or null: only {@code {node of POD}} exists. */
    static String problem(String text) {
        Matcher m = ROLE.matcher(text);
        while (m.find()) {
            if (!NODE_OF.matcher(m.group(1).trim()).matches()) {
                return "unknown role \"{" + m.group(1) + "}\" (a lesson names a node by role: {node of POD}, e.g. {node of kubia-0})";
            }
        }
        return null;
    }

    /** The text with each role replaced by the node's name; roles not known yet are listed in {@link Resolved#unknown()}. */
    public Resolved resolve(String text, ObjectLookup lookup, String namespace, int step) {
        if (text == null) {
            return new Resolved(null, List.of());
        }
        Matcher m = ROLE.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            String role = m.group(1).trim();
            String node = node(role, lookup, namespace, step);
            if (node == null) {
                unknown.add(role);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(node == null ? "{" + role + "}" : node));
        }
        m.appendTail(out);
        return new Resolved(out.toString(), unknown);
    }

    private String node(String role, ObjectLookup lookup, String namespace, int step) {
        String known = resolved.get(role);
        if (known != null) {
            return known;
        }
        Matcher m = NODE_OF.matcher(role);
        if (!m.matches()) {
            return null;
        }
        HasMetadata pod = lookup.get(ResourceType.PODS, namespace, m.group(1));
        String node = pod instanceof Pod p && p.getSpec() != null ? p.getSpec().getNodeName() : null;
        if (node != null) {
            resolved.put(role, node);
            resolvedAt.put(role, step);
        }
        return node;
    }

    /** Forgets the roles resolved at this step or later (the teacher went back to it). */
    public void forgetFrom(int step) {
        resolvedAt.entrySet().removeIf(e -> {
            if (e.getValue() >= step) {
                resolved.remove(e.getKey());
                return true;
            }
            return false;
        });
    }

    /** @param unknown roles whose node is not known yet (the pod is not scheduled): the text keeps them in braces */
    public record Resolved(String text, List<String> unknown) {
        public boolean complete() {
            return unknown.isEmpty();
        }
    }
}
