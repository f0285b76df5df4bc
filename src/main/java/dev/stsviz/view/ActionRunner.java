package dev.stsviz.view;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs actions off the FX thread, one at a time, and reports back on the FX thread. */
public final class ActionRunner implements AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "actions");
        t.setDaemon(true);
        return t;
    });

    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<String> onError) {
        executor.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> onError.accept(message));
            }
        });
    }

    public java.util.concurrent.Executor executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
