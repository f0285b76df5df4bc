package dev.stsviz.live.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs fake tools (shell scripts in a temp dir): no docker or gcloud needed, and no real node is touched. */
@DisabledOnOs(OS.WINDOWS)
class NodeFaultRunnerTest {
    @TempDir
    Path dir;

    private Path config() {
        return dir.resolve("node-faults.yaml");
    }

    /** A script that appends each argument on its own line to {@code args} and prints "ok". */
    private Path fakeTool(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    private Path recordingTool(String name) throws IOException {
        Path args = dir.resolve("args");
        return fakeTool(name, "for a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + args + "'; done\necho ok");
    }

    private List<String> recordedArgs() throws IOException {
        return Files.readAllLines(dir.resolve("args"));
    }

    @Test
    void runsByAbsolutePathAndArgumentsArriveVerbatim() throws IOException {
        Path tool = recordingTool("fake-docker");
        NodeFaultRunner runner = new NodeFaultRunner(Duration.ofSeconds(20), Map.of(), config());
        Path pwned = dir.resolve("pwned");
        NodeFaultRunner.Result r = runner.run(List.of(tool.toString(), "network", "disconnect",
                "a; touch " + pwned, "$(touch " + pwned + ")", "`touch " + pwned + "`", "two words", "*", ""));
        assertThat(r.exitCode()).isZero();
        assertThat(r.timedOut()).isFalse();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.output()).isEqualTo("ok\n");
        assertThat(recordedArgs()).containsExactly("network", "disconnect",
                "a; touch " + pwned, "$(touch " + pwned + ")", "`touch " + pwned + "`", "two words", "*", "");
        assertThat(pwned).doesNotExist();
    }

    @Test
    void presetArgvRunsThroughAPathOverride() throws IOException {
        recordingTool("docker");
        NodeFaultRunner runner = new NodeFaultRunner(Duration.ofSeconds(20),
                Map.of("PATH", dir + ":/usr/bin:/bin"), config());
        List<String> argv = NodeFaultCommands.resolve(ContextInfo.named("kind-kind"), new NodeFaultConfig(config()))
                .argv("disconnect", "kind-worker", Set.of("kind-worker"));
        NodeFaultRunner.Result r = runner.run(argv);
        assertThat(r.exitCode()).isZero();
        assertThat(r.output()).isEqualTo("ok\n");
        assertThat(recordedArgs()).containsExactly("network", "disconnect", "kind", "kind-worker");
    }

    @Test
    void failureExitCodeWithStdoutAndStderrMerged() throws IOException {
        Path tool = fakeTool("fake-gcloud", "echo starting\necho 'ERROR: (gcloud.compute.ssh) no such instance' >&2\nexit 3");
        NodeFaultRunner.Result r = new NodeFaultRunner(Duration.ofSeconds(20), Map.of(), config())
                .run(List.of(tool.toString(), "compute", "ssh"));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.output()).isEqualTo("starting\nERROR: (gcloud.compute.ssh) no such instance\n");
    }

    @Test
    void timeoutKillsTheCommand() throws IOException {
        Path tool = fakeTool("fake-hang", "echo before\nsleep 5\necho after");
        NodeFaultRunner.Result r = new NodeFaultRunner(Duration.ofMillis(200), Map.of(), config())
                .run(List.of(tool.toString()));
        assertThat(r.timedOut()).isTrue();
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.output()).doesNotContain("after");
    }

    @Test
    void missingExecutableSaysWhatToInstallAndWhereToEdit() {
        NodeFaultRunner runner = new NodeFaultRunner(Duration.ofSeconds(5), Map.of("PATH", dir.toString()), config());
        assertThatThrownBy(() -> runner.run(List.of("docker", "pause", "minikube")))
                .isInstanceOf(NodeFaultException.class)
                .hasMessage("docker: command not found on PATH; install Docker (https://docs.docker.com/get-docker/)"
                        + " or edit " + config());
        assertThatThrownBy(() -> runner.run(List.of("gcloud", "compute", "ssh")))
                .hasMessageStartingWith("gcloud: command not found on PATH; install the Google Cloud CLI");
        assertThatThrownBy(() -> runner.run(List.of(dir.resolve("nope").toString())))
                .hasMessage(dir.resolve("nope") + ": no such file; edit " + config());
    }

    @Test
    void notExecutableFileIsRefused() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "#!/bin/sh\necho hi\n");
        assertThatThrownBy(() -> new NodeFaultRunner(Duration.ofSeconds(5), Map.of(), config())
                .run(List.of(plain.toString())))
                .isInstanceOf(NodeFaultException.class)
                .hasMessageContaining("not executable");
    }
}
