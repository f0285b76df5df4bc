/**
 * The built-in simulator: a deterministic discrete-event model of a Kubernetes control plane and its nodes.
 * {@link dev.stsviz.sim.Simulation} assembles the parts (engine, API server, controllers, kubelets) and
 * {@link dev.stsviz.sim.SimulatedClusterSource} plays it in real time as a {@link dev.stsviz.cluster.ClusterSource}.
 *
 * <p>Sub-packages: {@code engine} (virtual clock, event queue, random streams), {@code context} (what every component
 * shares: the engine, the API, timings, the profile), {@code apiserver}, {@code controllers}, {@code kubelet} and
 * {@code apps} (the chapter's app). This root package depends on them; they never depend on it. Nothing here uses
 * JavaFX, the fabric8 client or the wall clock (ArchUnit tests in {@code dev.stsviz.arch}).
 *
 * <p>Whatever changes a simulation from outside its engine goes through {@link dev.stsviz.sim.SimulationActions} or
 * {@link dev.stsviz.sim.SimulationConsoleBackend}, which log it with the point it happened at ({@code ActionLog}): that
 * log is how the source continues from a past moment (re-run to there). A write straight to the API server from
 * outside is not logged, and the source then refuses to resume from a moment after it.
 */
package dev.stsviz.sim;
