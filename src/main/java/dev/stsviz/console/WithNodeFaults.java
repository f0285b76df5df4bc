package dev.stsviz.console;

/** A backend whose {@code sim disconnect|reconnect NODE} go to a live cluster's node-fault commands. */
public final class WithNodeFaults extends ForwardingBackend {
    private final NodeFaultControls faults;

    public WithNodeFaults(ConsoleBackend inner, NodeFaultControls faults) {
        super(inner);
        this.faults = faults;
    }

    @Override
    public NodeFaultControls nodeFaults() {
        return faults;
    }
}
