package dev.stsviz.bench;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.live.LiveClusterSource;
import dev.stsviz.view.model.DiagramModel;
import dev.stsviz.view.model.IncrementalDiagramModel;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The live figures, on fabric8's CRUD mock server (test classpath only). Each run starts a fresh mock server,
 * starts the consumer and waits until it has synced, then creates N pods from {@value #WRITERS} threads and
 * times until the consumer has seen all N ADDED watch events:
 * <ul>
 * <li>{@code informer_events_per_s}: a bare pod informer counting events (the baseline);</li>
 * <li>{@code live_events_per_s}: a {@link LiveClusterSource} (all its informers, its 50 ms batcher, its
 * ClusterState) plus the incremental DiagramModel brought up to date after every new revision, until the model shows all N pods;</li>
 * <li>{@code live_ratio} = live / informer (both bounded by how fast the mock server takes creates).</li>
 * </ul>
 * Not a surefire test (no Test suffix): run through {@link LiveBenchMain} or {@code stsviz bench --live} on the
 * test classpath.
 */
public final class LiveThroughputBench implements LiveBench {
    static final int WRITERS = 4;
    private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(10);
    /** MockWebServer logs every request at INFO through java.util.logging: that would be most of what we time. */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    static {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    @Override
    public List<Figure> run(BenchConfig config) throws Exception {
        int n = config.livePods();
        int runs = Math.min(3, config.runs());
        int warmups = Math.min(1, config.warmups());
        List<Double> informer = new ArrayList<>();
        List<Double> live = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            double a = informerRun(n); // interleaved, so drifting machine load hits both alike
            double b = liveRun(n);
            if (i >= warmups) {
                informer.add(a);
                live.add(b);
            }
        }
        double a = Measure.median(informer);
        double b = Measure.median(live);
        String note = "pods=" + n + " writers=" + WRITERS + " runs=" + runs;
        return List.of(new Figure("live_events_per_s", b, "events/s", LiveFigures.EVENTS_TARGET, note),
                new Figure("informer_events_per_s", a, "events/s", LiveFigures.INFORMER_TARGET, note),
                Figure.of("live_ratio", b / a, "x", LiveFigures.RATIO_TARGET));
    }

    static KubernetesMockServer newServer() {
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        server.init();
        return server;
    }

    /** Baseline: events per second seen by a bare pod informer. */
    static double informerRun(int n) throws Exception {
        KubernetesMockServer server = newServer();
        try (KubernetesClient client = server.createClient()) {
            AtomicInteger adds = new AtomicInteger();
            SharedIndexInformer<Pod> informer = client.pods().inNamespace(SyntheticCluster.NAMESPACE).inform(new ResourceEventHandler<>() {
                @Override
                public void onAdd(Pod pod) {
                    adds.incrementAndGet();
                }

                @Override
                public void onUpdate(Pod oldPod, Pod newPod) {
                }

                @Override
                public void onDelete(Pod pod, boolean finalStateUnknown) {
                }
            }, 0);
            try {
                informer.start().toCompletableFuture().get(30, TimeUnit.SECONDS);
                long start = System.nanoTime();
                createPods(client, n);
                await(() -> adds.get() >= n, () -> "informer saw " + adds.get() + "/" + n);
                return n / ((System.nanoTime() - start) / 1e9);
            } finally {
                informer.close();
            }
        } finally {
            server.destroy();
        }
    }

    /** The app's path: LiveClusterSource into its ClusterState, the window's incremental model per new revision. */
    static double liveRun(int n) throws Exception {
        KubernetesMockServer server = newServer();
        KubernetesClient client = server.createClient();
        LiveClusterSource source = new LiveClusterSource(client, SyntheticCluster.NAMESPACE, "mock");
        AtomicInteger modelPods = new AtomicInteger();
        IncrementalDiagramModel diagram = new IncrementalDiagramModel(SyntheticCluster.NAMESPACE); // the window's model
        ExecutorService pulse = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-pulse");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger pending = new AtomicInteger();
            source.state().addListener(() -> {
                // listeners only schedule: coalesce into one model build on the "pulse" thread, as the window does
                if (pending.getAndSet(1) == 0) {
                    pulse.execute(() -> {
                        pending.set(0);
                        DiagramModel model = diagram.update(source.state());
                        int pods = model.unscheduled().size();
                        for (var node : model.nodes()) {
                            pods += node.pods().size();
                        }
                        modelPods.set(pods);
                    });
                }
            });
            source.start();
            await(() -> source.status().phase() == dev.stsviz.live.LiveStatus.Phase.WATCHING, source::describeStatus);
            long start = System.nanoTime();
            createPods(client, n);
            await(() -> modelPods.get() >= n, () -> "model shows " + modelPods.get() + "/" + n
                    + " (state: " + source.state().list(Pod.class, Kinds.POD).size() + ")");
            return n / ((System.nanoTime() - start) / 1e9);
        } finally {
            pulse.shutdownNow();
            source.close(); // closes the client
            server.destroy();
        }
    }

    /** Creates pods p-0..p-(n-1), scheduled round-robin on 100 node names, from {@value #WRITERS} threads. */
    static void createPods(KubernetesClient client, int n) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int first = w;
                done.add(writers.submit(() -> {
                    for (int i = first; i < n; i += WRITERS) {
                        client.pods().inNamespace(SyntheticCluster.NAMESPACE).resource(pod(i)).create();
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    static Pod pod(int i) {
        Pod p = SyntheticCluster.pod("set-" + (i / SyntheticCluster.SET_SIZE), "set-" + (i / SyntheticCluster.SET_SIZE) + "-" + (i % SyntheticCluster.SET_SIZE),
                SyntheticCluster.nodeName(i % 100), i, true, 0, null);
        return new PodBuilder(p).editMetadata().withUid(null).withCreationTimestamp(null).endMetadata().build();
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("live bench timed out: " + state.get());
            }
            Thread.sleep(1);
        }
    }
}
