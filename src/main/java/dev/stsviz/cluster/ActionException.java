package dev.stsviz.cluster;

/** An action the cluster refused or could not carry out; the message is meant for the user, kubectl-style. */
public class ActionException extends RuntimeException {
    public ActionException(String message) {
        super(message);
    }

    public ActionException(String message, Throwable cause) {
        super(message, cause);
    }
}
