package dev.stsviz.app;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Work handed to the FX thread from a headless command's thread, which waits for it (never called on the FX thread). */
final class FxThread {
    private static final long TIMEOUT_SECONDS = 30;

    /** Starts the toolkit unless it runs already (the window, a test); true when this call started it. */
    static boolean start() throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return true;
    }

    /** Runs {@code work} on the FX thread and returns what it returned (its exception, if it threw). */
    static <T> T call(Callable<T> work) throws InterruptedException, ExecutionException, TimeoutException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("waiting for the FX thread on the FX thread");
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private FxThread() {
    }
}
