package dev.stsviz.sim.kubelet;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.AttachableVolumes;
import dev.stsviz.sim.context.AttachableVolumes.Attachable;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Engine;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.ScheduledEvent;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder;
import io.fabric8.kubernetes.api.model.coordination.v1.LeaseSpec;
import io.fabric8.kubernetes.api.model.storage.VolumeAttachment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One node's kubelet and container runtime. While connected it renews its Lease (every 10 s by default), posts node status
 * when it changed (or every 5 min), starts pods bound to it (ContainerCreating, then Running and Ready),
 * and carries out graceful deletion: SIGTERM, SIGKILL at the end of the grace period, then confirms with a
 * delete of grace 0. Disconnected, it reaches nothing in the API, but its containers keep running; on
 * reconnect it relists, kills pods deleted meanwhile and reports again (on GKE the node is reset instead: its
 * containers die and start again after the boot). A pod with volumes that must be attached to the node waits in
 * ContainerCreating until their VolumeAttachments are attached and the node status lists them in use.
 * ({@code pkg/kubelet/kubelet.go}, {@code pkg/kubelet/nodelease}, {@code pkg/kubelet/status/status_manager.go},
 * {@code pkg/kubelet/volumemanager/volume_manager.go})
 */
public final class Kubelet {
    private final SimContext ctx;
    private final ApiServer api;
    private final Engine engine;
    private final String nodeName;
    private final int index;
    private final boolean primary;
    private final List<Taint> registerWithTaints;
    private final RuntimeDelays delays;
    private final TreeMap<String, RuntimePod> runtime = new TreeMap<>();
    private boolean connected = true;
    private boolean alive = true;
    private boolean booting;
    /** The volume manager's "reported in use": what the last node status posted in volumesInUse. */
    private final TreeSet<String> reportedInUse = new TreeSet<>();
    private int nextIp = 2;
    private long lastStatusReport;
    private ScheduledEvent tick;

    public Kubelet(SimContext ctx, String nodeName, int index, boolean primary) {
        this(ctx, nodeName, index, primary, List.of());
    }

    /** @param registerWithTaints the taints the Node registers with ({@code --register-with-taints}) */
    public Kubelet(SimContext ctx, String nodeName, int index, boolean primary, List<Taint> registerWithTaints) {
        this.ctx = ctx;
        this.api = ctx.api();
        this.engine = ctx.engine();
        this.nodeName = nodeName;
        this.index = index;
        this.primary = primary;
        this.registerWithTaints = List.copyOf(registerWithTaints);
        this.delays = new RuntimeDelays(ctx, nodeName);
    }

    public String nodeName() {
        return nodeName;
    }

    public boolean isConnected() {
        return connected;
    }

    /** Registers the Node and its Lease, then starts the heartbeat loop at a per-node phase. */
    public void register() {
        Node node = NodeFactory.create(ctx.preset(), nodeName, index, primary, registerWithTaints, ctx.profile().kubeletVersion(), engine.now());
        api.create(node);
        lastStatusReport = engine.nowMillis();
        renewLease();
        long phase = engine.random().stream("kubelet." + nodeName).nextInt((int) ctx.timings().leaseRenewInterval);
        tick = engine.schedule(phase, Priority.KUBELET, "kubelet-tick " + nodeName, this::tick);
        // the pod informer's initial list: pods still bound to this node's name (a node re-added under the name of
        // a deleted one, before PodGC removed them) are this kubelet's to run, or to finish deleting
        engine.schedule(delays.podSeen(), Priority.KUBELET, "kubelet-relist " + nodeName, this::relist);
    }

    public void onWatch(WatchEvent event) {
        if (!alive || !connected || !(event.object() instanceof Pod pod) || !nodeName.equals(Pods.nodeName(pod))) {
            return;
        }
        String uid = pod.getMetadata().getUid();
        if (event.type() == WatchEvent.Type.DELETED) {
            RuntimePod r = runtime.get(uid);
            if (r != null) {
                engine.schedule(delays.podSeen(), Priority.KUBELET, "kubelet-cleanup " + pod.getMetadata().getName(),
                        () -> killOrphan(uid));
            }
            return;
        }
        engine.schedule(delays.podSeen(), Priority.KUBELET, "kubelet-sync " + pod.getMetadata().getName(),
                () -> syncPod(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), uid));
    }

    // ---- faults ----

    public void disconnect() {
        connected = false;
    }

    /**
     * The network is back: relist pods (the watch reconnects) and report at the next status tick. Where the cluster
     * brings a node back by resetting it, the machine reboots first.
     */
    public void reconnect() {
        if (connected || !alive || booting) {
            return;
        }
        if (ctx.preset().reconnectReboots()) {
            reboot();
            return;
        }
        connected = true;
        engine.schedule(delays.podSeen(), Priority.KUBELET, "kubelet-relist " + nodeName, this::relist);
    }

    /**
     * {@code gcloud compute instances reset}: every container dies at once; after the boot the kubelet relists, cleans
     * up pods deleted meanwhile and starts the containers of the pods still bound here again (a new sandbox, the
     * restart count one higher, the last run terminated with exit code 255).
     */
    private void reboot() {
        booting = true;
        long now = engine.nowMillis();
        for (RuntimePod r : runtime.values()) {
            r.cancelTimers();
            if (r.containersAlive()) {
                r.exitCode = 255;
            }
            if (r.state != RuntimePod.State.STOPPED) {
                r.finishedAtMillis = now;
            }
            r.state = RuntimePod.State.STOPPED;
            r.waitingForVolumes = false;
            r.rebooted = true;
        }
        reportedInUse.clear();
        engine.schedule(ctx.timings().nodeBootDelay, Priority.KUBELET, "kubelet-boot " + nodeName, () -> {
            booting = false;
            if (alive) {
                connected = true;
                relist();
            }
        });
    }

    /** The machine is gone (node deleted): nothing runs there any more. */
    public void shutdown() {
        alive = false;
        if (tick != null) {
            tick.cancel();
        }
        for (RuntimePod r : runtime.values()) {
            r.cancelTimers();
        }
        runtime.clear();
    }

    /** Pods whose containers run on this node although the API no longer has them (the at-most-one risk). */
    public List<String> orphanedContainers() {
        List<String> names = new ArrayList<>();
        for (RuntimePod r : runtime.values()) {
            Pod pod = api.get(Pod.class, Kinds.POD, r.namespace, r.name);
            if (r.containersAlive() && (pod == null || !r.uid.equals(pod.getMetadata().getUid()))) {
                names.add(r.namespace + "/" + r.name);
            }
        }
        return names;
    }

    /** Whether this pod's (by uid) container has started and still runs: only then does its app answer. */
    public boolean serves(String podUid) {
        RuntimePod r = runtime.get(podUid);
        return alive && r != null && (r.state == RuntimePod.State.RUNNING || r.state == RuntimePod.State.STOPPING);
    }

    /** Names (namespace/name) of pods whose containers are running here, known to the API or not. */
    public List<String> runningContainers() {
        List<String> names = new ArrayList<>();
        for (RuntimePod r : runtime.values()) {
            if (r.containersAlive()) {
                names.add(r.namespace + "/" + r.name);
            }
        }
        return names;
    }

    // ---- heartbeat and node status ----

    private void tick() {
        if (!alive) {
            return;
        }
        if (connected) {
            renewLease();
            syncNodeStatus();
        }
        tick = engine.schedule(ctx.timings().leaseRenewInterval, Priority.KUBELET, "kubelet-tick " + nodeName, this::tick);
    }

    private void renewLease() {
        Lease lease = api.get(Lease.class, Kinds.LEASE, "kube-node-lease", nodeName);
        java.time.ZonedDateTime renew = java.time.ZonedDateTime.ofInstant(engine.now(), java.time.ZoneOffset.UTC);
        if (lease == null) {
            api.create(new LeaseBuilder()
                    .withNewMetadata().withName(nodeName).withNamespace("kube-node-lease").endMetadata()
                    .withNewSpec().withHolderIdentity(nodeName).withLeaseDurationSeconds((int) ctx.timings().leaseDurationSeconds).withRenewTime(renew).endSpec()
                    .build());
        } else {
            // every node every 10 s: a new Lease sharing the unchanged parts, not a deep copy through the builders
            Lease next = new Lease();
            next.setMetadata(Copies.shallow(lease.getMetadata()));
            LeaseSpec spec = lease.getSpec();
            next.setSpec(new LeaseSpec(spec.getAcquireTime(), spec.getHolderIdentity(), spec.getLeaseDurationSeconds(),
                    spec.getLeaseTransitions(), spec.getPreferredHolder(), renew, spec.getStrategy()));
            api.updateOwned(next);
        }
    }

    /**
     * Posts the node's conditions and volumesInUse when any differs from what the API has, or when the report period
     * passed; then marks the volumes in the posted status as reported in use, which lets pods waiting on them mount.
     */
    private void syncNodeStatus() {
        Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
        if (node == null) {
            return;
        }
        boolean changed = false;
        for (NodeCondition c : node.getStatus().getConditions()) {
            String healthy = "Ready".equals(c.getType()) ? "True" : "False";
            changed |= !healthy.equals(c.getStatus());
        }
        List<String> inUse = List.copyOf(volumesInUse());
        List<String> posted = node.getStatus().getVolumesInUse() == null ? List.of() : node.getStatus().getVolumesInUse();
        boolean inUseChanged = !inUse.equals(posted);
        if (!changed && !inUseChanged && engine.nowMillis() - lastStatusReport < ctx.timings().nodeStatusReportFrequency) {
            markReportedInUse(posted);
            return;
        }
        Instant now = engine.now();
        List<NodeCondition> conditions = new ArrayList<>();
        for (NodeCondition fresh : NodeFactory.healthyConditions(now, now)) {
            NodeCondition previous = node.getStatus().getConditions().stream()
                    .filter(c -> c.getType().equals(fresh.getType())).findFirst().orElse(null);
            if (previous != null && previous.getStatus().equals(fresh.getStatus())) {
                fresh.setLastTransitionTime(previous.getLastTransitionTime());
            }
            conditions.add(fresh);
        }
        Node copy = Copies.copy(node);
        copy.getStatus().setConditions(conditions);
        copy.getStatus().setVolumesInUse(inUse);
        api.updateOwned(copy);
        lastStatusReport = engine.nowMillis();
        if (changed) {
            ctx.events().record(copy, "kubelet", nodeName, "Normal", "NodeReady", "Node " + nodeName + " status is now: NodeReady");
        }
        markReportedInUse(inUse);
    }

    /**
     * GetVolumesInUse: the attachable volumes of the pods this node runs or is about to run, sorted, until their
     * containers are gone (then the volume manager unmounts them).
     */
    private TreeSet<String> volumesInUse() {
        TreeSet<String> inUse = new TreeSet<>();
        for (RuntimePod r : runtime.values()) {
            if (r.usesVolumes()) {
                for (Attachable a : r.volumes) {
                    inUse.add(a.uniqueName());
                }
            }
        }
        return inUse;
    }

    /** MarkVolumesAsReportedInUse; a pod whose volumes were waiting for it looks again. */
    private void markReportedInUse(List<String> posted) {
        Set<String> before = Set.copyOf(reportedInUse);
        reportedInUse.clear();
        reportedInUse.addAll(posted);
        if (!reportedInUse.equals(before)) {
            for (RuntimePod r : runtime.values()) {
                if (r.waitingForVolumes) {
                    scheduleMountCheck(r);
                }
            }
        }
    }

    // ---- pods ----

    private void relist() {
        if (!connected || !alive) {
            return;
        }
        for (RuntimePod r : List.copyOf(runtime.values())) {
            Pod pod = api.get(Pod.class, Kinds.POD, r.namespace, r.name);
            if (pod == null || !r.uid.equals(pod.getMetadata().getUid())) {
                killOrphan(r.uid);
            }
        }
        for (Pod pod : api.podsOnNode(nodeName)) {
            syncPod(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), pod.getMetadata().getUid());
        }
    }

    /** Brings the runtime in line with the API's pod, then reports its status. */
    private void syncPod(String namespace, String name, String uid) {
        if (!alive || !connected) {
            return;
        }
        Pod pod = api.get(Pod.class, Kinds.POD, namespace, name);
        if (pod == null || !uid.equals(pod.getMetadata().getUid())) {
            return;
        }
        RuntimePod r = runtime.get(uid);
        if (Pods.isTerminating(pod)) {
            if (r == null || !r.containersAlive()) {
                confirmDeletion(pod, r);
            } else if (r.state != RuntimePod.State.STOPPING) {
                beginStop(pod, r);
            }
            return;
        }
        if (r == null) {
            if (Pods.isTerminal(pod)) {
                return;
            }
            r = new RuntimePod(uid, namespace, name, ctx.preset().podIp(index, nextIp++));
            runtime.put(uid, r);
            admit(r, pod);
        } else if (r.rebooted) {
            restartAfterReboot(r, pod);
        }
        reportStatus(r);
    }

    /** The pod's volumes first (the volume manager's desired state), then its containers. */
    private void admit(RuntimePod r, Pod pod) {
        r.volumes = AttachableVolumes.of(pod, api);
        if (r.volumes.isEmpty()) {
            startContainers(r);
            return;
        }
        r.state = RuntimePod.State.ADMITTED;
        waitForAttachAndMount(r);
    }

    /** After a reset: a new sandbox ("SandboxChanged"), the containers started again once the volumes are mounted. */
    private void restartAfterReboot(RuntimePod r, Pod pod) {
        r.rebooted = false;
        if (r.startedAtMillis >= 0) {
            r.restartCount++;
            r.lastStartedAtMillis = r.startedAtMillis;
            r.lastFinishedAtMillis = r.finishedAtMillis;
        }
        r.startedAtMillis = -1;
        r.readyAtMillis = -1;
        r.finishedAtMillis = -1;
        r.exitCode = 0;
        ctx.events().record(pod, "kubelet", nodeName, "Normal", "SandboxChanged", "Pod sandbox changed, it will be killed and re-created.");
        admit(r, pod);
    }

    // ---- volumes: WaitForAttachAndMount ----

    /** One sync's wait: poll until the volumes are attached and mounted, or give up after podAttachAndMountTimeout. */
    private void waitForAttachAndMount(RuntimePod r) {
        r.waitingForVolumes = true;
        r.next = engine.schedule(ctx.timings().podAttachAndMountTimeout, Priority.KUBELET, "kubelet-mount-timeout " + r.name,
                () -> mountTimedOut(r));
        tryMount(r); // wait.PollImmediate
    }

    private void scheduleMountCheck(RuntimePod r) {
        engine.schedule(ctx.timings().podAttachAndMountRetryInterval, Priority.KUBELET, "kubelet-mount " + r.name, () -> tryMount(r));
    }

    private void tryMount(RuntimePod r) {
        if (!r.waitingForVolumes || r.state != RuntimePod.State.ADMITTED || !alive || !connected || runtime.get(r.uid) != r) {
            return;
        }
        for (Attachable a : r.volumes) {
            if (!reportedInUse.contains(a.uniqueName()) || !attached(a)) {
                return;
            }
        }
        r.waitingForVolumes = false;
        r.cancelTimers();
        startContainers(r);
        reportStatus(r);
    }

    /** VerifyControllerAttachedVolume: the controller attached the volume to this node (and is not detaching it). */
    private boolean attached(Attachable a) {
        VolumeAttachment va = api.get(VolumeAttachment.class, Kinds.VOLUME_ATTACHMENT, null, a.attachmentName(nodeName));
        return va != null && va.getMetadata().getDeletionTimestamp() == null && va.getStatus() != null
                && Boolean.TRUE.equals(va.getStatus().getAttached());
    }

    /**
     * The sync fails; up to 1.27 syncPod records FailedMount, from 1.28 a deadline is not reported. The pod worker
     * syncs again after its back-off (10 s, jittered by up to 50 %), which waits again.
     */
    private void mountTimedOut(RuntimePod r) {
        r.next = null;
        r.waitingForVolumes = false;
        if (r.state != RuntimePod.State.ADMITTED || !alive || runtime.get(r.uid) != r) {
            return;
        }
        Pod pod = api.get(Pod.class, Kinds.POD, r.namespace, r.name);
        if (connected && pod != null && r.uid.equals(pod.getMetadata().getUid())
                && !ctx.profile().has(Capability.MOUNT_TIMEOUT_WITHOUT_EVENT)) {
            ctx.events().record(pod, "kubelet", nodeName, "Warning", "FailedMount",
                    "Unable to attach or mount volumes: " + unmountedMessage(r, pod) + ": timed out waiting for the condition");
        }
        long backOff = ctx.timings().podSyncBackOff;
        backOff += (long) (engine.random().stream("kubelet." + nodeName).nextDouble() * 0.5 * backOff); // wait.Jitter
        r.next = engine.schedule(backOff, Priority.KUBELET, "kubelet-sync " + r.name, () -> {
            r.next = null;
            if (r.state == RuntimePod.State.ADMITTED && runtime.get(r.uid) == r) {
                waitForAttachAndMount(r);
            }
        });
    }

    /**
     * 1.24's "unmounted volumes=[...], unattached volumes=[...]": the pod's mounted volume names not mounted yet, and
     * all of them as unattached (getUnattachedVolumes looks pod volume names up among unique volume names).
     */
    private String unmountedMessage(RuntimePod r, Pod pod) {
        List<String> expected = AttachableVolumes.mountedVolumeNames(pod);
        Set<String> waiting = new TreeSet<>();
        for (Attachable a : r.volumes) {
            if (!reportedInUse.contains(a.uniqueName()) || !attached(a)) {
                waiting.add(a.podVolume());
            }
        }
        List<String> unmounted = expected.stream().filter(waiting::contains).toList();
        return "unmounted volumes=[" + String.join(" ", unmounted) + "], unattached volumes=[" + String.join(" ", expected) + "]";
    }

    /** A VolumeAttachment for this node changed: a pod waiting for it looks again at its next poll. */
    public void onVolumeAttachment(WatchEvent event) {
        if (!alive || !connected || !(event.object() instanceof VolumeAttachment va)) {
            return;
        }
        String name = va.getMetadata().getName();
        for (RuntimePod r : runtime.values()) {
            if (r.waitingForVolumes && r.volumes.stream().anyMatch(a -> a.attachmentName(nodeName).equals(name))) {
                scheduleMountCheck(r);
            }
        }
    }

    private void startContainers(RuntimePod r) {
        r.state = RuntimePod.State.CREATING;
        long pull = delays.containerStart();
        long startedAt = engine.nowMillis() + pull;
        containerEvents(r, c -> List.<String[]>of(new String[] {"Pulling", "Pulling image \"" + c.getImage() + "\""}));
        // the status shows the running container once the kubelet noticed it (at once, or at the next relist)
        r.next = engine.schedule(pull + delays.untilReported(startedAt), Priority.KUBELET, "container-start " + r.name, () -> {
            r.state = RuntimePod.State.RUNNING;
            r.startedAtMillis = startedAt;
            r.readyAtMillis = engine.nowMillis(); // no readiness probe: ready as soon as started
            String took = pull % 1000 == 0 ? (pull / 1000) + "s" : String.format("%.3fs", pull / 1000.0); // Go duration text
            containerEvents(r, c -> List.of(
                    new String[] {"Pulled", "Successfully pulled image \"" + c.getImage() + "\" in " + took + " (" + took + " including waiting)"},
                    new String[] {"Created", "Created container " + c.getName()},
                    new String[] {"Started", "Started container " + c.getName()}));
            reportStatus(r);
        });
    }

    /** Records the kubelet's per-container events on the pod (kubectl describe pod shows them). */
    private void containerEvents(RuntimePod r, java.util.function.Function<io.fabric8.kubernetes.api.model.Container, List<String[]>> events) {
        if (!connected) {
            return;
        }
        Pod pod = api.get(Pod.class, Kinds.POD, r.namespace, r.name);
        if (pod == null || !r.uid.equals(pod.getMetadata().getUid())) {
            return;
        }
        for (var container : pod.getSpec().getContainers()) {
            for (String[] e : events.apply(container)) {
                ctx.events().record(pod, "kubelet", nodeName, "Normal", e[0], e[1]);
            }
        }
    }

    private void beginStop(Pod pod, RuntimePod r) {
        r.cancelTimers();
        r.waitingForVolumes = false;
        boolean wasCreating = r.state == RuntimePod.State.CREATING || r.state == RuntimePod.State.ADMITTED;
        r.state = RuntimePod.State.STOPPING;
        long grace = pod.getMetadata().getDeletionGracePeriodSeconds() == null ? 30
                : pod.getMetadata().getDeletionGracePeriodSeconds();
        String image = pod.getSpec().getContainers().isEmpty() ? null : pod.getSpec().getContainers().get(0).getImage();
        boolean sigkill = !wasCreating && delays.sigkill(image);
        long exit = wasCreating ? 0 : delays.exit(grace * 1000, sigkill);
        long finishedAt = engine.nowMillis() + exit;
        reportStatus(r);
        if (!wasCreating) {
            containerEvents(r, c -> List.<String[]>of(new String[] {"Killing", "Stopping container " + c.getName()}));
        }
        r.next = engine.schedule(exit + delays.untilReported(finishedAt), Priority.KUBELET, "container-stop " + r.name, () -> {
            r.state = RuntimePod.State.STOPPED;
            r.finishedAtMillis = finishedAt;
            r.killedBySigkill = sigkill;
            r.exitCode = sigkill ? 137 : 0;
            if (!connected) {
                return; // confirmed on reconnect
            }
            Pod current = api.get(Pod.class, Kinds.POD, r.namespace, r.name);
            if (current != null && r.uid.equals(current.getMetadata().getUid())) {
                confirmDeletion(current, r);
            } else {
                runtime.remove(r.uid);
            }
        });
    }

    /** Final status, then the kubelet's delete with grace 0 that removes the object (status manager). */
    private void confirmDeletion(Pod pod, RuntimePod r) {
        if (r != null) {
            r.cancelTimers();
            r.waitingForVolumes = false;
            Pod copy = Copies.copy(pod);
            copy.setStatus(PodStatuses.generate(pod, r, ctx.preset().internalIp(index), engine.clock().epoch(), engine.now(), readyToStartCondition(),
                ctx.profile().has(Capability.TERMINAL_PHASE_FOR_DELETED_PODS)));
            api.updateOwned(copy);
            runtime.remove(r.uid);
        }
        if (api.get(Pod.class, Kinds.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName()) != null) {
            api.delete(Kinds.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName(), 0L);
        }
    }

    private void killOrphan(String uid) {
        RuntimePod r = runtime.get(uid);
        if (r == null || !connected || !alive) {
            return;
        }
        r.cancelTimers();
        r.waitingForVolumes = false;
        r.state = RuntimePod.State.STOPPED;
        runtime.remove(uid);
    }

    private void reportStatus(RuntimePod r) {
        if (!connected) {
            return;
        }
        Pod pod = api.get(Pod.class, Kinds.POD, r.namespace, r.name);
        if (pod == null || !r.uid.equals(pod.getMetadata().getUid())) {
            return;
        }
        PodStatus status = PodStatuses.generate(pod, r, ctx.preset().internalIp(index), engine.clock().epoch(), engine.now(), readyToStartCondition(),
                ctx.profile().has(Capability.TERMINAL_PHASE_FOR_DELETED_PODS));
        if (Objects.equals(pod.getStatus(), status)) {
            return;
        }
        Pod copy = Copies.copy(pod);
        copy.setStatus(status);
        api.updateOwned(copy);
    }

    /** The PodReadyToStartContainers condition exists from Kubernetes 1.29 on, not in the book's 1.24. */
    private boolean readyToStartCondition() {
        return ctx.profile().has(Capability.POD_READY_TO_START_CONTAINERS);
    }

}
