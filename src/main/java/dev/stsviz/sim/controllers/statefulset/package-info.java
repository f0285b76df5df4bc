/**
 * The StatefulSet controller, ported from {@code pkg/controller/statefulset} (Kubernetes 1.31): the sync loop
 * ({@code stateful_set_control.go}: ordered or parallel creation, halting scale-down, rolling update with a
 * partition, OnDelete), pod identity and storage ({@code stateful_set_utils.go}), claim retention and controller
 * revisions. What blocks a sync is a typed result whose wording lives in {@code dev.stsviz.cluster}, where the window
 * explains a live cluster's StatefulSets with the same words.
 */
package dev.stsviz.sim.controllers.statefulset;
