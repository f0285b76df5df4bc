/**
 * What the diagram shows, computed from a {@link dev.stsviz.cluster.ClusterState} without JavaFX: columns per node,
 * pod tiles with kubectl's status text and the pod's identity (DNS name, IP, revision), claim and volume bindings,
 * a card per StatefulSet. The incremental model recomputes only the objects
 * that changed since the last pulse. Depends on {@code cluster} only.
 */
package dev.stsviz.view.model;
