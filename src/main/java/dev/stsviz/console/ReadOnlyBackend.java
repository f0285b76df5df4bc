package dev.stsviz.console;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.List;

/** {@code --read-only}: every read passes through, every write is refused before it reaches the cluster. */
public final class ReadOnlyBackend extends ForwardingBackend {

    public ReadOnlyBackend(ConsoleBackend inner) {
        super(inner);
    }

    private static ConsoleException refused(String verb) {
        return new ConsoleException("error: read-only mode (--read-only): " + verb + " refused");
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
    public void scaleReplicaSet(String namespace, String replicaSet, int replicas) {
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
    public HttpReply proxy(String method, String path, String body) {
        if (!"GET".equals(method)) {
            throw refused("curl -X " + method);
        }
        return inner.proxy(method, path, body);
    }

    @Override
    public SimulatorControls simulator() {
        return null;
    }

    @Override
    public NodeFaultControls nodeFaults() {
        return null; // a read-only session cuts no node off either
    }
}
