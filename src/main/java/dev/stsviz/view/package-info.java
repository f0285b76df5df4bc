/**
 * The JavaFX window: the diagram (tiles or compact columns), the action and time bars, the time strip over the
 * source's history ({@link dev.stsviz.view.TimelinePane}: markers, playhead, the past's banner), the console, details
 * and events panes. It draws a {@link dev.stsviz.cluster.ClusterState} and drives a source only through
 * {@code cluster}'s interfaces ({@link dev.stsviz.cluster.ClusterActions}, {@link dev.stsviz.cluster.SimulatedCluster})
 * and console lines; it never imports {@code sim} or {@code live} (ArchUnit, {@code PackageStructureTest}).
 *
 * <p>Threading: sources change the state on their own threads; one {@code AnimationTimer} in
 * {@link dev.stsviz.view.MainView} applies what changed at most once per pulse. Work that may block (actions, console
 * commands) runs on {@link dev.stsviz.view.ActionRunner}'s thread, never on the FX thread.
 */
package dev.stsviz.view;
