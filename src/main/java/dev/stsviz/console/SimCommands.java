package dev.stsviz.console;

import java.time.Duration;
import java.util.List;

/** The simulator's verbs: {@code sim disconnect|reconnect|add-node|wait|wait-until|profile|time}. */
final class SimCommands {
    private final ConsoleBackend backend;
    private final WaitCommands waits;

    SimCommands(ConsoleBackend backend, WaitCommands waits) {
        this.backend = backend;
        this.waits = waits;
    }

    CommandResult run(List<String> words) {
        if (words.isEmpty()) {
            return CommandResult.error(usage());
        }
        String verb = words.get(0);
        List<String> rest = words.subList(1, words.size());
        SimulatorControls sim = backend.simulator();
        switch (verb) {
            case "wait":
                return waits.simWait(rest);
            case "wait-until":
                return waits.simWaitUntil(rest);
            case "time": {
                Duration elapsed = sim == null ? null : sim.elapsed();
                return CommandResult.ok((elapsed == null ? "" : "t=" + clock(elapsed) + " ") + "(" + backend.now() + ")\n");
            }
            default:
                break;
        }
        NodeFaultControls faults = backend.nodeFaults();
        switch (verb) {
            case "disconnect": {
                requireFaults(faults, verb);
                requireOne(rest, "sim disconnect NODE|pod/POD");
                String node = nodeOf(rest.get(0));
                faults.disconnect(node);
                return CommandResult.ok("node/" + node + " disconnected: its kubelet stops reporting, its containers keep running\n");
            }
            case "reconnect": {
                if (rest.isEmpty()) {
                    List<String> nodes = sim != null ? sim.reconnectAll() : requireFaults(faults, verb).reconnectAll();
                    StringBuilder out = new StringBuilder();
                    nodes.forEach(n -> out.append("node/").append(n).append(" reconnected\n"));
                    return CommandResult.ok(nodes.isEmpty() ? "no node is disconnected\n" : out.toString());
                }
                requireFaults(faults, verb);
                requireOne(rest, "sim reconnect [NODE]");
                faults.reconnect(rest.get(0));
                return CommandResult.ok("node/" + rest.get(0) + " reconnected\n");
            }
            case "add-node":
                requireSimulator(sim, faults, verb);
                if (rest.size() > 1) {
                    return CommandResult.error("error: usage: sim add-node [NAME]");
                }
                return CommandResult.ok("node/" + sim.addNode(rest.isEmpty() ? null : rest.get(0)) + " added\n");
            case "profile":
                requireSimulator(sim, faults, verb);
                if (rest.isEmpty()) {
                    return CommandResult.ok("profile " + sim.profileId() + "\n");
                }
                requireOne(rest, "sim profile modern|book|v1.24");
                return CommandResult.ok("profile " + rest.get(0) + ": " + sim.profile(rest.get(0)) + "\n");
            default:
                return CommandResult.error("error: unknown sim command \"" + verb + "\"\n" + usage());
        }
    }

    /** "pod/kubia-0" names the node that pod is on, so scripts need not know where the scheduler put it. */
    private String nodeOf(String target) {
        if (!target.startsWith("pod/")) {
            return target;
        }
        String pod = target.substring(4);
        var p = backend.get(io.fabric8.kubernetes.api.model.Pod.class, dev.stsviz.cluster.Kinds.POD, backend.namespace(), pod);
        if (p == null || p.getSpec().getNodeName() == null) {
            throw new ConsoleException("error: pod \"" + pod + "\" is not on a node");
        }
        return p.getSpec().getNodeName();
    }

    private static NodeFaultControls requireFaults(NodeFaultControls faults, String verb) {
        if (faults == null) {
            throw new ConsoleException("error: \"sim " + verb + "\" works only on the simulator; on a live cluster use the node-fault commands");
        }
        return faults;
    }

    /** A verb with no meaning on a live cluster: say which ones do apply there. */
    private static SimulatorControls requireSimulator(SimulatorControls sim, NodeFaultControls faults, String verb) {
        if (sim != null) {
            return sim;
        }
        throw new ConsoleException("error: \"sim " + verb + "\" works only on the simulator; on a live cluster "
                + (faults == null ? "use the node-fault commands"
                : "only sim disconnect NODE, sim reconnect NODE, sim wait and sim wait-until apply"));
    }

    private static void requireOne(List<String> rest, String usage) {
        if (rest.size() != 1) {
            throw new ConsoleException("error: usage: " + usage);
        }
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    private static String usage() {
        return "usage: sim disconnect NODE|pod/POD | sim reconnect [NODE] | sim add-node [NAME] | sim wait DURATION | "
                + "sim wait-until TYPE/NAME STATE [--timeout D] | sim profile modern|book|v1.24 | sim time";
    }
}
