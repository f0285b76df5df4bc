package dev.stsviz.console;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * A read-only console over one moment: a {@link ClusterState} as it was at {@code now} (a past moment the window
 * shows, or a recording). {@code get}, {@code describe} and {@code wait} answer from that state, with AGE counted to
 * that moment; every write, every wait for time to pass and every request through the API server is refused with
 * one line saying why (e.g. that the window shows the past).
 */
public final class StateBackend implements ConsoleBackend {
    private final ClusterState state;
    private final Instant now;
    private final String namespace;
    private final String refusal;
    private final boolean volumeAttributesClass;

    /**
     * @param refusal               the line every write answers, e.g. "error: a recording cannot be changed"
     * @param volumeAttributesClass whether kubectl get pvc|pv prints that column (the profile's kubectl)
     */
    public StateBackend(ClusterState state, Instant now, String namespace, String refusal, boolean volumeAttributesClass) {
        this.state = state;
        this.now = now;
        this.namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
        this.refusal = refusal;
        this.volumeAttributesClass = volumeAttributesClass;
    }

    private ConsoleException refused() {
        return new ConsoleException(refusal);
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public <T extends HasMetadata> List<T> list(Class<T> type, String kind, String namespace) {
        List<T> all = state.list(type, kind);
        if (namespace == null || Kinds.isClusterScoped(kind)) {
            return all;
        }
        return all.stream().filter(o -> Objects.equals(namespace, o.getMetadata().getNamespace())).toList();
    }

    @Override
    public <T extends HasMetadata> T get(Class<T> type, String kind, String namespace, String name) {
        return state.get(type, kind, Kinds.isClusterScoped(kind) ? "" : namespace, name).orElse(null);
    }

    @Override
    public List<String> apply(List<HasMetadata> objects, boolean createOnly) {
        throw refused();
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        throw refused();
    }

    @Override
    public void scaleReplicaSet(String namespace, String replicaSet, int replicas) {
        throw refused();
    }

    @Override
    public void delete(String kind, String namespace, String name, Long gracePeriodSeconds) {
        throw refused();
    }

    @Override
    public boolean patch(String kind, String namespace, String name, String patchJson, boolean strategic) {
        throw refused();
    }

    /** Time does not pass in a moment that is over. */
    @Override
    public void advance(Duration duration) {
        throw refused();
    }

    /** A condition that held at this moment holds at once; one that did not would only hold later, which is not here. */
    @Override
    public boolean waitUntil(BooleanSupplier condition, Duration timeout) {
        if (condition.getAsBoolean()) {
            return true;
        }
        throw refused();
    }

    @Override
    public HttpReply proxy(String method, String path, String body) {
        throw refused();
    }

    /** Seeded by purpose: the same question at the same moment gets the same answer. */
    @Override
    public Random random(String purpose) {
        return new Random(purpose.hashCode() * 31L + now.toEpochMilli());
    }

    @Override
    public boolean printsVolumeAttributesClass() {
        return volumeAttributesClass;
    }

    @Override
    public SimulatorControls simulator() {
        return null;
    }

    /** Cutting a node off is a change too: refused with the same line. */
    @Override
    public NodeFaultControls nodeFaults() {
        return new NodeFaultControls() {
            @Override
            public void disconnect(String node) {
                throw refused();
            }

            @Override
            public void reconnect(String node) {
                throw refused();
            }

            @Override
            public java.util.List<String> reconnectAll() {
                throw refused();
            }
        };
    }
}
