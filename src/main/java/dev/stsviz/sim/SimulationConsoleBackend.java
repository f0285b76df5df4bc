package dev.stsviz.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stsviz.cluster.Resources;
import dev.stsviz.console.ConsoleBackend;
import dev.stsviz.console.ConsoleException;
import dev.stsviz.console.HttpReply;
import dev.stsviz.console.SimulatorControls;
import dev.stsviz.sim.apiserver.ApiException;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.MergePatch;
import dev.stsviz.sim.apps.ApiServerProxy;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * The console on the simulator: reads and writes go to its API server, waiting advances virtual time. Every write,
 * and every read that draws from the simulation's random streams (curl through a service, dig), is logged so that
 * the simulation can be re-run to any past moment.
 */
public final class SimulationConsoleBackend implements ConsoleBackend, SimulatorControls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Simulation sim;
    private final ApiServerProxy proxy;

    public SimulationConsoleBackend(Simulation sim) {
        this.sim = sim;
        this.proxy = new ApiServerProxy(sim.context(), sim::kubelet);
    }

    @Override
    public Instant now() {
        return sim.now();
    }

    @Override
    public <T extends HasMetadata> List<T> list(Class<T> type, String kind, String namespace) {
        return sim.api().list(type, kind, namespace);
    }

    @Override
    public <T extends HasMetadata> T get(Class<T> type, String kind, String namespace, String name) {
        return sim.api().get(type, kind, namespace, name);
    }

    @Override
    public List<String> apply(List<HasMetadata> objects, boolean createOnly) {
        if (!createOnly) {
            return sim.actions().apply(objects);
        }
        List<HasMetadata> asGiven = objects.stream().map(Copies::copy).toList();
        return sim.log().run("create " + objects.size() + " objects",
                s -> new SimulationConsoleBackend(s).apply(asGiven.stream().map(Copies::copy).toList(), true), () -> create(objects));
    }

    private List<String> create(List<HasMetadata> objects) {
        List<String> lines = new ArrayList<>();
        for (HasMetadata object : objects) {
            try {
                sim.api().create(object);
                lines.add(Resources.singular(object.getKind()) + "/" + object.getMetadata().getName() + " created");
            } catch (ApiException e) {
                lines.add(e.getMessage());
                throw new ConsoleException(String.join("\n", lines));
            }
        }
        return lines;
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        sim.actions().scale(namespace, statefulSet, replicas);
    }

    @Override
    public void scaleReplicaSet(String namespace, String replicaSet, int replicas) {
        sim.actions().scaleReplicaSet(namespace, replicaSet, replicas);
    }

    @Override
    public void delete(String kind, String namespace, String name, Long gracePeriodSeconds) {
        sim.actions().delete(kind, namespace, name, gracePeriodSeconds);
    }

    @Override
    public boolean patch(String kind, String namespace, String name, String patchJson, boolean strategic) {
        return sim.log().run("patch " + kind + " " + name, s -> new SimulationConsoleBackend(s).patch(kind, namespace, name, patchJson, strategic),
                () -> patchNow(kind, namespace, name, patchJson, strategic));
    }

    private boolean patchNow(String kind, String namespace, String name, String patchJson, boolean strategic) {
        HasMetadata current = sim.api().require(HasMetadata.class, kind, namespace, name);
        JsonNode patch;
        try {
            patch = JSON.readTree(patchJson);
        } catch (Exception e) {
            throw new ConsoleException("error: unable to parse \"" + patchJson + "\": " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (patch == null || !patch.isObject()) {
            throw new ConsoleException("error: unable to parse \"" + patchJson + "\": the patch must be a JSON object");
        }
        JsonNode before = JSON.valueToTree(current);
        JsonNode after = MergePatch.apply(before, patch, strategic);
        if (Objects.equals(before, after)) {
            return false;
        }
        HasMetadata updated;
        try {
            updated = JSON.treeToValue(after, current.getClass());
        } catch (Exception e) {
            throw new ConsoleException("error: " + e.getMessage().lines().findFirst().orElse(""));
        }
        sim.api().update(updated);
        return true;
    }

    @Override
    public void advance(Duration duration) {
        sim.runFor(duration);
    }

    @Override
    public boolean waitUntil(BooleanSupplier condition, Duration timeout) {
        return sim.runUntil(condition, timeout);
    }

    @Override
    public HttpReply proxy(String method, String path, String body) {
        // a GET too: through a service it draws which endpoint answers, and later requests draw after it
        return sim.log().run(method + " " + path, s -> new SimulationConsoleBackend(s).proxy(method, path, body),
                () -> proxy.request(method, path, body));
    }

    /** One draw from the simulation's stream seeds what the command draws, so a re-run can redo exactly that draw. */
    @Override
    public Random random(String purpose) {
        return sim.log().run("draw " + purpose, s -> new SimulationConsoleBackend(s).random(purpose),
                () -> new Random(sim.engine().random().stream("console." + purpose).nextLong()));
    }

    @Override
    public boolean printsVolumeAttributesClass() {
        return sim.profile().has(Capability.VOLUME_ATTRIBUTES_CLASS);
    }

    @Override
    public SimulatorControls simulator() {
        return this;
    }

    // ---- sim verbs ----

    @Override
    public void disconnect(String node) {
        sim.actions().disconnectNode(node);
    }

    @Override
    public void reconnect(String node) {
        sim.actions().reconnectNode(node);
    }

    @Override
    public List<String> reconnectAll() {
        return sim.log().run("reconnect all", s -> new SimulationConsoleBackend(s).reconnectAll(), this::reconnectAllNow);
    }

    private List<String> reconnectAllNow() {
        List<String> nodes = new ArrayList<>();
        for (var kubelet : sim.kubelets()) {
            if (!kubelet.isConnected()) {
                kubelet.reconnect();
                nodes.add(kubelet.nodeName());
            }
        }
        return nodes;
    }

    @Override
    public String addNode(String nameOrNull) {
        return sim.addNode(nameOrNull);
    }

    @Override
    public String profile(String id) {
        Profile profile;
        try {
            profile = Profile.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ConsoleException("error: " + e.getMessage());
        }
        sim.actions().setProfile(profile);
        return profile.explanation();
    }

    @Override
    public String profileId() {
        return sim.profile().id();
    }

    @Override
    public Duration elapsed() {
        return sim.elapsed();
    }
}
