/**
 * The built-in simulator: a deterministic discrete-event model of a Kubernetes control plane and its nodes.
 * {@link dev.stsviz.sim.Simulation} assembles the parts (engine, API server, controllers, kubelets) and
 * {@link dev.stsviz.sim.SimulatedClusterSource} plays it in real time as a {@link dev.stsviz.cluster.ClusterSource}.
 *
 * <p>Sub-packages: {@code engine} (virtual clock, event queue, random streams), {@code context} (what every component
 * shares: the engine, the API, timings, the profile), {@code apiserver}, {@code controllers}, {@code kubelet} and
 * {@code apps} (the chapter's app). This root package depends on them; they never depend on it. Nothing here uses
 * JavaFX, the fabric8 client or the wall clock (ArchUnit tests in {@code dev.stsviz.arch}).
 */
package dev.stsviz.sim;
