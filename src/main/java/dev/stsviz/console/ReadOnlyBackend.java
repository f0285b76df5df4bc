package dev.stsviz.console;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/** {@code --read-only}: every read passes through, every write is refused before it reaches the cluster. */
public final class ReadOnlyBackend implements ConsoleBackend {
    private final ConsoleBackend inner;

    public ReadOnlyBackend(ConsoleBackend inner) {
        this.inner = inner;
    }

    private static ConsoleException refused(String verb) {
        return new ConsoleException("error: read-only mode (--read-only): " + verb + " refused");
    }

    @Override
    public Instant now() {
        return inner.now();
    }

    @Override
    public <T extends HasMetadata> List<T> list(Class<T> type, String kind, String namespace) {
        return inner.list(type, kind, namespace);
    }

    @Override
    public <T extends HasMetadata> T get(Class<T> type, String kind, String namespace, String name) {
        return inner.get(type, kind, namespace, name);
    }

    @Override
    public List<String> apply(List<HasMetadata> objects, boolean createOnly) {
        throw refused(createOnly ? "create" : "apply");
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        throw refused("scale");
    }

    @Override
    public void delete(String kind, String namespace, String name, Long gracePeriodSeconds) {
        throw refused("delete");
    }

    @Override
    public boolean patch(String kind, String namespace, String name, String patchJson, boolean strategic) {
        throw refused("patch");
    }

    @Override
    public void advance(Duration duration) {
        inner.advance(duration);
    }

    @Override
    public boolean waitUntil(BooleanSupplier condition, Duration timeout) {
        return inner.waitUntil(condition, timeout);
    }

    @Override
    public HttpReply proxy(String method, String path, String body) {
        if (!"GET".equals(method)) {
            throw refused("curl -X " + method);
        }
        return inner.proxy(method, path, body);
    }

    @Override
    public Random random(String purpose) {
        return inner.random(purpose);
    }

    @Override
    public boolean printsVolumeAttributesClass() {
        return inner.printsVolumeAttributesClass();
    }

    @Override
    public SimulatorControls simulator() {
        return null; // a read-only session cuts no node off either
    }
}
