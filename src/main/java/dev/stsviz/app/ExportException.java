package dev.stsviz.app;

/** An export that cannot be made: the message is one line for the user (a bad option, an unwritable output). */
public final class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }
}
