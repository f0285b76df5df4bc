package dev.stsviz.live.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Resources;
import dev.stsviz.console.ConsoleBackend;
import dev.stsviz.console.ConsoleException;
import dev.stsviz.console.HttpReply;
import dev.stsviz.console.ResourceType;
import dev.stsviz.console.SimulatorControls;
import dev.stsviz.live.errors.KubectlErrors;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.api.model.Table;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The console on a live cluster: every read and write goes straight to the API server, as kubectl's do (no
 * informer cache, so a line sees what the previous one did). Time is the wall clock; the cluster's controllers run
 * on their own, so waiting is sleeping and polling.
 */
public final class LiveConsoleBackend implements ConsoleBackend {
    /** How often waitUntil re-reads the cluster: kubectl's watches react faster, but polling keeps the code simple. */
    static final Duration POLL = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<HasMetadata> NAME_ORDER = Comparator
            .comparing((HasMetadata o) -> Objects.toString(o.getMetadata().getNamespace(), ""))
            .thenComparing(o -> o.getMetadata().getName());

    private final KubernetesClient client;
    private final String namespace;
    private final LiveApply apply;
    private final ApiProxy proxy;
    private final ServerTables tables;

    /** {@code namespace}: the context's namespace, for manifests that name none. */
    public LiveConsoleBackend(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace == null ? "default" : namespace;
        this.apply = new LiveApply(client, this.namespace);
        this.proxy = new ApiProxy(client);
        this.tables = new ServerTables(client);
    }

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public <T extends HasMetadata> List<T> list(Class<T> type, String kind, String namespace) {
        MixedOperation<T, KubernetesResourceList<T>, Resource<T>> ops = client.resources(typeOf(type, kind));
        List<T> items = call(kind, "", () -> (Kinds.isClusterScoped(kind) ? ops.list()
                : namespace == null ? ops.inAnyNamespace().list() : ops.inNamespace(namespace).list()).getItems());
        // the API lists in etcd key order (namespace, name); sorting keeps that promise whatever the server does
        return items.stream().sorted(NAME_ORDER).toList();
    }

    @Override
    public <T extends HasMetadata> T get(Class<T> type, String kind, String namespace, String name) {
        return call(kind, name, () -> resource(typeOf(type, kind), kind, namespace, name).get());
    }

    /** The API server's own table, as kubectl get prints it; null if the server lists plain objects (the mock). */
    @Override
    public Table serverTable(ResourceType type, String namespace, String name, String labelSelector) {
        // as list(): namespace null lists all namespaces; a name needs one
        String in = type.clusterScoped() ? null : namespace == null && name != null ? this.namespace : namespace;
        return tables.get(type, in, name, labelSelector);
    }

    @Override
    public List<String> apply(List<HasMetadata> objects, boolean createOnly) {
        return apply.apply(objects, createOnly);
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        call(Kinds.STATEFUL_SET, statefulSet, () -> {
            var set = client.apps().statefulSets().inNamespace(namespace).withName(statefulSet);
            if (set.get() == null) {
                throw new ConsoleException(KubectlErrors.notFound(Resources.plural(Kinds.STATEFUL_SET), statefulSet));
            }
            return set.scale(replicas); // the scale subresource, as kubectl scale uses
        });
    }

    @Override
    public void scaleReplicaSet(String namespace, String replicaSet, int replicas) {
        call(Kinds.REPLICA_SET, replicaSet, () -> {
            var rs = client.apps().replicaSets().inNamespace(namespace).withName(replicaSet);
            if (rs.get() == null) {
                throw new ConsoleException(KubectlErrors.notFound(Resources.plural(Kinds.REPLICA_SET), replicaSet));
            }
            return rs.scale(replicas);
        });
    }

    @Override
    public void delete(String kind, String namespace, String name, Long gracePeriodSeconds) {
        Resource<? extends HasMetadata> resource = resource(typeOf(HasMetadata.class, kind), kind, namespace, name);
        List<StatusDetails> deleted = call(kind, name,
                () -> gracePeriodSeconds == null ? resource.delete() : resource.withGracePeriod(gracePeriodSeconds).delete());
        if (deleted.isEmpty()) {
            // fabric8 reports a 404 on delete as "nothing deleted"; kubectl as NotFound
            throw new ConsoleException(KubectlErrors.notFound(Resources.plural(kind), name));
        }
    }

    @Override
    public boolean patch(String kind, String namespace, String name, String patchJson, boolean strategic) {
        JsonNode patch;
        try {
            patch = JSON.readTree(patchJson);
        } catch (Exception e) {
            throw new ConsoleException("error: unable to parse \"" + patchJson + "\": " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (patch == null || !patch.isObject()) {
            throw new ConsoleException("error: unable to parse \"" + patchJson + "\": the patch must be a JSON object");
        }
        Resource<HasMetadata> resource = resource(typeOf(HasMetadata.class, kind), kind, namespace, name);
        HasMetadata before = call(kind, name, resource::get);
        if (before == null) {
            throw new ConsoleException(KubectlErrors.notFound(Resources.plural(kind), name));
        }
        PatchContext context = PatchContext.of(strategic ? PatchType.STRATEGIC_MERGE : PatchType.JSON_MERGE);
        HasMetadata after = call(kind, name, () -> resource.patch(context, patch.toString()));
        // kubectl says "patched (no change)" when the object came back as it was
        return !comparable(before).equals(comparable(after));
    }

    @Override
    public void advance(Duration duration) {
        sleep(duration);
    }

    @Override
    public boolean waitUntil(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            sleep(Duration.ofNanos(Math.min(left, POLL.toNanos())));
        }
    }

    @Override
    public HttpReply proxy(String method, String path, String body) {
        return proxy.request(method, path, body);
    }

    /** A real cluster's DNS answers in random order; nothing to reproduce. */
    @Override
    public Random random(String purpose) {
        return new Random();
    }

    @Override
    public boolean printsVolumeAttributesClass() {
        return true;
    }

    @Override
    public SimulatorControls simulator() {
        return null;
    }

    /** The console passes HasMetadata when any kind will do (delete, patch); the client needs the model class. */
    @SuppressWarnings("unchecked")
    private static <T extends HasMetadata> Class<T> typeOf(Class<T> type, String kind) {
        if (type != HasMetadata.class) {
            return type;
        }
        for (ResourceType t : ResourceType.values()) {
            if (t.kind().equals(kind)) {
                return (Class<T>) t.type();
            }
        }
        throw new ConsoleException("error: the server doesn't have a resource type \"" + kind + "\"");
    }

    private <T extends HasMetadata> Resource<T> resource(Class<T> type, String kind, String namespace, String name) {
        MixedOperation<T, KubernetesResourceList<T>, Resource<T>> ops = client.resources(type);
        return Kinds.isClusterScoped(kind) ? ops.withName(name) : ops.inNamespace(namespace == null ? this.namespace : namespace).withName(name);
    }

    /** The object without what every write changes (resourceVersion, managedFields). */
    private static JsonNode comparable(HasMetadata object) {
        ObjectNode tree = JSON.valueToTree(object);
        if (tree.get("metadata") instanceof ObjectNode metadata) {
            metadata.remove("resourceVersion");
            metadata.remove("managedFields");
        }
        return tree;
    }

    static <R> R call(String kind, String name, Supplier<R> request) {
        try {
            return request.get();
        } catch (KubernetesClientException e) {
            throw new ConsoleException(KubectlErrors.ofRequest(e, kind, name, false));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsoleException("error: interrupted");
        }
    }
}
