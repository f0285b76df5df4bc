package dev.stsviz.live;

import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.StorageFlavour;
import dev.stsviz.live.errors.ErrorText;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A live cluster as a {@link ClusterSource}: one fabric8 informer per watched kind (namespaced kinds in one
 * namespace, nodes/PVs/storage classes cluster-wide), every add/update/delete queued as a {@link ClusterChange}
 * and applied in batches. Informers relist after a dropped watch or 410 Gone and emit deletes for objects that
 * vanished meanwhile, so the state never keeps stale objects. A kind the cluster refuses (403) or does not serve
 * (404) is given up and reported (a kind this user may not read is marked unreadable in the state, so the picture
 * says "not visible" instead of "gone"; an optional kind such as ReplicaSets is given up without a report); the
 * others keep working. A {@link ConnectionMonitor} notices a lost server
 * within seconds: the picture is then marked stale, writes are refused, and when the server answers again every
 * kind is listed anew, so what is drawn equals what kubectl then lists.
 */
public final class LiveClusterSource implements ClusterSource {
    static final long BATCH_MILLIS = 50;

    private final KubernetesClient client;
    private final String namespace;
    private final String context;
    private final CheckedActions actions;
    private final ClusterState state = new ClusterState();
    private final AccessReview access = new AccessReview();
    private final ConnectionMonitor monitor;
    private final ChangeBatcher batcher = new ChangeBatcher(state, BATCH_MILLIS);
    private final StatusTracker tracker;
    private final Map<WatchedKind, SharedIndexInformer<? extends HasMetadata>> informers = new ConcurrentHashMap<>();
    private final Set<WatchedKind> givenUp = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    /** Takes ownership of the client: {@link #close()} closes it. Actions go to the server (no node faults). */
    public LiveClusterSource(KubernetesClient client, String namespace, String context) {
        this(client, namespace, context, new LiveActions(client, namespace, NodeFaultPort.UNSUPPORTED));
    }

    /** @param actions what {@link #actions()} returns, e.g. a {@link ReadOnlyActions} or LiveActions with node faults */
    public LiveClusterSource(KubernetesClient client, String namespace, String context, ClusterActions actions) {
        this.client = client;
        this.namespace = namespace;
        this.context = context;
        this.monitor = new ConnectionMonitor(client, Clock.systemDefaultZone(), this::relist);
        this.actions = new CheckedActions(actions, monitor::lostAt, access::allows);
        this.tracker = new StatusTracker(context, namespace, Clock.systemDefaultZone());
    }

    public LiveClusterSource(Config config, String namespace, String context) {
        this(new KubernetesClientBuilder().withConfig(config).build(), namespace, context);
    }

    /**
     * The app's entry point (it may not see fabric8 types): the context (null: current-context) from the
     * kubeconfig, its namespace unless one is given, read-only or with node faults wired to {@code faults}.
     */
    public static LiveClusterSource open(KubeContexts contexts, String context, String namespace, boolean readOnly, NodeFaultPort faults) {
        String name = contexts.resolve(context);
        String ns = namespace == null || namespace.isBlank() ? contexts.namespace(name) : namespace;
        KubernetesClient client = new KubernetesClientBuilder().withConfig(contexts.forContext(name)).build();
        ClusterActions live = new LiveActions(client, ns, faults);
        return new LiveClusterSource(client, ns, name, readOnly ? new ReadOnlyActions(live) : live);
    }

    @Override
    public void start() {
        if (started) {
            return;
        }
        state.clear(); // a new connection starts from its own lists, never from what a previous one saw
        batcher.start();
        for (WatchedKind kind : WatchedKind.values()) {
            informers.put(kind, newInformer(kind));
        }
        started = true;
        informers.values().forEach(SharedIndexInformer::start); // asynchronous: never blocks the caller
        monitor.start();
        CompletableFuture.runAsync(() -> access.review(client, namespace)); // answers which buttons to enable
    }

    private SharedIndexInformer<? extends HasMetadata> newInformer(WatchedKind kind) {
        // resync 0: a periodic resync would re-send unchanged objects and bump the revision for nothing
        SharedIndexInformer<? extends HasMetadata> informer = kind.informable(client, namespace).runnableInformer(0);
        informer.addEventHandler(handler);
        informer.exceptionHandler((isStarted, failure) -> retryAfter(kind, failure));
        return informer;
    }

    private final ResourceEventHandler<HasMetadata> handler = new ResourceEventHandler<>() {
        @Override
        public void onAdd(HasMetadata object) {
            batcher.offer(ClusterChange.upsert(object));
        }

        @Override
        public void onUpdate(HasMetadata oldObject, HasMetadata newObject) {
            batcher.offer(ClusterChange.upsert(newObject));
        }

        @Override
        public void onDelete(HasMetadata object, boolean finalStateUnknown) {
            batcher.offer(ClusterChange.delete(object));
        }
    };

    /**
     * After an outage: every kind is listed and watched anew (a watch on a connection that silently died would
     * never notice), and objects the new list lacks are deleted from the state, so changes made meanwhile show.
     */
    private synchronized void relist() {
        if (!started) {
            return;
        }
        for (WatchedKind kind : WatchedKind.values()) {
            if (givenUp.contains(kind)) {
                continue;
            }
            SharedIndexInformer<? extends HasMetadata> old = informers.remove(kind);
            if (old != null) {
                old.stop();
            }
            SharedIndexInformer<? extends HasMetadata> fresh = newInformer(kind);
            informers.put(kind, fresh);
            fresh.start().thenRun(() -> dropVanished(kind, fresh));
        }
    }

    private void dropVanished(WatchedKind kind, SharedIndexInformer<? extends HasMetadata> informer) {
        Set<String> listed = Set.copyOf(informer.getStore().listKeys());
        for (HasMetadata object : state.list(HasMetadata.class, kind.kind)) {
            // the store's own key function, so both sides spell keys alike
            if (!listed.contains(io.fabric8.kubernetes.client.informers.cache.Cache.metaNamespaceKeyFunc(object))) {
                batcher.offer(ClusterChange.delete(object));
            }
        }
    }

    /** Called on an informer's thread; true keeps it retrying (with fabric8's backoff), false stops it. */
    private boolean retryAfter(WatchedKind kind, Throwable failure) {
        if (!started) {
            return false; // closing: the failure is ours
        }
        KubernetesClientException http = ErrorText.httpFailure(failure);
        int code = http == null ? 0 : http.getCode();
        if (code == 403) {
            // RBAC will not change by retrying; the other kinds keep working. An optional kind (ReplicaSets: a class
            // Role often grants only what the chapter uses) is no loss worth a warning: its pods still name their owner
            String message = String.valueOf(failure.getMessage());
            if (!kind.optional) {
                tracker.forbidden((message.contains("watch=true") ? "watch " : "list ") + kind.resource);
            }
            givenUp.add(kind);
            state.markUnreadable(kind.kind); // unknown, not absent: nothing may claim its objects are gone
            return false;
        }
        SharedIndexInformer<? extends HasMetadata> informer = informers.get(kind);
        if (code == 404 && (informer == null || !informer.hasSynced())) {
            // e.g. discovery.k8s.io/v1 on an old cluster
            tracker.notServed(kind.resource);
            givenUp.add(kind);
            return false;
        }
        if (code != 410) {
            // 410 Gone is routine (the watch's resource version expired): the informer relists, nothing to report
            tracker.error(ErrorText.of(failure));
        }
        return true;
    }

    public LiveStatus status() {
        boolean allSynced = true;
        boolean allWatching = true;
        for (Map.Entry<WatchedKind, SharedIndexInformer<? extends HasMetadata>> entry : informers.entrySet()) {
            if (givenUp.contains(entry.getKey())) {
                continue;
            }
            allSynced &= entry.getValue().hasSynced();
            allWatching &= entry.getValue().isWatching();
        }
        return tracker.snapshot(started, allSynced, allWatching, monitor.lostAt(), monitor.lastError(), access.refused());
    }

    private long storageSeen = -1;
    private StorageFlavour storage;

    @Override
    public String describeStatus() {
        // the label says which of the simulator's kinds of cluster this one's storage behaves like
        StorageFlavour storage = storageFlavour();
        return storage == null ? status().describe() : status().describe() + " · " + storage.label();
    }

    /** The window asks every pulse: look at the StorageClasses and PVs again only when one of them changed. */
    private synchronized StorageFlavour storageFlavour() {
        ClusterState.Changes changes = state.changesSince(storageSeen);
        if (storageSeen < 0 || changes.everything() || changes.keys().stream()
                .anyMatch(k -> Kinds.STORAGE_CLASS.equals(k.kind()) || Kinds.PV.equals(k.kind()))) {
            storage = StorageFlavour.of(state);
        }
        storageSeen = changes.revision();
        return storage;
    }

    /** Kinds given up because the cluster refused or does not serve them. */
    public Set<String> unavailableKinds() {
        return givenUp.stream().map(k -> k.kind).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public ClusterState state() {
        return state;
    }

    @Override
    public ClusterActions actions() {
        return actions;
    }

    /** When the server stopped answering: the picture shows the cluster as it was then. Null while connected. */
    @Override
    public Instant staleSince() {
        return monitor.lostAt();
    }

    /** Wall-clock time: a live cluster's timestamps are real. */
    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public String namespace() {
        return namespace;
    }

    public String context() {
        return context;
    }

    @Override
    public synchronized void close() {
        started = false;
        monitor.close();
        java.util.List<java.util.concurrent.CompletableFuture<?>> stopped = new java.util.ArrayList<>();
        for (SharedIndexInformer<?> informer : informers.values()) {
            informer.stop();
            stopped.add(informer.stopped().toCompletableFuture());
        }
        informers.clear();
        try {
            // let the watches close before the client does, so the server sees a clean goodbye
            java.util.concurrent.CompletableFuture.allOf(stopped.toArray(new java.util.concurrent.CompletableFuture[0]))
                    .get(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception slowOrInterrupted) {
            if (slowOrInterrupted instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        batcher.close();
        client.close();
    }
}
