package dev.stsviz.differential;

import dev.stsviz.realcluster.ControlPlane;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs each scenario of one eviction path on both sides and compares them. Writes what each side showed and every
 * difference (accepted ones with the row that explains them) to {@code target/differential/EVICTION/SCENARIO.txt};
 * a test fails on any difference {@code docs/fidelity.md} does not accept.
 */
final class DifferentialRun {
    private final String eviction;
    private final List<String> profiles;
    private final ControlPlaneSide controlPlane;
    private final AcceptedDifferences accepted = AcceptedDifferences.load();

    /** Compares the control plane with the simulator in each of {@code profiles} (see {@link ControlPlaneMatch}). */
    DifferentialRun(String eviction, ControlPlane cluster, List<String> profiles) {
        this.eviction = eviction;
        this.profiles = profiles;
        this.controlPlane = new ControlPlaneSide(cluster);
    }

    Stream<DynamicTest> tests() {
        return Scenario.all().stream().filter(s -> s.runsOn(eviction))
                .map(s -> DynamicTest.dynamicTest(s.name() + ": " + s.title(), () -> check(s)));
    }

    void check(Scenario scenario) {
        Observed real = controlPlane.run(scenario);
        List<Difference> unexplained = new ArrayList<>();
        StringBuilder report = new StringBuilder("# " + scenario.name() + " (" + eviction + "): " + scenario.title() + "\n");
        StringBuilder sides = new StringBuilder();
        for (String profile : profiles) {
            Observed sim = new SimulatorSide(() -> ControlPlaneMatch.simulation(profile)).run(scenario);
            Observed aligned = real.alignedTo(sim.commands());
            if (sides.isEmpty()) {
                sides.append("\n## control plane (times aligned on the simulator's command starts)\n").append(aligned.describe());
            }
            report.append("\n## differences, profile ").append(profile).append('\n');
            for (Difference d : Comparison.compare(profile, scenario, sim, aligned)) {
                AcceptedDifferences.Row row = accepted.acceptor(d);
                if (row == null) {
                    unexplained.add(d);
                }
                report.append(row == null ? "UNEXPLAINED " : "accepted " + row.id() + " ").append(d).append('\n');
            }
            sides.append("\n## simulator, profile ").append(profile).append('\n').append(sim.describe());
        }
        report.append(sides);
        write(scenario, report.toString());
        if (!unexplained.isEmpty()) {
            StringBuilder message = new StringBuilder(unexplained.size() + " difference(s) docs/fidelity.md does not explain (report in "
                    + reportFile(scenario) + "):\n");
            unexplained.forEach(d -> message.append("  ").append(d).append('\n'));
            throw new AssertionError(message.toString());
        }
    }

    private Path reportFile(Scenario scenario) {
        return Path.of("target", "differential", eviction, scenario.name() + ".txt");
    }

    private void write(Scenario scenario, String text) {
        try {
            Path file = reportFile(scenario);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
