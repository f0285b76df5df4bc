package dev.stsviz.console;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * What the console needs from a cluster: reads, writes, time and the API server's proxy. The simulator
 * implements it on virtual time; a live cluster on real time. Failures throw ActionException with kubectl's
 * message.
 */
public interface ConsoleBackend {
    Instant now();

    /** The namespace a command without {@code -n} works in: {@code -n}, else the context's, else "default". */
    default String namespace() {
        return "default";
    }

    /** Objects of a kind in a namespace (null: all namespaces), in name order. */
    <T extends HasMetadata> List<T> list(Class<T> type, String kind, String namespace);

    /** The object, or null. */
    <T extends HasMetadata> T get(Class<T> type, String kind, String namespace, String name);

    /** kubectl apply (createOnly: kubectl create); returns kubectl's lines. */
    List<String> apply(List<HasMetadata> objects, boolean createOnly);

    void scale(String namespace, String statefulSet, int replicas);

    /** {@code kubectl scale rs NAME --replicas=N}: the ReplicaSet's replicas, through its scale subresource. */
    void scaleReplicaSet(String namespace, String replicaSet, int replicas);

    /** gracePeriodSeconds null: the object's default. */
    void delete(String kind, String namespace, String name, Long gracePeriodSeconds);

    /**
     * Applies a patch: a JSON merge patch (RFC 7386), or with {@code strategic} kubectl's default strategic merge,
     * where lists of named objects (containers) merge by name. Returns whether anything changed.
     */
    boolean patch(String kind, String namespace, String name, String patchJson, boolean strategic);

    /** Lets time pass: virtual time on the simulator, real time on a cluster. */
    void advance(Duration duration);

    /** Lets time pass until the condition holds (checked as things change) or the timeout; returns whether it held. */
    boolean waitUntil(BooleanSupplier condition, Duration timeout);

    /** An HTTP request through the API server proxy path, e.g. /api/v1/namespaces/default/pods/kubia-0/proxy/. */
    HttpReply proxy(String method, String path, String body);

    /** A seeded stream for choices a real cluster makes at random (DNS record order). */
    Random random(String purpose);

    /**
     * Whether {@code kubectl get pvc|pv} shows the VOLUMEATTRIBUTESCLASS column (kubectl 1.29 and later); the book
     * profile prints as the chapter's kubectl did.
     */
    default boolean printsVolumeAttributesClass() {
        return true;
    }

    /**
     * kubectl's server-side printing: the table the API server prints ({@code meta.k8s.io/v1 Table}, asked for with
     * {@code Accept: application/json;as=Table;...}) of the objects of a type in a namespace (null: a cluster-scoped
     * type, or all namespaces) or, with a name, of that one object. kubectl get prints these columns as they are, so
     * the output follows the server's version (a 1.24 server has no VOLUMEATTRIBUTESCLASS column).
     *
     * <p>Null when the server answers without a table (the simulator, fabric8's mock server, which lists plain
     * objects): the console then prints with its built-in printers. Failures throw ConsoleException with kubectl's
     * message (a missing name: NotFound).
     */
    default io.fabric8.kubernetes.api.model.Table serverTable(ResourceType type, String namespace, String name) {
        return serverTable(type, namespace, name, null);
    }

    /** As above, a list narrowed by a label selector ({@code kubectl get -l}, sent as {@code ?labelSelector=}; null: none). */
    default io.fabric8.kubernetes.api.model.Table serverTable(ResourceType type, String namespace, String name, String labelSelector) {
        return null;
    }

    /** The simulator's verbs, or null on a live cluster. */
    SimulatorControls simulator();

    /** Cutting nodes off: the simulator's, a live context's fault commands, or null when neither is available. */
    default NodeFaultControls nodeFaults() {
        return simulator();
    }
}
