/**
 * What every simulated component shares: {@link dev.stsviz.sim.context.SimContext} (engine, API server, event
 * recorder), the {@link dev.stsviz.sim.context.Timings} of the real controllers, the
 * {@link dev.stsviz.sim.context.Profile} with its named capabilities, and the simulated disks and images.
 * Depends on {@code sim.engine} and {@code sim.apiserver} only, so the controllers and kubelets can depend on it
 * without a cycle.
 */
package dev.stsviz.sim.context;
