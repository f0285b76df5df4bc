package dev.stsviz.bench;

import dev.stsviz.live.KubeContexts;
import dev.stsviz.live.LiveSession;
import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.IncrementalDiagramModel;
import dev.stsviz.view.model.NodeView;
import dev.stsviz.view.model.PodView;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code live_sync_ms_5k} on the REAL Kubernetes 1.24 control plane of {@code control-plane.sh} (bench only, not
 * CI): the time from "connect" (kubeconfig loaded, {@link LiveSession} opened, its source started) to the first
 * 16 ms pulse at which the window's model ({@link IncrementalDiagramModel}) shows all N pods of a Parallel
 * StatefulSet without claim templates, each Running; beside it the wall time of the machine's
 * {@code kubectl --kubeconfig K --context admin -n NS get pods} (a process, output to /dev/null) on the same
 * cluster in the same run. Target: the app within 2x kubectl.
 * <p>
 * Starts its own cluster in {@code target/k8s-bench} ({@code up --fast --nodes 3 --max-pods 2000 --eviction taint
 * --port P}, P..P+19 free), creates the set (replicas N, image luksa/kubia-pet, no volumeClaimTemplates), waits
 * until every pod is Running (progress logged), lets the cluster settle, then measures kubectl and the
 * app interleaved, {@code runs} times each, and prints the medians. {@code down} runs in a finally block and in a
 * shutdown hook. Everything stays on 127.0.0.1; no proxy is used.
 * <p>
 * Run: {@code STSVIZ_K8S_DIR=/path/to/shared/k8s ./mvnw -B -q -Pbench test-compile exec:java -Dexec.args=live-sync}
 * (options: {@code pods N}, {@code runs R}, {@code nodes N}, {@code max-pods M}, {@code setup-minutes T}, and
 * {@code reuse}: take over the cluster a killed or {@code keep} run left running in {@code target/k8s-bench}, its set
 * scaled to N, instead of starting afresh; {@code keep}: leave the cluster running at the end, for a {@code reuse}
 * run (the shutdown hook still stops it if the JVM is interrupted); {@code sync-minutes T}: how long
 * one connect may take before it counts as failed, default 5).
 */
public final class LiveSyncBench {
    static final String NAMESPACE = "sync-bench";
    static final String SET = "kubia";
    static final long PULSE_NANOS = TimeUnit.MILLISECONDS.toNanos(16);
    private static final int PORT_SPAN = 20;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** What to run; see the class comment. */
    public record Options(int pods, int runs, int nodes, int maxPods, Duration setupTimeout, Duration syncTimeout, boolean reuse, boolean keep) {
        static Options defaults() {
            return new Options(5000, 3, 3, 2000, Duration.ofMinutes(30), Duration.ofMinutes(5), false, false);
        }

        static Options parse(List<String> args) {
            Options o = defaults();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i).replaceFirst("^--", "");
                switch (a) {
                    case "pods" -> o = new Options(Integer.parseInt(args.get(++i)), o.runs, o.nodes, o.maxPods, o.setupTimeout, o.syncTimeout, o.reuse, o.keep);
                    case "runs" -> o = new Options(o.pods, Integer.parseInt(args.get(++i)), o.nodes, o.maxPods, o.setupTimeout, o.syncTimeout, o.reuse, o.keep);
                    case "nodes" -> o = new Options(o.pods, o.runs, Integer.parseInt(args.get(++i)), o.maxPods, o.setupTimeout, o.syncTimeout, o.reuse, o.keep);
                    case "max-pods" -> o = new Options(o.pods, o.runs, o.nodes, Integer.parseInt(args.get(++i)), o.setupTimeout, o.syncTimeout, o.reuse, o.keep);
                    case "setup-minutes" -> o = new Options(o.pods, o.runs, o.nodes, o.maxPods,
                            Duration.ofMinutes(Long.parseLong(args.get(++i))), o.syncTimeout, o.reuse, o.keep);
                    case "reuse" -> o = new Options(o.pods, o.runs, o.nodes, o.maxPods, o.setupTimeout, o.syncTimeout, true, o.keep);
                    case "sync-minutes" -> o = new Options(o.pods, o.runs, o.nodes, o.maxPods, o.setupTimeout,
                            Duration.ofMinutes(Long.parseLong(args.get(++i))), o.reuse, o.keep);
                    case "keep" -> o = new Options(o.pods, o.runs, o.nodes, o.maxPods, o.setupTimeout, o.syncTimeout, o.reuse, true);
                    default -> throw new IllegalArgumentException("unknown argument: " + args.get(i)
                            + " (live-sync [pods N] [runs R] [nodes N] [max-pods M] [setup-minutes T] [sync-minutes T] [reuse] [keep])");
                }
            }
            if (o.pods > o.nodes * o.maxPods) {
                throw new IllegalArgumentException(o.pods + " pods do not fit on " + o.nodes + " nodes of " + o.maxPods);
            }
            return o;
        }

        /** "5k" for 5000, else the number. */
        String sizeLabel() {
            return pods % 1000 == 0 ? pods / 1000 + "k" : String.valueOf(pods);
        }
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        int status = 0;
        try {
            for (Figure f : run(Options.parse(List.of(args)), out)) {
                out.println(f.line());
            }
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 1;
        }
        out.flush();
        System.exit(status); // informer and OkHttp threads must not keep the JVM (or exec:java) waiting
    }

    /** Starts the cluster, fills it, measures, stops it. Progress goes to {@code log}; the figures are returned. */
    public static List<Figure> run(Options options, PrintWriter log) throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path script = bundleDir(root).resolve("control-plane.sh");
        requireTools(script);
        Path dir = root.resolve("target/k8s-bench");
        Cluster cluster = new Cluster(script, dir);
        Thread hook = new Thread(cluster::down, "k8s-bench-down");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (options.reuse && cluster.running()) {
                cluster.adopt();
                log.println("# " + now() + " reusing the control plane left running in " + dir + " (stopped at the end)");
            } else {
                int port = freePortBase();
                log.println("# " + now() + " starting the control plane in " + dir + " (port " + port + ", " + options.nodes
                        + " hollow nodes, max-pods " + options.maxPods + ")");
                long upStart = System.nanoTime();
                cluster.up(port, options.nodes, options.maxPods);
                log.println("# " + now() + " up after " + seconds(upStart) + " s");
            }
            Path kubeconfig = dir.resolve("kubeconfig");
            Double fillSeconds;
            try (KubernetesClient admin = adminClient(kubeconfig)) {
                fillSeconds = fill(admin, options, log);
                settle(admin, options.pods, log);
            }
            return measure(kubeconfig, options, fillSeconds, log);
        } finally {
            if (options.keep) {
                log.println("# keep: the cluster is left running in " + dir + " for a `reuse` run; stop it with "
                        + script + " down " + dir);
            } else {
                cluster.down();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    // ---------------------------------------------------------------- filling the cluster

    /**
     * Creates the namespace and the set (or, with {@code reuse}, takes the set a killed run left, scaled to N), waits
     * until exactly N pods exist, each Running. Returns the cluster's own time from the set's creation to the last
     * container's start (seconds), or null when an existing set was scaled.
     */
    static Double fill(KubernetesClient admin, Options options, PrintWriter log) throws InterruptedException {
        StatefulSet existing = admin.apps().statefulSets().inNamespace(NAMESPACE).withName(SET).get();
        boolean scaled = false;
        long start = System.nanoTime();
        if (existing == null) {
            if (admin.namespaces().withName(NAMESPACE).get() == null) {
                admin.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build()).create();
            }
            awaitTrue(Duration.ofSeconds(60), "ServiceAccount default in " + NAMESPACE,
                    () -> admin.serviceAccounts().inNamespace(NAMESPACE).withName("default").get() != null);
            start = System.nanoTime();
            admin.resource(statefulSet(options.pods)).inNamespace(NAMESPACE).create();
            log.println("# " + now() + " created StatefulSet " + SET + " (Parallel, replicas " + options.pods
                    + ", no volumeClaimTemplates) in namespace " + NAMESPACE + "; waiting for every pod Running");
        } else if (existing.getSpec().getReplicas() != options.pods) {
            admin.apps().statefulSets().inNamespace(NAMESPACE).withName(SET).scale(options.pods);
            scaled = true;
            log.println("# " + now() + " scaled the existing StatefulSet from " + existing.getSpec().getReplicas() + " to " + options.pods);
        } else {
            log.println("# " + now() + " reusing the existing StatefulSet (replicas " + options.pods + ", created "
                    + existing.getMetadata().getCreationTimestamp() + ")");
        }
        long deadline = start + options.setupTimeout.toNanos();
        long nextLog = 0;
        // a watch, not repeated lists: the set's status only moves after the controller's whole create pass
        try (SharedIndexInformer<Pod> informer = admin.pods().inNamespace(NAMESPACE).inform()) {
            while (true) {
                List<Pod> pods = informer.getStore().list();
                int created = pods.size();
                // Running as kubectl's STATUS column says it (what the figure waits for); Ready may lag on a loaded
                // machine, where a node that missed its lease has its pods marked not ready until its kubelet re-reports
                int running = (int) pods.stream().filter(LiveSyncBench::running).count();
                int ready = (int) pods.stream().filter(LiveSyncBench::ready).count();
                if (running == options.pods && created == options.pods) {
                    if (scaled) {
                        log.println("# " + now() + " " + options.pods + " pods Running (" + ready + " Ready) after scaling");
                        return null;
                    }
                    StatefulSet set = admin.apps().statefulSets().inNamespace(NAMESPACE).withName(SET).get();
                    Instant created0 = Instant.parse(set.getMetadata().getCreationTimestamp());
                    Instant lastReady = pods.stream().flatMap(p -> p.getStatus().getContainerStatuses().stream())
                            .filter(c -> c.getState() != null && c.getState().getRunning() != null)
                            .map(c -> Instant.parse(c.getState().getRunning().getStartedAt()))
                            .max(Comparator.naturalOrder()).orElseThrow();
                    double s = Duration.between(created0, lastReady).toMillis() / 1000.0;
                    log.println("# " + now() + " all " + options.pods + " pods Running (" + ready + " Ready): " + Math.round(s)
                            + " s from the set's creation to the last container's start (" + String.format(Locale.ROOT, "%.1f", options.pods / s)
                            + " pods/s; waited " + seconds(start) + " s in this run)");
                    return s;
                }
                if (System.nanoTime() >= nextLog) {
                    double s = seconds(start);
                    log.println("# " + now() + " t=" + s + " s: " + created + " pods created, " + running + "/" + options.pods
                            + " Running (" + ready + " Ready)" + (s > 0 ? String.format(Locale.ROOT, " (%.1f/s)", running / s) : ""));
                    nextLog = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + running + "/" + options.pods + " pods Running (" + created + " created) after "
                            + options.setupTimeout.toMinutes() + " min: measure at a smaller size (pods N)");
                }
                Thread.sleep(1000);
            }
        }
    }

    private static boolean running(Pod p) {
        return p.getStatus() != null && "Running".equals(p.getStatus().getPhase()) && p.getMetadata().getDeletionTimestamp() == null;
    }

    private static boolean ready(Pod p) {
        return running(p) && p.getStatus().getConditions() != null
                && p.getStatus().getConditions().stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    /** The chapter's kubia set without its claim template: Parallel, replicas {@code n}, no service-account token volume. */
    static StatefulSet statefulSet(int n) {
        return new StatefulSetBuilder()
                .withNewMetadata().withName(SET).endMetadata()
                .withNewSpec()
                .withServiceName(SET)
                .withReplicas(n)
                .withPodManagementPolicy("Parallel")
                .withNewSelector().addToMatchLabels("app", SET).endSelector()
                .withNewTemplate()
                .withNewMetadata().addToLabels("app", SET).endMetadata()
                .withNewSpec()
                // the kubelet would request a token per pod (TokenRequest) at its 5 requests/s: only slows the set up
                .withAutomountServiceAccountToken(false)
                .addNewContainer().withName(SET).withImage("luksa/kubia-pet")
                .addNewPort().withName("http").withContainerPort(8080).endPort()
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    /** Checks the list agrees (every pod Running), then waits until no pod has changed for 10 s. */
    static void settle(KubernetesClient admin, int n, PrintWriter log) throws InterruptedException {
        long start = System.nanoTime();
        long lastVersion = -1;
        long quietSince = System.nanoTime();
        while (seconds(start) < 180) {
            List<Pod> pods = admin.pods().inNamespace(NAMESPACE).list().getItems();
            long running = pods.stream().filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase())
                    && p.getMetadata().getDeletionTimestamp() == null).count();
            long version = pods.stream().mapToLong(p -> Long.parseLong(p.getMetadata().getResourceVersion())).max().orElse(0);
            if (running != n || pods.size() != n || version != lastVersion) {
                quietSince = System.nanoTime();
            }
            lastVersion = version;
            if (running == n && pods.size() == n && seconds(quietSince) >= 10) {
                log.println("# " + now() + " " + n + " pods Running, none changed for 10 s");
                return;
            }
            Thread.sleep(2000);
        }
        log.println("# " + now() + " pods still changing after 180 s; measuring anyway");
    }

    // ---------------------------------------------------------------- measuring

    static List<Figure> measure(Path kubeconfig, Options options, Double fillSeconds, PrintWriter log) throws Exception {
        int n = options.pods;
        // kubectl once to check it lists them all (and to warm its binary and the server's caches alike)
        int lines = kubectlLines(kubeconfig);
        log.println("# " + now() + " kubectl get pods lists " + (lines - 1) + " pods (+ header); load average " + loadAverage());
        if (lines - 1 != n) {
            throw new IllegalStateException("kubectl lists " + (lines - 1) + " pods, expected " + n);
        }
        List<Double> kubectl = new ArrayList<>();
        List<Double> app = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < options.runs; i++) {
            double k = kubectlMillis(kubeconfig);
            kubectl.add(k);
            AppRun a = appRun(kubeconfig, n, options.syncTimeout);
            app.add(a.totalMs);
            log.println("# " + now() + " run " + (i + 1) + ": kubectl " + Figure.format(k) + " ms; app " + a + "; load average " + loadAverage());
            System.gc();
            // a connect that gave up leaves the server finishing the lists it abandoned: let it, so the next run starts alike
            Thread.sleep(a.failure == null ? 1000 : 60_000);
        }
        double kubectlMs = Measure.median(kubectl);
        double appMs = Measure.median(app); // a failed connect counts as infinitely slow
        long failed = app.stream().filter(v -> v.isInfinite()).count();
        String label = options.sizeLabel();
        String note = "median of " + options.runs + " connects " + format(app) + "; real control plane v1.24.10, "
                + options.nodes + " hollow nodes" + (fillSeconds == null ? "" : "; the set reached " + n + " Running in "
                + Math.round(fillSeconds) + " s");
        Figure live = Double.isInfinite(appMs)
                ? Figure.missing("live_sync_ms_" + label, "ms", "<= 2x kubectl_get_pods_ms_" + label, failed + " of " + options.runs
                        + " connects did not show all " + n + " pods within " + options.syncTimeout.toMinutes() + " min; " + note)
                : new Figure("live_sync_ms_" + label, appMs, "ms", "<= 2x kubectl_get_pods_ms_" + label, note);
        return List.of(live,
                new Figure("kubectl_get_pods_ms_" + label, kubectlMs, "ms", null, "median of " + options.runs + " " + format(kubectl)
                        + ", wall time of `kubectl get pods` (" + kubectlVersion() + ")"),
                Double.isInfinite(appMs) ? Figure.missing("live_sync_ratio", "x", "<= 2", "the app did not sync")
                        : Figure.of("live_sync_ratio", appMs / kubectlMs, "x", "<= 2"));
    }

    /** One connect: the phases' times from "connect" (ms). */
    record AppRun(double listedMs, double firstPodMs, double allPodsMs, double totalMs, String failure) {
        @Override
        public String toString() {
            if (failure != null) {
                return "FAILED: " + failure;
            }
            return Figure.format(totalMs) + " ms (every kind listed " + (listedMs < 0 ? "not yet" : Figure.format(listedMs))
                    + ", first pod drawn " + Figure.format(firstPodMs)
                    + ", all drawn " + Figure.format(allPodsMs) + ", all Running " + Figure.format(totalMs) + ")";
        }
    }

    /**
     * The window's path: load the kubeconfig, open the session, start the source, and at each 16 ms pulse bring the
     * incremental model up to date and count the pods it draws (columns plus unscheduled) and those Running.
     */
    static AppRun appRun(Path kubeconfig, int n, Duration timeout) {
        long start = System.nanoTime();
        LiveSession session = LiveSession.open(KubeContexts.load(kubeconfig.toString()), "admin", NAMESPACE, false);
        try {
            session.source().start();
            IncrementalDiagramModel diagram = new IncrementalDiagramModel(NAMESPACE);
            double listed = -1;
            double firstPod = -1;
            double allPods = -1;
            long pulse = start;
            long deadline = start + timeout.toNanos();
            while (true) {
                DiagramModel model = diagram.update(session.source().state());
                int drawn = model.unscheduled().size();
                int running = count(model.unscheduled());
                for (NodeView node : model.nodes()) {
                    drawn += node.pods().size();
                    running += count(node.pods());
                }
                long t = System.nanoTime();
                if (listed < 0 && session.synced()) {
                    listed = (t - start) / 1e6;
                }
                if (firstPod < 0 && drawn > 0) {
                    firstPod = (t - start) / 1e6;
                }
                if (allPods < 0 && drawn >= n) {
                    allPods = (t - start) / 1e6;
                }
                if (drawn == n && running == n) {
                    return new AppRun(listed, firstPod, allPods, (t - start) / 1e6, null);
                }
                if (t > deadline) {
                    return new AppRun(listed, firstPod, allPods, Double.POSITIVE_INFINITY, "the model shows " + drawn + " pods ("
                            + running + " Running) of " + n + " after " + timeout.toSeconds() + " s; status: " + session.source().describeStatus());
                }
                do {
                    pulse += PULSE_NANOS; // the next pulse; a late one is not made up for, as with the FX pulse
                } while (pulse <= System.nanoTime());
                LockSupport.parkNanos(pulse - System.nanoTime());
            }
        } finally {
            session.close();
        }
    }

    private static int count(List<PodView> pods) {
        int running = 0;
        for (PodView pod : pods) {
            if ("Running".equals(pod.status())) {
                running++;
            }
        }
        return running;
    }

    /** Wall time of {@code kubectl --kubeconfig K --context admin -n NS get pods}, output to /dev/null. */
    static double kubectlMillis(Path kubeconfig) throws IOException, InterruptedException {
        ProcessBuilder builder = kubectl(kubeconfig, "get", "pods").redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = Files.createTempFile("kubectl", ".err");
        builder.redirectError(err.toFile());
        try {
            long start = System.nanoTime();
            Process p = builder.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("kubectl get pods took over 2 min");
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (p.exitValue() != 0) {
                throw new IllegalStateException("kubectl get pods exited with " + p.exitValue() + ": " + Files.readString(err));
            }
            return ms;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    static int kubectlLines(Path kubeconfig) throws IOException, InterruptedException {
        Process p = kubectl(kubeconfig, "get", "pods").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("kubectl get pods exited with " + p.exitValue());
        }
        return (int) text.lines().count();
    }

    static String kubectlVersion() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text.lines().filter(l -> l.startsWith("Client Version")).findFirst().orElse("kubectl").strip();
        } catch (IOException e) {
            return "kubectl";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "kubectl";
        }
    }

    private static ProcessBuilder kubectl(Path kubeconfig, String... args) {
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString(), "--context", "admin", "-n", NAMESPACE));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        withoutProxies(builder.environment());
        return builder;
    }

    // ---------------------------------------------------------------- the cluster

    /** {@code control-plane.sh} on one state directory; {@link #down()} is idempotent and safe from a shutdown hook. */
    static final class Cluster {
        private final Path script;
        private final Path dir;
        private final AtomicBoolean started = new AtomicBoolean();
        private final AtomicBoolean stopped = new AtomicBoolean();

        Cluster(Path script, Path dir) {
            this.script = script;
            this.dir = dir;
        }

        /** Whether this directory's kube-apiserver (a run killed before its finally block) is alive. */
        boolean running() {
            try {
                long pid = Long.parseLong(Files.readString(dir.resolve("run/apiserver.pid")).strip());
                return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).map(c -> c.contains(dir.toString())).orElse(false);
            } catch (IOException | NumberFormatException e) {
                return false;
            }
        }

        /** Takes over a running cluster: {@link #down()} stops it. */
        void adopt() {
            started.set(true);
        }

        void up(int port, int nodes, int maxPods) {
            if (Files.isDirectory(dir.resolve("run"))) {
                forgetRecycledPids();
                script(Duration.ofSeconds(60), "down"); // a run killed before its finally block
            }
            started.set(true);
            script(Duration.ofMinutes(5), "up", "--fast", "--nodes", String.valueOf(nodes), "--max-pods", String.valueOf(maxPods),
                    "--eviction", "taint", "--port", String.valueOf(port));
        }

        void down() {
            if (!started.get() || !stopped.compareAndSet(false, true)) {
                return;
            }
            try {
                script(Duration.ofSeconds(90), "down");
            } finally {
                deleteTree(dir.resolve("etcd")); // 5,000 pods' worth of etcd data; `up` starts afresh anyway
            }
        }

        private void script(Duration timeout, String verb, String... args) {
            List<String> command = new ArrayList<>(List.of("bash", script.toString(), verb, dir.toString()));
            command.addAll(List.of(args));
            try {
                Files.createDirectories(dir);
                Path log = dir.resolve("control-plane.log");
                Files.writeString(log, "$ " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                withoutProxies(builder.environment());
                Process p = builder.start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    throw new IllegalStateException("control-plane.sh " + verb + " timed out; see " + log);
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("control-plane.sh " + verb + " exited with " + p.exitValue() + "; see " + log);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted: control-plane.sh " + verb, e);
            }
        }

        /** Pid files of a dead run whose pid now belongs to another process: `down` must not kill that one. */
        private void forgetRecycledPids() {
            try (Stream<Path> files = Files.list(dir.resolve("run"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                    long pid;
                    try {
                        pid = Long.parseLong(Files.readString(f).strip());
                    } catch (NumberFormatException e) {
                        Files.deleteIfExists(f);
                        continue;
                    }
                    String cmdline = ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
                    if (ProcessHandle.of(pid).isPresent() && !cmdline.contains(dir.toString())) {
                        Files.deleteIfExists(f);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // only disk space
        }
    }

    // ---------------------------------------------------------------- helpers

    static Path bundleDir(Path root) {
        String configured = System.getenv("STSVIZ_K8S_DIR");
        return root.resolve(configured == null || configured.isBlank() ? "../shared/k8s" : configured).normalize();
    }

    private static void requireTools(Path script) {
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " not found (set STSVIZ_K8S_DIR to the folder with control-plane.sh)");
        }
        List<String> missing = Stream.of("etcd", "openssl", "xz", "kubectl").filter(t -> !onPath(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not on PATH: " + missing);
        }
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(s -> Path.of(s, name)).anyMatch(p -> Files.isRegularFile(p) && Files.isExecutable(p));
    }

    /** A base P with P..P+19 free on 127.0.0.1, below the ephemeral range. */
    static int freePortBase() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = 20000 + PORT_SPAN * ThreadLocalRandom.current().nextInt((32000 - 20000) / PORT_SPAN);
            boolean free = true;
            for (int p = base; p < base + PORT_SPAN && free; p++) {
                try (ServerSocket s = new ServerSocket()) {
                    s.setReuseAddress(false);
                    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), p));
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no 20 free ports in 20000-32000");
    }

    static KubernetesClient adminClient(Path kubeconfig) {
        Config config = Config.fromKubeconfig("admin", kubeconfig.toFile());
        config.setHttpProxy(null);
        config.setHttpsProxy(null);
        config.setRequestTimeout(60_000);
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    private static void withoutProxies(Map<String, String> env) {
        env.keySet().removeIf(k -> k.toLowerCase(Locale.ROOT).endsWith("_proxy"));
    }

    private static void awaitTrue(Duration timeout, String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (KubernetesClientException notYet) {
                // retry
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** The 1-minute load average (other processes on the machine slow both sides alike). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static double seconds(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
    }

    private static String now() {
        return LocalDateTime.now().format(CLOCK);
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> v.isInfinite() ? "failed" : Figure.format(v)).collect(Collectors.joining(", ", "(", ")"));
    }

    private LiveSyncBench() {
    }
}
