/**
 * kubectl-exact table printers, as pure functions over fabric8 model types.
 *
 * <p>Each printer is a port of the matching {@code printXxx} function in kubectl's
 * {@code pkg/printers/internalversion/printers.go}; {@link dev.stsviz.cluster.print.Table} reproduces
 * the {@code k8s.io/cli-runtime/pkg/printers/tabwriter} layout. Nothing here reads the wall clock:
 * every AGE is computed against an explicit {@code now} supplied by the caller (the source's clock,
 * which may be virtual).
 */
package dev.stsviz.cluster.print;
