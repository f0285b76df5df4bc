package dev.stsviz.sim;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.ClusterPreset;
import dev.stsviz.sim.context.Disks;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.context.RuntimeModel;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.context.SimulatorSettings;
import dev.stsviz.sim.context.Timings;
import dev.stsviz.sim.controllers.AttachDetachController;
import dev.stsviz.sim.controllers.CsiExternalAttacher;
import dev.stsviz.sim.controllers.EndpointsController;
import dev.stsviz.sim.controllers.GarbageCollector;
import dev.stsviz.sim.controllers.NodeLifecycleController;
import dev.stsviz.sim.controllers.PersistentVolumeController;
import dev.stsviz.sim.controllers.PodGarbageCollector;
import dev.stsviz.sim.controllers.SchedulerController;
import dev.stsviz.sim.controllers.StorageProtectionController;
import dev.stsviz.sim.controllers.TaintEvictionController;
import dev.stsviz.sim.controllers.replicaset.ReplicaSetController;
import dev.stsviz.sim.controllers.statefulset.StatefulSetController;
import dev.stsviz.sim.engine.Engine;
import dev.stsviz.sim.kubelet.Kubelet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A whole simulated cluster: the engine, the API server, the control plane and one kubelet per node, wired
 * through the API server's watch like the real components. Single-threaded: the owner calls it from one thread
 * (tests directly; the app through {@link SimulatedClusterSource}).
 */
public final class Simulation {
    /** The simulation's virtual epoch: a fixed instant, so runs are reproducible. */
    public static final Instant EPOCH = Instant.parse("2026-11-28T09:00:00Z");
    /** The default cluster's nodes: a three-node minikube. */
    public static final List<String> DEFAULT_NODES = List.of("minikube", "minikube-m02", "minikube-m03");

    private final SimContext ctx;
    private final TreeMap<String, Kubelet> kubelets = new TreeMap<>();
    private final List<Consumer<WatchEvent>> watchers = new ArrayList<>();
    private final SchedulerController scheduler;
    private final PersistentVolumeController volumes;
    private final StorageProtectionController protection;
    private final AttachDetachController attachDetach;
    private final CsiExternalAttacher externalAttacher;
    private final StatefulSetController statefulSets;
    private final ReplicaSetController replicaSets;
    private final EndpointsController endpoints;
    private final NodeLifecycleController nodeLifecycle;
    private final TaintEvictionController taintEviction;
    private final GarbageCollector gc;
    private final SimulationActions actions;
    private final ActionLog log;
    private int nodesAdded;

    public Simulation(long seed, Profile profile, Timings timings) {
        this(seed, profile, timings, ClusterPreset.MINIKUBE);
    }

    public Simulation(long seed, Profile profile, Timings timings, ClusterPreset preset) {
        this(seed, profile, timings, preset, RuntimeModel.KUBIA);
    }

    /** A cluster of the preset's kind imitating what the settings say (version, control-plane flags, runtime). */
    public Simulation(long seed, SimulatorSettings settings, ClusterPreset preset) {
        this(seed, settings.profile(), settings.timings().timings(), preset, settings.runtime());
    }

    private Simulation(long seed, Profile profile, Timings timings, ClusterPreset preset, RuntimeModel runtime) {
        Engine engine = new Engine(EPOCH, seed);
        this.ctx = new SimContext(engine, timings, profile, preset, runtime);
        this.scheduler = new SchedulerController(ctx);
        this.volumes = new PersistentVolumeController(ctx);
        this.protection = new StorageProtectionController(ctx);
        this.attachDetach = new AttachDetachController(ctx);
        this.externalAttacher = new CsiExternalAttacher(ctx);
        this.statefulSets = new StatefulSetController(ctx);
        this.replicaSets = new ReplicaSetController(ctx);
        this.endpoints = new EndpointsController(ctx);
        this.nodeLifecycle = new NodeLifecycleController(ctx);
        this.taintEviction = new TaintEvictionController(ctx);
        this.gc = new GarbageCollector(ctx);
        this.log = new ActionLog(engine);
        ctx.api().watch(this::dispatch);
        nodeLifecycle.start();
        new PodGarbageCollector(ctx).start();
        this.actions = new SimulationActions(this);
    }

    /** The app's default: three minikube nodes, StorageClass standard, and the chapter's service and StatefulSet. */
    public static Simulation chapterCluster(long seed, Profile profile) {
        return chapterCluster(seed, profile, ClusterPreset.MINIKUBE, 0);
    }

    /** The chapter's service and StatefulSet on a cluster of the preset's kind; {@code nodes} 0 is the preset's default. */
    public static Simulation chapterCluster(long seed, Profile profile, ClusterPreset preset, int nodes) {
        return chapterCluster(seed, SimulatorSettings.of(profile), preset, nodes);
    }

    /** The chapter's service and StatefulSet, imitating what the settings say; {@code nodes} 0 is the preset's default. */
    public static Simulation chapterCluster(long seed, SimulatorSettings settings, ClusterPreset preset, int nodes) {
        Simulation sim = emptyCluster(seed, settings, preset, nodes);
        sim.apply(Manifests.bundled("kubia-service-headless.yaml"));
        sim.apply(Manifests.bundled("kubia-statefulset.yaml"));
        return sim;
    }

    /** Three minikube nodes and the default StorageClass, nothing else. */
    public static Simulation emptyCluster(long seed, Profile profile) {
        return emptyCluster(seed, profile, ClusterPreset.MINIKUBE, 0);
    }

    /** The preset's nodes and StorageClasses, nothing else; {@code nodes} 0 is the preset's default. */
    public static Simulation emptyCluster(long seed, Profile profile, ClusterPreset preset, int nodes) {
        return emptyCluster(seed, SimulatorSettings.of(profile), preset, nodes);
    }

    /** The preset's nodes and StorageClasses, imitating what the settings say; {@code nodes} 0 is the preset's default. */
    public static Simulation emptyCluster(long seed, SimulatorSettings settings, ClusterPreset preset, int nodes) {
        Profile profile = settings.profile();
        int count = nodes > 0 ? nodes : preset.defaultNodes();
        Simulation sim = new Simulation(seed, settings, preset);
        for (var storageClass : preset.storageClasses()) {
            sim.api().create(storageClass);
        }
        for (int i = 0; i < count; i++) {
            sim.addNode(preset.nodeName(i), preset.registerWithTaints(i == 0, count, profile));
        }
        return sim;
    }

    private void dispatch(WatchEvent event) {
        log.changed(event);
        // a kubelet watches only the pods bound to its node (spec.nodeName field selector), so only it hears them
        if (event.object() instanceof io.fabric8.kubernetes.api.model.Pod pod) {
            String node = dev.stsviz.cluster.Pods.nodeName(pod);
            Kubelet kubelet = node == null ? null : kubelets.get(node);
            if (kubelet != null) {
                kubelet.onWatch(event);
            }
        } else if (event.object() instanceof VolumeAttachment va && va.getSpec() != null) {
            // the kubelet's CSI plugin reads the VolumeAttachments of its node
            Kubelet kubelet = va.getSpec().getNodeName() == null ? null : kubelets.get(va.getSpec().getNodeName());
            if (kubelet != null) {
                kubelet.onVolumeAttachment(event);
            }
        }
        scheduler.onWatch(event);
        volumes.onWatch(event);
        protection.onWatch(event);
        attachDetach.onWatch(event);
        externalAttacher.onWatch(event);
        statefulSets.onWatch(event);
        replicaSets.onWatch(event);
        endpoints.onWatch(event);
        nodeLifecycle.onWatch(event);
        taintEviction.onWatch(event);
        gc.onWatch(event);
        for (Consumer<WatchEvent> w : List.copyOf(watchers)) {
            w.accept(event);
        }
    }

    /** Sees every committed change after the controllers did (the app's view feed, traces, invariants). */
    public void watch(Consumer<WatchEvent> watcher) {
        watchers.add(watcher);
    }

    public void unwatch(Consumer<WatchEvent> watcher) {
        watchers.remove(watcher);
    }

    // ---- accessors ----

    public SimContext context() {
        return ctx;
    }

    public Engine engine() {
        return ctx.engine();
    }

    public ApiServer api() {
        return ctx.api();
    }

    public Profile profile() {
        return ctx.profile();
    }

    public Disks disks() {
        return ctx.disks();
    }

    public SimulationActions actions() {
        return actions;
    }

    /** What was done to this simulation from outside its engine since its source loaded it. */
    ActionLog log() {
        return log;
    }

    public Kubelet kubelet(String node) {
        return kubelets.get(node);
    }

    public List<Kubelet> kubelets() {
        return List.copyOf(kubelets.values());
    }

    NodeLifecycleController nodeLifecycle() {
        return nodeLifecycle;
    }

    TaintEvictionController taintEviction() {
        return taintEviction;
    }

    /** The StatefulSet controller's last reason for waiting, or null. */
    public String waitingFor(String namespace, String statefulSet) {
        return statefulSets.waitingFor(namespace, statefulSet);
    }

    // ---- time ----

    public Instant now() {
        return ctx.engine().now();
    }

    public Duration elapsed() {
        return Duration.ofMillis(ctx.engine().nowMillis());
    }

    public void runFor(Duration duration) {
        ctx.engine().runUntil(ctx.engine().nowMillis() + duration.toMillis());
    }

    public boolean step() {
        return ctx.engine().step();
    }

    /** Runs until the condition holds or the timeout (virtual) passes; returns whether it holds. */
    public boolean runUntil(BooleanSupplier condition, Duration timeout) {
        return ctx.engine().runUntil(condition, timeout.toMillis());
    }

    // ---- cluster-level operations (used by SimulationActions) ----

    void setProfile(Profile profile) {
        ctx.setProfile(profile);
    }

    public List<String> apply(List<HasMetadata> objects) {
        return actions.apply(objects);
    }

    /** The kind of cluster simulated. */
    public ClusterPreset preset() {
        return ctx.preset();
    }

    /** Adds and registers a node; null picks the next name in the preset's scheme. */
    public String addNode(String name) {
        return log.run("add node " + (name == null ? "(next name)" : name), s -> s.addNode(name), () -> addNode(name, List.of()));
    }

    private String addNode(String name, List<Taint> registerWithTaints) {
        String nodeName = name != null ? name : ctx.preset().nextNodeName(kubelets.keySet());
        if (kubelets.containsKey(nodeName) || ctx.api().get(HasMetadata.class, Kinds.NODE, null, nodeName) != null) {
            throw dev.stsviz.sim.apiserver.ApiException.alreadyExists(Kinds.NODE, nodeName);
        }
        // pod CIDR indexes only grow, so a re-added node never reuses a removed node's pod IPs
        Kubelet kubelet = new Kubelet(ctx, nodeName, nodesAdded++, ctx.preset().nodeName(0).equals(nodeName), registerWithTaints);
        kubelets.put(nodeName, kubelet);
        kubelet.register();
        return nodeName;
    }

    void removeKubelet(String node) {
        Kubelet kubelet = kubelets.remove(node);
        if (kubelet != null) {
            kubelet.shutdown();
        }
    }
}
