package dev.stsviz.live.faults;

import dev.stsviz.cluster.ActionException;

/**
 * A node-fault command that cannot be built or run: bad config file, hostile or unknown node name, missing
 * placeholder value, missing executable. The message is for the user (shown as-is in the dialog), never a stack
 * trace; it is an {@link ActionException} so callers that already report refused actions report these too.
 */
public class NodeFaultException extends ActionException {
    public NodeFaultException(String message) {
        super(message);
    }

    public NodeFaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
