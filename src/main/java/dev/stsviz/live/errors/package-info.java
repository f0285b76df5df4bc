/**
 * Client failures in kubectl's words: one line per failure, for the status bar, the window's actions and the console.
 * Depends only on fabric8's client exceptions and {@code cluster}; the rest of {@code live} depends on it.
 */
package dev.stsviz.live.errors;
