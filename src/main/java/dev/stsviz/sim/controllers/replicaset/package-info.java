/**
 * The ReplicaSet controller, ported from {@code pkg/controller/replicaset/replica_set.go} (Kubernetes 1.24): claiming
 * pods through the controller-ref manager, creating in slow-start batches with names the API server generates,
 * choosing scale-down victims by {@code ActivePodsWithRanks} ({@code pkg/controller/controller_utils.go}), the
 * expectations that keep a sync from acting twice on what it has not yet observed, and the status. Random choices
 * (generated names, the informer cache's order that breaks full ties) come from the controller's own seeded streams.
 */
package dev.stsviz.sim.controllers.replicaset;
