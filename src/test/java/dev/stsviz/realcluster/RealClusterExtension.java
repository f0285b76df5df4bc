package dev.stsviz.realcluster;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Starts a real control plane for {@link RealCluster} classes: at most one per eviction path per test run, lazily
 * (the first class asking for it), in {@code target/k8s-taint} or {@code target/k8s-nodelost}, with
 * {@code up --fast --nodes 3 --eviction E --port P}; stopped ({@code down}) when the run's root extension context
 * closes, and by a JVM shutdown hook otherwise. After each class it thaws nodes and restarts the API server if the
 * class left them so.
 * <p>
 * Skips (one reason line, printed once to stderr) when a prerequisite is missing: the bundle
 * ({@code $STSVIZ_K8S_DIR}, default {@code ../shared/k8s} from the project root, with control-plane.sh and the
 * kubernetes tar.xz), {@code etcd}, {@code openssl} or {@code xz} on the PATH, linux/amd64. If {@code up} fails with
 * the prerequisites present the classes fail with the script's output tail.
 */
public final class RealClusterExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {
    static final String BUNDLE_ENV = "STSVIZ_K8S_DIR";
    static final int NODES = 3;
    /** Ports P..P+19 per cluster: etcd P+1/P+2, controller manager P+3, scheduler P+4, kubelets P+10.. (two per node). */
    static final int PORT_SPAN = 20;
    /** Below the ephemeral range (32768-60999 on Linux), so outgoing connections do not take them meanwhile. */
    private static final int PORT_MIN = 20000;
    private static final int PORT_MAX = 32000;
    private static final int UP_ATTEMPTS = 3;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealClusterExtension.class);
    private static final AtomicBoolean REASON_PRINTED = new AtomicBoolean();
    private static final Set<Integer> CLAIMED_PORTS = new HashSet<>();
    private static volatile Optional<String> unavailable;

    // ---------------------------------------------------------------- skipping

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> reason = unavailableReason();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("real control plane available");
        }
        String line = "real control plane unavailable: " + reason.get();
        if (REASON_PRINTED.compareAndSet(false, true)) {
            System.err.println(line + " (tests tagged " + RealCluster.TAG + " are skipped)");
        }
        return ConditionEvaluationResult.disabled(line);
    }

    /** Why no control plane can be started here, or empty. Checked once per JVM. */
    static Optional<String> unavailableReason() {
        Optional<String> result = unavailable;
        if (result == null) {
            result = Optional.ofNullable(checkPrerequisites());
            unavailable = result;
        }
        return result;
    }

    private static String checkPrerequisites() {
        List<String> missing = new ArrayList<>();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            missing.add("needs linux/amd64, this is " + os + "/" + arch);
        }
        Path bundle = bundleDir();
        if (!Files.isDirectory(bundle)) {
            missing.add("bundle directory " + bundle + " not found (set " + BUNDLE_ENV + ")");
        } else {
            if (!Files.isRegularFile(bundle.resolve("control-plane.sh"))) {
                missing.add(bundle.resolve("control-plane.sh") + " not found");
            }
            if (tarball(bundle).isEmpty()) {
                missing.add("no kubernetes-*-linux-amd64.tar.xz in " + bundle);
            }
        }
        if (onPath("etcd") == null) {
            missing.add("etcd not on PATH (apt-get install etcd-server)");
        }
        if (onPath("openssl") == null) {
            missing.add("openssl not on PATH");
        }
        if (onPath("xz") == null) {
            missing.add("xz not on PATH");
        }
        return missing.isEmpty() ? null : String.join("; ", missing);
    }

    private static Optional<Path> tarball(Path bundle) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(bundle, "kubernetes-*-linux-amd64.tar.xz")) {
            for (Path file : files) {
                return Optional.of(file);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }

    static Path bundleDir() {
        String configured = System.getenv(BUNDLE_ENV);
        String dir = configured == null || configured.isBlank() ? "../shared/k8s" : configured;
        return projectRoot().resolve(dir).normalize();
    }

    /** The executable {@code name} on the PATH, or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(entry, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- the cluster

    @Override
    public void beforeAll(ExtensionContext context) {
        controlPlane(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Cluster cluster = context.getRoot().getStore(NAMESPACE).get(eviction(context), Cluster.class);
        if (cluster != null && cluster.started()) {
            cluster.controlPlane().ensureHealthy();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ControlPlane.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return controlPlane(extensionContext);
    }

    private static ControlPlane controlPlane(ExtensionContext context) {
        String eviction = eviction(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(eviction, Cluster::new, Cluster.class).controlPlane();
    }

    /** The eviction path of the nearest {@link RealCluster} on the test class or an enclosing class ({@code @Nested}). */
    private static String eviction(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Optional<RealCluster> annotation = AnnotationSupport.findAnnotation(c, RealCluster.class);
            if (annotation.isPresent()) {
                String eviction = annotation.get().eviction();
                if (!eviction.equals("taint") && !eviction.equals("nodelost")) {
                    throw new IllegalArgumentException("@RealCluster(eviction = \"" + eviction + "\"): taint or nodelost");
                }
                return eviction;
            }
        }
        return "taint";
    }

    /** A base port P with P..P+19 free on 127.0.0.1 and at least 20 from every port this JVM claimed. */
    static int pickPort() {
        synchronized (CLAIMED_PORTS) {
            int slots = (PORT_MAX - PORT_MIN) / PORT_SPAN;
            int first = ThreadLocalRandom.current().nextInt(slots); // random: other JVMs on the machine pick too
            for (int i = 0; i < slots; i++) {
                int port = PORT_MIN + ((first + i) % slots) * PORT_SPAN;
                if (CLAIMED_PORTS.stream().noneMatch(c -> Math.abs(c - port) < PORT_SPAN) && allFree(port, PORT_SPAN)) {
                    CLAIMED_PORTS.add(port);
                    return port;
                }
            }
            throw new IllegalStateException("no " + PORT_SPAN + " free consecutive ports in " + PORT_MIN + ".." + PORT_MAX);
        }
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            // bind without listening; no SO_REUSEADDR, so a listener on 127.0.0.1 or the wildcard address conflicts
            try (SocketChannel channel = SocketChannel.open()) {
                channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * The root store's value per eviction path: starts the control plane on first use (a start failure is kept and
     * rethrown to every later class), stops it on close or at JVM exit.
     */
    @SuppressWarnings("deprecation") // CloseableResource: closed by every Jupiter 5.x; 5.13+ closes it as AutoCloseable
    static final class Cluster implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final String eviction;
        private final Thread shutdownHook;
        private volatile ControlPlane controlPlane;
        private volatile RuntimeException failure;
        private volatile boolean closed;
        private FileChannel lockChannel;
        private FileLock lock;
        private Path privateDir;

        Cluster(String eviction) {
            this.eviction = eviction;
            this.shutdownHook = new Thread(this::stop, "real-cluster-" + eviction + "-down");
        }

        boolean started() {
            return controlPlane != null && failure == null;
        }

        synchronized ControlPlane controlPlane() {
            if (failure != null) {
                throw new ControlPlane.ControlPlaneException("the " + eviction + " control plane failed to start earlier in this run: "
                        + failure.getMessage(), failure);
            }
            if (closed) {
                throw new IllegalStateException("the " + eviction + " control plane was stopped");
            }
            if (controlPlane == null) {
                try {
                    start();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return controlPlane;
        }

        private void start() {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            Path target = projectRoot().resolve("target");
            Path dir = target.resolve("k8s-" + eviction);
            if (!lock(target.resolve("k8s-" + eviction + ".lock"))) {
                // another JVM (a second build in this tree) runs a cluster there: `down` on it would stop theirs
                dir = target.resolve("k8s-" + eviction + "-" + ProcessHandle.current().pid());
                privateDir = dir;
                System.err.println("real control plane: " + target.resolve("k8s-" + eviction) + " is in use by another run; using " + dir);
            }
            Path script = bundleDir().resolve("control-plane.sh");
            long started = System.nanoTime();
            for (int attempt = 1; ; attempt++) {
                ControlPlane candidate = new ControlPlane(script, dir, pickPort(), eviction, NODES);
                controlPlane = candidate; // so that the shutdown hook stops a half-started one
                try {
                    candidate.up();
                    break;
                } catch (ControlPlane.ControlPlaneException e) {
                    controlPlane = null;
                    boolean portTaken = e.getMessage().contains("address already in use") || logsMention(dir, "address already in use");
                    if (!portTaken || attempt == UP_ATTEMPTS) {
                        throw e;
                    }
                    System.err.println("real control plane: port " + candidate.port() + " was taken meanwhile; trying another");
                }
            }
            System.err.printf("real control plane: %s up in %.1f s%n", controlPlane, (System.nanoTime() - started) / 1e9);
        }

        private boolean lock(Path lockFile) {
            try {
                Files.createDirectories(lockFile.getParent());
                lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lock != null;
        }

        private static boolean logsMention(Path dir, String text) {
            try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
                return logs.anyMatch(log -> {
                    try {
                        return Files.readString(log).contains(text);
                    } catch (IOException e) {
                        return false;
                    }
                });
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void close() {
            stop();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // shutting down already, or never registered
            }
        }

        /** Not synchronized with start: the shutdown hook must not wait for a running `up`. */
        private void stop() {
            if (closed) {
                return;
            }
            closed = true;
            ControlPlane running = controlPlane;
            try {
                if (running != null) {
                    running.down();
                }
            } finally {
                try {
                    if (lock != null) {
                        lock.release();
                    }
                    if (lockChannel != null) {
                        lockChannel.close();
                    }
                } catch (IOException ignored) {
                    // the lock goes with the JVM anyway
                }
                if (privateDir != null) {
                    deleteRecursively(privateDir);
                }
            }
        }

        private static void deleteRecursively(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                System.err.println("real control plane: could not delete " + dir + ": " + e.getMessage());
            }
        }
    }
}
