package dev.stsviz.cluster.history;

/** A recording that cannot be read; the message is one line for the user: what is wrong and where. */
public final class RecordingException extends java.io.IOException {
    public RecordingException(String message) {
        super(message);
    }
}
