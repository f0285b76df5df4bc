/**
 * The discrete-event core: a virtual clock, a queue ordered by (time, {@link dev.stsviz.sim.engine.Priority},
 * sequence), per-key work queues that keep the earliest due time (like client-go's delaying queue), and one seeded
 * random stream per component, so the same seed and the same actions give the same history. Depends on nothing else
 * in the project; never reads the wall clock.
 */
package dev.stsviz.sim.engine;
