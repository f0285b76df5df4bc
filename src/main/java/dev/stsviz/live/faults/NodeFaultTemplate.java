package dev.stsviz.live.faults;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to cut and restore one node's network on a given kind of cluster: two argv templates run on the user's
 * machine (the Kubernetes API has no way to do it; the chapter ran {@code sudo ifconfig eth0 down} over gcloud ssh).
 * <p>
 * Argv elements may contain placeholders {@code {node}}, {@code {zone}}, {@code {project}}, {@code {network}},
 * {@code {context}} or any name given in {@link #vars}; {@link NodeFaultCommands} substitutes them inside each
 * element, so a value can never split into extra arguments or reach a shell.
 *
 * @param preset      the preset's name ({@code minikube}, {@code kind}, {@code gke}...) or {@code custom}
 * @param description one line for the UI (what the commands do)
 * @param disconnect  argv template that takes the node off the network
 * @param reconnect   argv template that brings it back
 * @param vars        placeholder values known for this context (e.g. {@code network}, {@code zone}, {@code project})
 */
public record NodeFaultTemplate(String preset, String description, List<String> disconnect, List<String> reconnect,
                                Map<String, String> vars) {
    public NodeFaultTemplate {
        Objects.requireNonNull(preset, "preset");
        description = description == null ? "" : description;
        disconnect = List.copyOf(disconnect);
        reconnect = List.copyOf(reconnect);
        vars = vars == null ? Map.of() : Map.copyOf(vars);
        if (disconnect.isEmpty() || reconnect.isEmpty()) {
            throw new IllegalArgumentException("disconnect and reconnect need at least the program to run");
        }
    }

    /** The template for a verb: {@code disconnect} or {@code reconnect}. */
    public List<String> command(String verb) {
        return switch (verb) {
            case NodeFaultCommands.DISCONNECT -> disconnect;
            case NodeFaultCommands.RECONNECT -> reconnect;
            default -> throw new NodeFaultException("unknown node fault \"" + verb + "\": use disconnect or reconnect");
        };
    }
}
