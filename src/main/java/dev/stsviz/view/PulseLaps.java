package dev.stsviz.view;

/** Bench only: the parts of {@link MainView}'s publishing pulse as they end, for {@link PulseBenchmark} to time. */
interface PulseLaps {
    /** The publisher runs (every pulse, also when nothing changed). */
    void start();

    /** {@code part} of a pulse that publishes has just ended. */
    void lap(String part);
}
