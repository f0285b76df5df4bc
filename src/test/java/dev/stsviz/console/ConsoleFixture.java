package dev.stsviz.console;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.SimulationConsoleBackend;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.Pod;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The chapter's cluster with both pods Running, and a console on it. */
class ConsoleFixture {
    final Simulation sim;
    final SimulationConsoleBackend backend;
    final Console console;

    ConsoleFixture(Profile profile, Path workingDirectory) {
        sim = Simulation.chapterCluster(3, profile);
        backend = new SimulationConsoleBackend(sim);
        console = new Console(backend, workingDirectory);
        assertThat(sim.runUntil(() -> ready("kubia-1"), Duration.ofMinutes(1))).isTrue();
        sim.runFor(Duration.ofSeconds(30));
    }

    ConsoleFixture() {
        this(Profile.MODERN, Path.of("").toAbsolutePath());
    }

    boolean ready(String pod) {
        Pod p = sim.api().get(Pod.class, Kinds.POD, "default", pod);
        return p != null && Pods.isRunningAndReady(p) && !Pods.isTerminating(p);
    }

    CommandResult run(String line) {
        return console.execute(line);
    }

    String ok(String line) {
        CommandResult r = console.execute(line);
        assertThat(r.ok()).as("%s -> %s", line, r.output()).isTrue();
        return r.output();
    }

    /** A failing line prints this error and changes nothing in the cluster. */
    String fails(String line) {
        long before = sim.api().resourceVersion();
        CommandResult r = console.execute(line);
        assertThat(r.ok()).as("%s -> %s", line, r.output()).isFalse();
        assertThat(sim.api().resourceVersion()).as("a bad line changes nothing").isEqualTo(before);
        return r.output();
    }
}
