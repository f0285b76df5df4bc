package dev.stsviz.realcluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A handle to one running control plane started by {@code control-plane.sh} (etcd, kube-apiserver, controller
 * manager, scheduler, hollow nodes), on 127.0.0.1 only. Obtained from {@link RealClusterExtension}; the
 * extension calls {@link #down()} at the end of the run.
 */
public final class ControlPlane {
    /** The kubeconfig's contexts. */
    public static final List<String> CONTEXTS = List.of("admin", "admin-token", "student");

    /**
     * A safety net above the script's own bounded waits (about 60 s each for the API server and the nodes, which fail
     * with a clearer message): {@code up} took 10-50 s here, 85-127 s with the 2-core machine at load 15-19.
     * {@code -Dstsviz.k8s.upTimeoutSeconds=N} to change it.
     */
    static final Duration UP_TIMEOUT = Duration.ofSeconds(Long.getLong("stsviz.k8s.upTimeoutSeconds", 300));
    private static final Duration UNPACK_EXTRA = Duration.ofSeconds(60);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120); // down: up to 5 s per process before SIGKILL, 34 s seen under load
    private static final Duration APISERVER_START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);
    private static final int TAIL_LINES = 40;
    private static final AtomicInteger NAMESPACES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path script;
    private final Path dir;
    private final int port;
    private final String eviction;
    private final int nodeCount;
    private final Set<String> frozen = ConcurrentHashMap.newKeySet();
    private final Object adminLock = new Object();
    private KubernetesClient admin;
    private volatile boolean down;

    /** The outcome of a command: exit code, stdout and stderr. */
    public record CommandResult(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    ControlPlane(Path script, Path dir, int port, String eviction, int nodeCount) {
        this.script = script.toAbsolutePath().normalize();
        this.dir = dir.toAbsolutePath().normalize();
        this.port = port;
        this.eviction = eviction;
        this.nodeCount = nodeCount;
    }

    // ---------------------------------------------------------------- lifecycle (used by the extension)

    /**
     * Runs {@code up DIR --fast --nodes N --eviction E --port P}, after {@code down} on a directory left by an
     * earlier run. On failure the processes are stopped and the exception carries the script's output tail.
     */
    void up() {
        if (Files.isDirectory(dir)) {
            forgetRecycledPids();
            script(SCRIPT_TIMEOUT, "down");
        }
        Duration timeout = Files.isExecutable(dir.resolve("bin/kube-apiserver")) ? UP_TIMEOUT : UP_TIMEOUT.plus(UNPACK_EXTRA);
        try {
            script(timeout, "up", "--fast", "--nodes", String.valueOf(nodeCount), "--eviction", eviction, "--port", String.valueOf(port));
        } catch (RuntimeException e) {
            try {
                script(SCRIPT_TIMEOUT, "down");
            } catch (RuntimeException downFailure) {
                e.addSuppressed(downFailure);
            }
            throw e;
        }
    }

    /** Stops every process of this cluster (also frozen nodes). Idempotent. */
    public void down() {
        if (down) {
            return;
        }
        down = true;
        synchronized (adminLock) {
            if (admin != null) {
                admin.close();
                admin = null;
            }
        }
        script(SCRIPT_TIMEOUT, "down");
        frozen.clear();
    }

    /** Thaws frozen nodes, starts a stopped API server and waits until every node is Ready again. */
    public void ensureHealthy() {
        for (String node : List.copyOf(frozen)) {
            thaw(node);
        }
        if (!apiserverRunning()) {
            apiserverStart();
        }
        waitNodesReady(Duration.ofSeconds(60));
    }

    // ---------------------------------------------------------------- accessors

    public Path kubeconfig() {
        return dir.resolve("kubeconfig");
    }

    public Path dir() {
        return dir;
    }

    /** The API server's port; etcd's client port is {@code port() + 1}. */
    public int port() {
        return port;
    }

    /** {@code "taint"} or {@code "nodelost"}. */
    public String eviction() {
        return eviction;
    }

    /** {@code hollow-node-0} … {@code hollow-node-N-1}. */
    public List<String> nodes() {
        return IntStream.range(0, nodeCount).mapToObj(i -> "hollow-node-" + i).toList();
    }

    public boolean isDown() {
        return down;
    }

    @Override
    public String toString() {
        return "ControlPlane[" + eviction + ", https://127.0.0.1:" + port + ", " + dir + "]";
    }

    // ---------------------------------------------------------------- faults

    /** SIGSTOPs the node's kubelet: it stops renewing its lease and status (NotReady after ~9 s). */
    public void freeze(String node) {
        requireNode(node);
        script(SCRIPT_TIMEOUT, "freeze", node);
        frozen.add(node);
    }

    /** SIGCONTs the node's kubelet. */
    public void thaw(String node) {
        requireNode(node);
        script(SCRIPT_TIMEOUT, "thaw", node);
        frozen.remove(node);
    }

    /** Nodes frozen through this handle and not thawed yet. */
    public Set<String> frozenNodes() {
        return Set.copyOf(frozen);
    }

    /** Stops kube-apiserver (etcd keeps the data). */
    public void apiserverStop() {
        script(SCRIPT_TIMEOUT, "apiserver-stop");
    }

    /**
     * Starts kube-apiserver again with the same flags and waits until it is ready (as the script does). A no-op when
     * it runs: the script would start a second one that fails to bind and overwrite the pid file with its pid, so the
     * running one would survive {@code down}.
     */
    public void apiserverStart() {
        if (apiserverRunning()) {
            return;
        }
        script(APISERVER_START_TIMEOUT, "apiserver-start");
        resetAdmin(); // its pooled connections died with the old server: waiting on them times out
    }

    /** Whether the kube-apiserver process recorded in the pid file is alive. */
    public boolean apiserverRunning() {
        return pidAlive(dir.resolve("run/apiserver.pid"));
    }

    /** The script's {@code status}: one line per process, running or dead. */
    public String status() {
        return script(SCRIPT_TIMEOUT, "status");
    }

    // ---------------------------------------------------------------- clients

    /** A fresh fabric8 config for a context of the kubeconfig (admin, admin-token, student); no proxy. */
    public Config config(String context) {
        if (!CONTEXTS.contains(context)) {
            throw new IllegalArgumentException("unknown context " + context + "; one of " + CONTEXTS);
        }
        Config config = Config.fromKubeconfig(context, kubeconfig().toFile());
        // everything stays on this machine, whatever proxy the environment names
        config.setHttpProxy(null);
        config.setHttpsProxy(null);
        return config;
    }

    /** A new client for the context; the caller closes it. */
    public KubernetesClient client(String context) {
        return new KubernetesClientBuilder().withConfig(config(context)).build();
    }

    private void resetAdmin() {
        synchronized (adminLock) {
            if (admin != null) {
                admin.close();
                admin = null;
            }
        }
    }

    /** The handle's own admin client (no retries, short timeouts), for its waits; closed by {@link #down()}. */
    private KubernetesClient admin() {
        synchronized (adminLock) {
            if (down) {
                throw new IllegalStateException(this + " is down");
            }
            if (admin == null) {
                Config config = config("admin");
                config.setRequestRetryBackoffLimit(0);
                config.setConnectionTimeout(10_000);
                config.setRequestTimeout(30_000);
                admin = new KubernetesClientBuilder().withConfig(config).build();
            }
            return admin;
        }
    }

    /** Creates a namespace named {@code prefix-N} (unique in this run), waits for its default ServiceAccount, returns the name. */
    public String createNamespace(String prefix) {
        String name = (prefix.endsWith("-") ? prefix : prefix + "-") + NAMESPACES.incrementAndGet();
        if (!name.matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?") || name.length() > 63) {
            throw new IllegalArgumentException("not a namespace name: " + name);
        }
        admin().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name)
                .addToLabels("stsviz.dev/test", "real-cluster").endMetadata().build()).create();
        // pods are rejected until the ServiceAccount controller has created "default"
        waitUntil(Duration.ofSeconds(30), "ServiceAccount default in namespace " + name,
                () -> admin().serviceAccounts().inNamespace(name).withName("default").get() != null);
        return name;
    }

    // ---------------------------------------------------------------- nodes

    public boolean nodeReady(String node) {
        requireNode(node);
        Node n = admin().nodes().withName(node).get();
        return n != null && n.getStatus() != null && n.getStatus().getConditions() != null
                && n.getStatus().getConditions().stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    public void waitNodeReady(String node, Duration timeout) {
        waitUntil(timeout, node + " Ready", () -> nodeReady(node));
    }

    /** Waits until the node's Ready condition is not True (kubectl prints NotReady). */
    public void waitNodeNotReady(String node, Duration timeout) {
        waitUntil(timeout, node + " NotReady", () -> !nodeReady(node));
    }

    public void waitNodesReady(Duration timeout) {
        waitUntil(timeout, "every node Ready", () -> nodes().stream().allMatch(this::nodeReady));
    }

    /**
     * Polls {@code condition} every 200 ms until it holds; API errors (e.g. during an outage) count as "not yet".
     * Throws {@link AssertionError} after the timeout.
     */
    public static void waitUntil(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                last = null;
            } catch (KubernetesClientException e) {
                last = e;
            }
            if (System.nanoTime() - deadline > 0) {
                AssertionError error = new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
                if (last != null) {
                    error.initCause(last);
                }
                throw error;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }

    // ---------------------------------------------------------------- kubectl, etcdctl

    /** Runs the machine's {@code kubectl --kubeconfig KUBECONFIG ARGS}; returns stdout, throws with stderr on a non-zero exit. */
    public String kubectl(String... args) {
        return checked(kubectlResult(args), "kubectl", args);
    }

    /** As {@link #kubectl}, with {@code stdin} as the standard input (for {@code apply -f -}). */
    public String kubectlWithInput(String stdin, String... args) {
        return checked(run(kubectlCommand(args), stdin, COMMAND_TIMEOUT), "kubectl", args);
    }

    /** Runs kubectl and returns exit code, stdout and stderr, whatever the exit code. */
    public CommandResult kubectlResult(String... args) {
        return run(kubectlCommand(args), null, COMMAND_TIMEOUT);
    }

    private List<String> kubectlCommand(String... args) {
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig().toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Runs {@code etcdctl --endpoints=http://127.0.0.1:PORT+1 ARGS} (API v3); returns stdout, throws on a non-zero exit. */
    public String etcdctl(String... args) {
        requireEtcdctl();
        List<String> command = new ArrayList<>(List.of("etcdctl", "--endpoints=http://127.0.0.1:" + (port + 1)));
        command.addAll(Arrays.asList(args));
        return checked(run(command, null, COMMAND_TIMEOUT), "etcdctl", args);
    }

    /**
     * Compacts etcd to its current revision, so watches resuming from an older resourceVersion get 410 Gone.
     * Returns the revision. Aborts (skips) the calling test when etcdctl is not installed.
     */
    public long compactEtcd() {
        long revision;
        try {
            JsonNode status = JSON.readTree(etcdctl("endpoint", "status", "-w", "json"));
            revision = status.path(0).path("Status").path("header").path("revision").asLong(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (revision <= 0) {
            throw new IllegalStateException("no revision in etcdctl endpoint status");
        }
        etcdctl("compact", String.valueOf(revision));
        return revision;
    }

    private static void requireEtcdctl() {
        if (RealClusterExtension.onPath("etcdctl") == null) {
            String reason = "etcdctl not on PATH (apt-get install etcd-client)";
            System.err.println("real control plane: " + reason);
            Assumptions.abort(reason);
        }
    }

    private static String checked(CommandResult result, String tool, String... args) {
        if (!result.ok()) {
            throw new IllegalStateException(tool + " " + String.join(" ", args) + " exited with " + result.exitCode() + ":\n"
                    + result.stderr().strip() + (result.stdout().isBlank() ? "" : "\nstdout:\n" + tail(result.stdout(), TAIL_LINES)));
        }
        return result.stdout();
    }

    // ---------------------------------------------------------------- processes

    /** Runs a command (no proxy variables, no shell), feeding {@code stdin} if given, collecting both outputs. */
    static CommandResult run(List<String> command, String stdin, Duration timeout) {
        return run(command, stdin, timeout, Map.of());
    }

    /** As above, with {@code environment} added to the process's environment. */
    static CommandResult run(List<String> command, String stdin, Duration timeout, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(command);
        withoutProxies(builder);
        builder.environment().putAll(environment);
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " (on the PATH?): " + e.getMessage(), e);
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try {
            if (stdin != null) {
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " timed out after " + timeout.toSeconds() + " s");
            }
            return new CommandResult(process.exitValue(), out.get(), err.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void withoutProxies(ProcessBuilder builder) {
        builder.environment().keySet().removeIf(k -> k.toLowerCase(Locale.ROOT).endsWith("_proxy"));
    }

    /**
     * Runs {@code bash control-plane.sh VERB DIR ARGS}, output appended to {@code DIR/control-plane.log}; returns this
     * run's output. On a non-zero exit or a timeout (the script and what it started in the foreground are killed)
     * throws {@link ControlPlaneException} with the output's tail and the tails of the logs it points to.
     */
    String script(Duration timeout, String verb, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), verb, dir.toString()));
        command.addAll(Arrays.asList(args));
        Path log = dir.resolve("control-plane.log");
        long offset;
        Process process;
        try {
            Files.createDirectories(dir);
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            offset = Files.size(log);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            withoutProxies(builder);
            process = builder.start();
        } catch (IOException e) {
            throw new ControlPlaneException("cannot run " + command + ": " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        long startedMillis = System.currentTimeMillis();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            // the script's foreground children (kubectl waits, sleep, xz); daemons are stopped by `down`
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = readFrom(log, offset);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        appendQuietly(log, "# " + verb + (finished ? " exit " + process.exitValue() : " TIMED OUT") + " after " + millis + " ms\n");
        if (!finished || process.exitValue() != 0) {
            String what = finished ? "exited with " + process.exitValue() : "timed out after " + timeout.toSeconds() + " s";
            throw new ControlPlaneException("control-plane.sh " + verb + " " + dir + " " + String.join(" ", args) + " " + what
                    + "; output (" + log + "):\n" + tail(output, TAIL_LINES) + diagnostics(verb, output, startedMillis));
        }
        return output;
    }

    /**
     * The tails of the log files the script's output names ("see DIR/logs/apiserver.log"); for an {@code up} that
     * names none (it timed out: the script prints nothing until it is done), the processes it started so far and
     * the last lines of the logs written since.
     */
    private String diagnostics(String verb, String output, long sinceMillis) {
        String referenced = referencedLogs(output);
        if (!referenced.isEmpty() || !verb.equals("up")) {
            return referenced;
        }
        StringBuilder text = new StringBuilder();
        try (Stream<Path> pids = Files.list(dir.resolve("run"))) {
            text.append("\nstarted: ").append(pids.map(p -> p.getFileName().toString().replace(".pid", "")).sorted().toList());
        } catch (IOException e) {
            text.append("\nstarted: nothing (no ").append(dir.resolve("run")).append(")");
        }
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            for (Path file : logs.filter(f -> modifiedSince(f, sinceMillis)).sorted().toList()) {
                text.append("\n--- tail of ").append(file).append(":\n")
                        .append(tail(readFrom(file, 0), 5).lines().map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l)
                                .reduce((a, b) -> a + "\n" + b).orElse(""));
            }
        } catch (IOException e) {
            // no logs yet
        }
        return text.toString();
    }

    private static boolean modifiedSince(Path file, long millis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() >= millis - 1000;
        } catch (IOException e) {
            return false;
        }
    }

    /** The tails of the log files the script's output names ("see DIR/logs/apiserver.log"). */
    private static String referencedLogs(String output) {
        StringBuilder text = new StringBuilder();
        Matcher m = Pattern.compile("see (\\S+\\.log)").matcher(output);
        while (m.find()) {
            Path file = Path.of(m.group(1));
            if (Files.isRegularFile(file)) {
                text.append("\n--- tail of ").append(file).append(":\n").append(tail(readFrom(file, 0), 15));
            }
        }
        return text.toString();
    }

    /**
     * Deletes pid files whose process is alive but not one of this cluster's (the pid was reused after a reboot or
     * a killed run): {@code down} would otherwise kill an unrelated process. Every process the script starts has
     * DIR in its command line.
     */
    private void forgetRecycledPids() {
        Path run = dir.resolve("run");
        if (!Files.isDirectory(run)) {
            return;
        }
        try (Stream<Path> pids = Files.list(run)) {
            for (Path file : pids.filter(p -> p.toString().endsWith(".pid")).toList()) {
                long pid = readPid(file);
                if (pid > 0 && ProcessHandle.of(pid).isPresent() && !cmdline(pid).contains(dir.toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean pidAlive(Path pidFile) {
        long pid = readPid(pidFile);
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static long readPid(Path pidFile) {
        try {
            return Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static String cmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    private static String readFrom(Path file, long offset) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int from = (int) Math.min(offset, bytes.length);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private static void appendQuietly(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // only the log's footer
        }
    }

    static String tail(String text, int lines) {
        List<String> all = text.strip().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private void requireNode(String node) {
        if (!nodes().contains(node)) {
            throw new IllegalArgumentException("no such node: " + node + "; nodes are " + nodes());
        }
    }

    /** control-plane.sh failed or timed out; the message carries its output's tail. */
    public static final class ControlPlaneException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ControlPlaneException(String message) {
            super(message);
        }

        ControlPlaneException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
