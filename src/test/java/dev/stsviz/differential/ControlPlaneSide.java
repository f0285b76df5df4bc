package dev.stsviz.differential;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.console.Console;
import dev.stsviz.console.WithNodeFaults;
import dev.stsviz.live.LiveClusterSource;
import dev.stsviz.live.console.LiveConsoleBackend;
import dev.stsviz.realcluster.ControlPlane;
import dev.stsviz.realcluster.NodeFreezer;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A scenario on the real control plane, in a namespace of its own: the console's live backend runs the script, the
 * app's live source (informers) sees the changes, and each batch it receives is sampled at the local time it
 * arrived. {@code sim disconnect} / {@code reconnect} freeze and thaw the node's kubelet.
 */
final class ControlPlaneSide {
    private static final Duration QUIET = Duration.ofSeconds(90);
    private final ControlPlane cluster;

    ControlPlaneSide(ControlPlane cluster) {
        this.cluster = cluster;
    }

    Observed run(Scenario scenario) {
        awaitQuietNodes();
        String namespace = cluster.createNamespace("diff-" + scenario.name());
        NodeFreezer freezer = new NodeFreezer(cluster);
        try (KubernetesClient client = cluster.client("admin");
             LiveClusterSource source = new LiveClusterSource(client, namespace, "admin")) {
            ClusterState copy = new ClusterState();
            Sampler sampler = new Sampler(copy, namespace);
            Instant[] start = {Instant.MAX};
            source.state().addRecorder(new ClusterState.Recorder() {
                @Override
                public void changed(List<ClusterChange> changes) {
                    synchronized (copy) {
                        // one sample per change: a pod deleted and created again within one batch still shows (gone)
                        Duration at = start[0] == Instant.MAX ? null : Duration.between(start[0], Instant.now());
                        for (ClusterChange change : changes) {
                            copy.apply(change);
                            if (at != null) {
                                sampler.sample(at);
                            }
                        }
                    }
                }

                @Override
                public void cleared() {
                    synchronized (copy) {
                        if (start[0] != Instant.MAX) {
                            throw new AssertionError("the live source started over during the scenario");
                        }
                        copy.clear();
                    }
                }
            });
            source.start();
            ControlPlane.waitUntil(Duration.ofSeconds(30), "the live source synced", () -> source.status().phase().name().matches("SYNCED|WATCHING"));
            synchronized (copy) {
                start[0] = Instant.now();
                sampler.sample(Duration.ZERO);
            }
            LiveConsoleBackend live = new LiveConsoleBackend(client, namespace);
            WithNodeFaults backend = new WithNodeFaults(live, freezer);
            List<Duration> commands = ScriptPacing.run(new Console(backend, Path.of("").toAbsolutePath()), backend, scenario.commands(),
                    "control plane", () -> Duration.between(start[0], Instant.now()));
            sleep(scenario.settle());
            synchronized (copy) {
                sampler.sample(Duration.between(start[0], Instant.now()));
                return sampler.observed(commands);
            }
        } finally {
            freezer.reconnectAll();
            cluster.kubectlResult("delete", "namespace", namespace, "--wait=false");
        }
    }

    /** Every node Ready with no taint: what the previous scenario left must not show in this one. */
    private void awaitQuietNodes() {
        try (KubernetesClient client = cluster.client("admin")) {
            ControlPlane.waitUntil(QUIET, "every node Ready without taints", () -> client.nodes().list().getItems().stream()
                    .allMatch(n -> KubectlLines.node(n).equals("Ready")));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
