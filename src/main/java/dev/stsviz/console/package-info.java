/**
 * The kubectl-style command language shared by the simulator and a live cluster: {@code get}, {@code describe},
 * {@code scale}, {@code delete}, {@code apply}, {@code wait}, {@code curl}, {@code sim ...} and scripts, printing what
 * kubectl prints. Commands reach a cluster only through a {@link dev.stsviz.console.ConsoleBackend} (and its
 * {@link dev.stsviz.console.NodeFaultControls} / {@link dev.stsviz.console.SimulatorControls}); the package depends on
 * {@code cluster} only, and both sources implement its interfaces.
 */
package dev.stsviz.console;
