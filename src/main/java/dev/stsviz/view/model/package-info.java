/**
 * What the diagram shows, computed from a {@link dev.stsviz.cluster.ClusterState} without JavaFX: columns per node,
 * pod tiles with kubectl's status text, claim and volume bindings. The incremental model recomputes only the objects
 * that changed since the last pulse. Depends on {@code cluster} only.
 */
package dev.stsviz.view.model;
