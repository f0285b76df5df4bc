/**
 * The shared core every other package builds on: {@link dev.stsviz.cluster.ClusterState} (the objects a source shows,
 * as fabric8 model types, with revisions), {@link dev.stsviz.cluster.ClusterSource} and
 * {@link dev.stsviz.cluster.ClusterActions} (what any source offers), {@link dev.stsviz.cluster.SimulatedCluster} (what
 * only the simulator offers), the why-is-it-waiting line with the waits' clocks ({@link dev.stsviz.cluster.ControllerClocks}: exact on the
 * simulator, estimated from object timestamps on a live cluster), and kubectl's printers ({@code print}) and describe
 * ({@code describe}). Depends on fabric8's model only: no JavaFX, no client, no wall clock.
 */
package dev.stsviz.cluster;
