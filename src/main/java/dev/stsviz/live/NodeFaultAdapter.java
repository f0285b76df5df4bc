package dev.stsviz.live;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.live.faults.NodeFaultCommands;
import dev.stsviz.live.faults.NodeFaultRunner;
import io.fabric8.kubernetes.api.model.Node;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Disconnect / reconnect on a real cluster: the context's node-fault command, run as an argv (never a shell) for a
 * node the cluster actually lists; its output is reported (the window shows it with the events).
 */
public final class NodeFaultAdapter implements NodeFaultPort {
    private final NodeFaultCommands commands;
    private final NodeFaultRunner runner;
    private final Supplier<ClusterState> state;
    private final BiConsumer<String, String> report;

    public NodeFaultAdapter(NodeFaultCommands commands, NodeFaultRunner runner, Supplier<ClusterState> state,
                            BiConsumer<String, String> report) {
        this.commands = commands;
        this.runner = runner;
        this.state = state;
        this.report = report;
    }

    /** The exact command a confirmation must show before it runs. */
    public String preview(String verb, String node) {
        return NodeFaultCommands.display(argv(verb, node));
    }

    @Override
    public void disconnect(String node) {
        run(NodeFaultCommands.DISCONNECT, node);
    }

    @Override
    public void reconnect(String node) {
        run(NodeFaultCommands.RECONNECT, node);
    }

    private List<String> argv(String verb, String node) {
        if (!commands.available()) {
            throw new ActionException(verb + " needs a node-fault command for context \"" + commands.context().contextName()
                    + "\": none is known; add one to ~/.config/stsviz/node-faults.yaml (see the README)");
        }
        Set<String> known = new TreeSet<>();
        for (Node n : state.get().list(Node.class, Kinds.NODE)) {
            known.add(n.getMetadata().getName());
        }
        return commands.argv(verb, node, known);
    }

    private void run(String verb, String node) {
        List<String> argv = argv(verb, node);
        NodeFaultRunner.Result result = runner.run(argv);
        String shown = "$ " + NodeFaultCommands.display(argv) + "\n" + result.output().strip();
        report.accept(node, shown);
        if (!result.succeeded() && !result.timedOut()) {
            throw new ActionException(verb + " " + node + " failed (exit " + result.exitCode() + "): " + result.output().strip());
        }
    }
}
