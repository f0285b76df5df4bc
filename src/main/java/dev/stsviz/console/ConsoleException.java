package dev.stsviz.console;

import dev.stsviz.cluster.ActionException;

/** A console line that cannot be carried out; the message is what the real tool would print. */
public final class ConsoleException extends ActionException {
    public ConsoleException(String message) {
        super(message);
    }
}
