package dev.stsviz.bench;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;

/** Where the bench finds a {@link FrameBench}: one registered in code, else the first ServiceLoader finds, else none. */
public final class FrameBenches {
    private static final AtomicReference<FrameBench> REGISTERED = new AtomicReference<>();

    public static void register(FrameBench bench) {
        REGISTERED.set(bench);
    }

    public static Optional<FrameBench> find() {
        FrameBench registered = REGISTERED.get();
        if (registered != null) {
            return Optional.of(registered);
        }
        return ServiceLoader.load(FrameBench.class).findFirst();
    }

    private FrameBenches() {
    }
}
