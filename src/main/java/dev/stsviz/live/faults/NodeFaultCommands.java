package dev.stsviz.live.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node-fault commands for one context: the config file's entry for it wins over the detected preset, and
 * {@link #argv} turns a template into the exact argv to run for one node.
 * <p>
 * Safety: the node name comes from the cluster, so it is checked twice (it must be one of the cluster's nodes AND
 * a DNS-1123 subdomain, which excludes spaces, {@code ;}, {@code $}, {@code /} and a leading {@code -} that a
 * program would read as an option); placeholders are replaced inside argv elements only, in one pass, and the argv
 * goes to {@link NodeFaultRunner} which never uses a shell.
 */
public final class NodeFaultCommands {
    public static final String DISCONNECT = "disconnect";
    public static final String RECONNECT = "reconnect";

    /** Kubernetes' DNS-1123 subdomain (what the API server accepts as a Node name), at most 253 characters. */
    private static final Pattern DNS_1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final int MAX_NODE_NAME = 253;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_-]*)}");

    private final ContextInfo context;
    private final Optional<NodeFaultTemplate> template;
    /** The config file's vars for this context: they win even over per-node values. */
    private final Map<String, String> configVars;
    private final Path configFile;

    private NodeFaultCommands(ContextInfo context, Optional<NodeFaultTemplate> template,
                              Map<String, String> configVars, Path configFile) {
        this.context = context;
        this.template = template;
        this.configVars = Map.copyOf(configVars);
        this.configFile = configFile;
    }

    /** Resolves the commands for a context: config entry &gt; detected preset. Throws on a bad config file. */
    public static NodeFaultCommands resolve(ContextInfo context, NodeFaultConfig config) {
        return resolve(context, config.forContext(context.contextName()), config.file());
    }

    static NodeFaultCommands resolve(ContextInfo context, Optional<NodeFaultConfig.Entry> entry, Path configFile) {
        Optional<NodeFaultTemplate> detected = NodeFaultPresets.detect(context);
        if (entry.isEmpty()) {
            return new NodeFaultCommands(context, detected, Map.of(), configFile);
        }
        NodeFaultConfig.Entry e = entry.get();
        Optional<NodeFaultTemplate> base = e.preset() != null ? NodeFaultPresets.byName(e.preset(), context) : detected;
        List<String> disconnect = !e.disconnect().isEmpty() ? e.disconnect()
                : base.map(NodeFaultTemplate::disconnect).orElse(List.of());
        List<String> reconnect = !e.reconnect().isEmpty() ? e.reconnect()
                : base.map(NodeFaultTemplate::reconnect).orElse(List.of());
        String where = configFile + ": contexts." + context.contextName();
        if (disconnect.isEmpty() || reconnect.isEmpty()) {
            throw new NodeFaultException(where + ": no " + (disconnect.isEmpty() ? DISCONNECT : RECONNECT)
                    + " command, and no preset for this context: give a preset (" + String.join(", ",
                    NodeFaultPresets.NAMES) + ") or both disconnect and reconnect");
        }
        Map<String, String> vars = new LinkedHashMap<>(base.map(NodeFaultTemplate::vars).orElse(Map.of()));
        vars.putAll(e.vars()); // the user's values win over what detection guessed
        boolean custom = !e.disconnect().isEmpty() || !e.reconnect().isEmpty() || base.isEmpty();
        String preset = custom ? "custom" : base.get().preset();
        String description = custom ? "commands from " + configFile : base.get().description();
        return new NodeFaultCommands(context, Optional.of(
                new NodeFaultTemplate(preset, description, disconnect, reconnect, vars)), e.vars(), configFile);
    }

    public ContextInfo context() {
        return context;
    }

    /** The template in effect, or empty when neither the config file nor detection has one for this context. */
    public Optional<NodeFaultTemplate> template() {
        return template;
    }

    public boolean available() {
        return template.isPresent();
    }

    /** The argv for a verb and a node, with the context's variables only. */
    public List<String> argv(String verb, String node, Set<String> knownNodes) {
        return argv(verb, node, knownNodes, Map.of());
    }

    /**
     * The argv for {@code verb} ({@code disconnect} or {@code reconnect}) on {@code node}.
     *
     * @param knownNodes the cluster's node names: a node not in it is refused
     * @param nodeVars   values known for this node only, e.g. {@code zone} from its topology.kubernetes.io/zone
     *                   label (a regional GKE cluster's nodes are spread over zones); the config file's vars win
     */
    public List<String> argv(String verb, String node, Set<String> knownNodes, Map<String, String> nodeVars) {
        if (!DISCONNECT.equals(verb) && !RECONNECT.equals(verb)) {
            throw new NodeFaultException("unknown node fault \"" + verb + "\": use disconnect or reconnect");
        }
        checkNodeName(node, knownNodes);
        NodeFaultTemplate t = template.orElseThrow(() -> new NodeFaultException("no node-fault commands for context \""
                + context.contextName() + "\": it does not look like minikube, kind or GKE; add its disconnect and "
                + "reconnect commands to " + configFile));
        Map<String, String> vars = values(t, node, nodeVars);
        List<String> argv = new ArrayList<>();
        for (String element : t.command(verb)) {
            argv.add(substitute(element, vars, verb, t));
        }
        return List.copyOf(argv);
    }

    /**
     * Precedence, lowest first: detected values, the node's own values, the config file's vars, then
     * {@code context} and {@code node} (which no file or label may redefine).
     */
    private Map<String, String> values(NodeFaultTemplate t, String node, Map<String, String> nodeVars) {
        Map<String, String> vars = new LinkedHashMap<>(t.vars());
        nodeVars.forEach(vars::put);
        configVars.forEach(vars::put);
        vars.put("context", context.contextName());
        vars.put("node", node);
        return vars;
    }

    /** One pass: a value that itself contains "{x}" is inserted literally, never expanded again. */
    private String substitute(String element, Map<String, String> vars, String verb, NodeFaultTemplate t) {
        Matcher m = PLACEHOLDER.matcher(element);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = vars.get(name);
            if (value == null || value.isBlank()) {
                throw new NodeFaultException("the " + verb + " command for context \"" + context.contextName()
                        + "\" (" + t.preset() + ") needs {" + name + "}, which is not known" + hint(name)
                        + ": set it in " + configFile + " under contexts." + context.contextName() + ".vars."
                        + name);
            }
            checkValue(name, value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String hint(String name) {
        if (name.equals("zone") && template.map(t -> t.vars().containsKey("region")).orElse(false)) {
            return " (the cluster is regional, " + template.get().vars().get("region") + ": its nodes are in several zones)";
        }
        if ((name.equals("zone") || name.equals("project")) && !context.contextName().startsWith("gke_")) {
            return " (it is read from GKE context names gke_PROJECT_ZONE_CLUSTER; this one is not)";
        }
        return "";
    }

    /** Values other than the node (context name, vars) are the user's own, but a control character is never meant. */
    private void checkValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new NodeFaultException("{" + name + "} has a control character in its value: refused");
            }
        }
    }

    /** Refuses hostile or unknown node names, with a message that says which rule failed. */
    public static void checkNodeName(String node, Set<String> knownNodes) {
        if (node == null || node.isEmpty()) {
            throw new NodeFaultException("no node name given");
        }
        if (node.length() > MAX_NODE_NAME || !DNS_1123_SUBDOMAIN.matcher(node).matches()) {
            throw new NodeFaultException("refusing node name \"" + printable(node) + "\": a node name must be a "
                    + "DNS-1123 subdomain (lowercase letters, digits, '-' and '.', starting and ending with a letter "
                    + "or digit, at most " + MAX_NODE_NAME + " characters)");
        }
        if (!knownNodes.contains(node)) {
            throw new NodeFaultException("\"" + node + "\" is not a node of this cluster (nodes: "
                    + String.join(", ", new TreeSet<>(knownNodes)) + ")");
        }
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return s.codePointCount(0, s.length()) > 80 ? sb + "..." : sb.toString();
    }

    /** The exact command for the confirmation dialog, POSIX-shell-quoted for display only (it is never run so). */
    public static String display(List<String> argv) {
        StringBuilder sb = new StringBuilder();
        for (String arg : argv) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(arg));
        }
        return sb.toString();
    }

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    static String quote(String arg) {
        if (SAFE.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
