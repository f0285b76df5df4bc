package dev.stsviz.live;

/**
 * A kubeconfig or context problem, worded for the user (kubectl-style). Callers print {@link #getMessage()} only:
 * no stack trace is ever shown for these, so the stack is not even recorded.
 */
public final class KubeconfigException extends RuntimeException {
    public KubeconfigException(String message) {
        super(message, null, false, false);
    }
}
