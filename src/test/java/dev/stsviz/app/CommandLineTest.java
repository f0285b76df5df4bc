package dev.stsviz.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's command line: --help, --version, run SCRIPT with its options and exit codes, bad flags. */
class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpListsTheSubcommandsAndFlags() {
        assertThat(execute("--help")).isZero();
        assertThat(out.toString()).contains("Usage: stsviz", "--profile=modern|book", "--seed", "run");
        assertThat(execute("run", "--help")).isZero();
        assertThat(out.toString()).contains("--empty", "SCRIPT");
    }

    @Test
    void versionNamesTheBuildAndTheJavaFxAndJavaInUse() {
        assertThat(execute("--version")).isZero();
        assertThat(out.toString()).matches("stsviz \\d+\\.\\d+\\.\\d+\\S*\nJavaFX \\d+\\S*\nJava "
                + Pattern.quote(Runtime.version().toString()) + " \\(.*\\) on .+\n");
    }

    @Test
    void badFlagsExit2WithOneLine() {
        assertThat(execute("--bogus")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("stsviz: Unknown option: '--bogus' (see --help)\n");
        assertThat(execute("run")).isEqualTo(2);
        assertThat(execute("run", "x.txt", "--profile", "future")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown profile \"future\"");
        assertThat(execute("run", "no-such-script.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("stsviz run: no such file: no-such-script.txt");
    }

    @Test
    void runPrintsTheTranscriptAndExits1WhenALineFailed(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "# comment\n$ kubectl get sts\nsim wait 1m\nkubectl get pods\n");
        assertThat(execute("run", ok.toString(), "--seed", "5")).isZero();
        assertThat(out.toString()).startsWith("$ kubectl get sts\nNAME    READY   AGE\nkubia   0/2     0s\n$ sim wait 1m\n$ kubectl get pods\n");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "kubectl get pod kubia-9\nkubectl get nodes\n");
        out.getBuffer().setLength(0);
        assertThat(execute("run", bad.toString(), "--empty")).isEqualTo(1);
        assertThat(out.toString()).contains("Error from server (NotFound): pods \"kubia-9\" not found\n$ kubectl get nodes\nNAME ");
    }

    @Test
    void runReadsStandardInputAndEmptyStartsWithoutTheChaptersObjects() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("kubectl get sts\nkubectl get sc\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(execute("run", "-", "--empty", "--profile", "book")).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString()).isEqualTo("$ kubectl get sts\nNo resources found in default namespace.\n"
                + "$ kubectl get sc\nerror: the server doesn't have a resource type \"sc\"\n");
    }
}
