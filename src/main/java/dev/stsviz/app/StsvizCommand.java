package dev.stsviz.app;

import dev.stsviz.sim.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code stsviz [--profile modern|book] [--seed N]}: opens the window on the simulator; subcommands run headless. */
@Command(name = "stsviz", mixinStandardHelpOptions = true, version = "stsviz 0.1.0", subcommands = {RunCommand.class, ScreenshotCommand.class},
        description = "Makes Kubernetes StatefulSet behaviour visible (Kubernetes in Action, chapter 10).")
public final class StsvizCommand implements Callable<Integer> {

    @Option(names = "--profile", defaultValue = "modern", paramLabel = "modern|book",
            description = "Simulator fidelity profile: modern (Kubernetes 1.27+) or book (the chapter's). Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulator's random streams. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() {
        Profile chosen = Profile.parse(profile);
        GuiLauncher.launch(new AppContext(chosen, seed));
        return 0;
    }
}
