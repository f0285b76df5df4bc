package dev.stsviz.live;

import dev.stsviz.console.ConsoleException;
import dev.stsviz.console.SimulatorControls;

import java.time.Duration;
import java.util.List;

/**
 * {@code sim disconnect|reconnect NODE} on a live cluster: the context's node-fault commands. The simulator's
 * other verbs (add-node, profile) have no meaning there and are refused with a clear message.
 */
final class LiveFaultControls implements SimulatorControls {
    private final NodeFaultPort faults;

    LiveFaultControls(NodeFaultPort faults) {
        this.faults = faults;
    }

    @Override
    public void disconnect(String node) {
        faults.disconnect(node);
    }

    @Override
    public void reconnect(String node) {
        faults.reconnect(node);
    }

    @Override
    public List<String> reconnectAll() {
        throw refused("reconnect without a node");
    }

    @Override
    public String addNode(String nameOrNull) {
        throw refused("add-node");
    }

    @Override
    public String profile(String id) {
        throw refused("profile");
    }

    @Override
    public String profileId() {
        throw refused("profile");
    }

    @Override
    public Duration elapsed() {
        return null; // real time only
    }

    private static ConsoleException refused(String verb) {
        return new ConsoleException("error: \"sim " + verb + "\" works only on the simulator; on a live cluster only "
                + "sim disconnect NODE, sim reconnect NODE, sim wait and sim wait-until apply");
    }
}
