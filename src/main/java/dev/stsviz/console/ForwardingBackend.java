package dev.stsviz.console;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/** A backend that passes everything to another; decorators override only what they change. */
public abstract class ForwardingBackend implements ConsoleBackend {
    protected final ConsoleBackend inner;

    protected ForwardingBackend(ConsoleBackend inner) {
        this.inner = inner;
    }

    @Override
    public Instant now() {
        return inner.now();
    }

    @Override
    public String namespace() {
        return inner.namespace();
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
        return inner.apply(objects, createOnly);
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        inner.scale(namespace, statefulSet, replicas);
    }

    @Override
    public void scaleReplicaSet(String namespace, String replicaSet, int replicas) {
        inner.scaleReplicaSet(namespace, replicaSet, replicas);
    }

    @Override
    public void delete(String kind, String namespace, String name, Long gracePeriodSeconds) {
        inner.delete(kind, namespace, name, gracePeriodSeconds);
    }

    @Override
    public boolean patch(String kind, String namespace, String name, String patchJson, boolean strategic) {
        return inner.patch(kind, namespace, name, patchJson, strategic);
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
    public io.fabric8.kubernetes.api.model.Table serverTable(ResourceType type, String namespace, String name, String labelSelector) {
        return inner.serverTable(type, namespace, name, labelSelector);
    }

    @Override
    public SimulatorControls simulator() {
        return inner.simulator();
    }

    @Override
    public NodeFaultControls nodeFaults() {
        return inner.nodeFaults();
    }
}
