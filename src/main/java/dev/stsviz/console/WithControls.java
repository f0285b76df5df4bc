package dev.stsviz.console;

/** A backend whose {@code sim} verbs go to other controls (a live cluster's node-fault commands). */
public final class WithControls extends ForwardingBackend {
    private final SimulatorControls controls;

    public WithControls(ConsoleBackend inner, SimulatorControls controls) {
        super(inner);
        this.controls = controls;
    }

    @Override
    public SimulatorControls simulator() {
        return controls;
    }
}
