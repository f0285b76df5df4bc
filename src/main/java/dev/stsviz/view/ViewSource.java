package dev.stsviz.view;

import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.SimulatedCluster;
import dev.stsviz.console.CommandResult;

import java.util.function.Function;

/**
 * What the window shows and drives: a cluster source, its console, and either the simulator's time controls or,
 * for a live cluster, the context and namespace every destructive action must name in its confirmation.
 *
 * @param simulator  the simulator's controls, or null on a live cluster
 * @param liveTarget "context minikube, namespace default" on a live cluster, null on the simulator
 * @param faultPreview (verb, node) to the exact node-fault command a confirmation shows; null on the simulator
 */
public record ViewSource(ClusterSource source, SimulatedCluster simulator, Function<String, CommandResult> console,
                         String liveTarget, java.util.function.BiFunction<String, String, String> faultPreview) {

    public boolean live() {
        return simulator == null;
    }
}
