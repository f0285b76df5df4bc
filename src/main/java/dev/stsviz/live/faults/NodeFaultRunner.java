package dev.stsviz.live.faults;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a node-fault argv on the user's machine: {@link ProcessBuilder}, never a shell (so nothing in an argument
 * is interpreted), stdout and stderr merged (the order the user would see in a terminal), a timeout, and the
 * executable looked up on PATH first so a missing tool gives a message saying what to install or edit.
 * <p>
 * Blocking: call it off the UI thread. Stdin is empty, so a tool that prompts fails instead of waiting forever.
 * Note that the GKE disconnect is expected to time out: once eth0 is down the ssh session never returns (the
 * chapter opens another terminal at that point).
 */
public final class NodeFaultRunner {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Output beyond this is dropped (a runaway tool must not fill the heap). */
    static final int MAX_OUTPUT = 1 << 20;

    /**
     * @param exitCode the process's exit code, or -1 when it timed out and was killed
     * @param output   stdout and stderr, merged
     * @param timedOut whether the timeout ran out
     */
    public record Result(int exitCode, String output, boolean timedOut) {
        public boolean succeeded() {
            return !timedOut && exitCode == 0;
        }
    }

    private final Duration timeout;
    private final Map<String, String> environment;
    private final Path configFile;

    /** 60 s timeout, this process's environment, the user's config file named in messages. */
    public NodeFaultRunner() {
        this(DEFAULT_TIMEOUT, Map.of(), NodeFaultConfig.userDefault().file());
    }

    /**
     * @param timeout              how long a command may run before it (and its children) are killed
     * @param environmentOverrides variables set over this process's environment for the child, PATH included
     *                             (PATH is also where the executable is looked up)
     * @param configFile           named in the missing-executable message
     */
    public NodeFaultRunner(Duration timeout, Map<String, String> environmentOverrides, Path configFile) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(environmentOverrides);
        this.environment = Map.copyOf(env);
        this.configFile = configFile;
    }

    public Result run(List<String> argv) {
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new NodeFaultException("empty command");
        }
        List<String> command = new ArrayList<>(argv);
        // resolve ourselves: ProcessBuilder searches the PARENT's PATH, not the one given to the child
        command.set(0, executable(argv.get(0)).toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        pb.environment().clear();
        pb.environment().putAll(environment);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new NodeFaultException("cannot run " + argv.get(0) + ": " + e.getMessage(), e);
        }
        OutputCollector output = new OutputCollector(process.getInputStream());
        Thread reader = new Thread(output, "node-fault-output");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                kill(process);
                // a grandchild that escaped the kill may still hold the pipe: do not wait for it long
                reader.join(1000);
                return new Result(-1, output.text(), true);
            }
            reader.join(5000);
            return new Result(process.exitValue(), output.text(), false);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new NodeFaultException("interrupted while running " + argv.get(0), e);
        }
    }

    /**
     * The process and its children (gcloud starts ssh, a script starts sleep). The children are listed first
     * (once the parent is gone they are re-parented and no longer its descendants) but killed after it: a parent
     * that outlived its child would carry on with its next command.
     */
    private static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The program as an absolute path, or a message saying what is missing and where to change the command. */
    Path executable(String program) {
        if (program.indexOf('/') >= 0 || program.indexOf(File.separatorChar) >= 0) {
            Path p = Path.of(program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p.toAbsolutePath();
            }
            throw new NodeFaultException(program + ": " + (Files.exists(p) ? "not executable" : "no such file")
                    + "; edit " + configFile);
        }
        return onPath(program).orElseThrow(() -> new NodeFaultException(program + ": command not found on PATH; "
                + installHint(program) + " or edit " + configFile));
    }

    private Optional<Path> onPath(String program) {
        String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        List<String> suffixes = new ArrayList<>(List.of(""));
        if (File.separatorChar == '\\') {
            for (String ext : environment.getOrDefault("PATHEXT", ".EXE;.CMD;.BAT").split(";")) {
                suffixes.add(ext.toLowerCase(Locale.ROOT));
            }
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue; // an empty entry means "." to a shell: never run a program from the working directory
            }
            for (String suffix : suffixes) {
                Path candidate = Path.of(dir, program + suffix);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }

    private static String installHint(String program) {
        return switch (program) {
            case "docker" -> "install Docker (https://docs.docker.com/get-docker/)";
            case "gcloud" -> "install the Google Cloud CLI (https://cloud.google.com/sdk/docs/install)";
            case "minikube" -> "install minikube (https://minikube.sigs.k8s.io/docs/start/)";
            case "kind" -> "install kind (https://kind.sigs.k8s.io/)";
            default -> "install it";
        };
    }

    private static File nullFile() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    /** Reads the merged output as it comes (a full pipe would block the child), keeping the first MAX_OUTPUT bytes. */
    private static final class OutputCollector implements Runnable {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private boolean truncated;

        OutputCollector(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (this) {
                        int room = MAX_OUTPUT - bytes.size();
                        bytes.write(buf, 0, Math.max(0, Math.min(n, room)));
                        truncated |= n > room;
                    }
                }
            } catch (IOException e) {
                // the process was killed or closed its output: keep what arrived
            }
        }

        synchronized String text() {
            String s = bytes.toString(charset());
            return truncated ? s + "\n[output truncated]" : s;
        }

        private static Charset charset() {
            // tools write in the platform's native encoding (Java 17: native.encoding)
            String name = System.getProperty("native.encoding");
            try {
                return name == null ? Charset.defaultCharset() : Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return Charset.defaultCharset();
            }
        }
    }
}
