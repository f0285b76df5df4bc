/**
 * What a source showed over time: {@link dev.stsviz.cluster.history.History} keeps every change with its time
 * (compressed), {@link dev.stsviz.cluster.history.HistoryCursor} shows any past moment as a
 * {@link dev.stsviz.cluster.ClusterState}, {@link dev.stsviz.cluster.history.Markers} names the moments that matter,
 * and {@link dev.stsviz.cluster.history.Timeline} is what the window's time strip drives. No JavaFX, no client.
 */
package dev.stsviz.cluster.history;
