package dev.stsviz.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's command line: --help, --version, run SCRIPT with its options and exit codes, bad flags. */
class CommandLineTest {
    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void helpListsTheSubcommandsAndFlags() {
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.out()).contains("Usage: stsviz", "--profile=modern|book", "--seed", "run");
        assertThat(cli.execute("run", "--help")).isZero();
        assertThat(cli.out()).contains("--empty", "SCRIPT");
    }

    @Test
    void versionNamesTheBuildAndTheJavaFxAndJavaInUse() {
        assertThat(cli.execute("--version")).isZero();
        assertThat(cli.out()).matches("stsviz \\d+\\.\\d+\\.\\d+\\S*\nJavaFX \\d+\\S*\nJava "
                + Pattern.quote(Runtime.version().toString()) + " \\(.*\\) on .+\n");
    }

    @Test
    void badFlagsExit2WithOneLine() {
        assertThat(cli.execute("--bogus")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("stsviz: Unknown option: '--bogus' (see --help)\n");
        assertThat(cli.execute("run")).isEqualTo(2);
        assertThat(cli.execute("run", "x.txt", "--profile", "future")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown profile \"future\"");
        assertThat(cli.execute("run", "no-such-script.txt")).isEqualTo(2);
        assertThat(cli.err()).contains("stsviz run: no such file: no-such-script.txt");
    }

    @Test
    void timingsAndRuntimeChooseTheSimulatorsFlagsAndContainerRuntime(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.txt");
        Files.writeString(script, "sim wait-until pod/kubia-1 Running\nsim time\n");
        assertThat(cli.execute("run", script.toString(), "--profile", "v1.24", "--timings", "fast", "--runtime", "instant")).isZero();
        String instant = cli.out();
        cli.clear();
        assertThat(cli.execute("run", script.toString(), "--profile", "v1.24")).isZero();
        String kubia = cli.out();
        cli.clear();
        // both pods run sooner without kubia's image pulls (the instant runtime), else the scripts agree
        assertThat(last(instant)).matches("t=00:00:\\d\\d .*").isLessThan(last(kubia));
        assertThat(cli.execute("run", script.toString(), "--timings", "slow")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown timings \"slow\" (expected default or fast)");
        assertThat(cli.execute("run", script.toString(), "--runtime", "docker")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown runtime \"docker\" (expected kubia or instant)");
        assertThat(cli.execute("--help")).isZero();
        assertThat(cli.out()).contains("--timings=default|fast", "--runtime=kubia|instant", "--profile=modern|book|v1.24");
    }

    private static String last(String transcript) {
        return transcript.lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void runPrintsTheTranscriptAndExits1WhenALineFailed(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "# comment\n$ kubectl get sts\nsim wait 1m\nkubectl get pods\n");
        assertThat(cli.execute("run", ok.toString(), "--seed", "5")).isZero();
        assertThat(cli.out()).startsWith("$ kubectl get sts\nNAME    READY   AGE\nkubia   0/2     0s\n$ sim wait 1m\n$ kubectl get pods\n");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "kubectl get pod kubia-9\nkubectl get nodes\n");
        cli.clear();
        assertThat(cli.execute("run", bad.toString(), "--empty")).isEqualTo(1);
        assertThat(cli.out()).contains("Error from server (NotFound): pods \"kubia-9\" not found\n$ kubectl get nodes\nNAME ");
    }

    @Test
    void runReadsStandardInputAndEmptyStartsWithoutTheChaptersObjects() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("kubectl get sts\nkubectl get sc\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(cli.execute("run", "-", "--empty", "--profile", "book")).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }
        assertThat(cli.out()).isEqualTo("$ kubectl get sts\nNo resources found in default namespace.\n"
                + "$ kubectl get sc\nerror: the server doesn't have a resource type \"sc\"\n");
    }
}
