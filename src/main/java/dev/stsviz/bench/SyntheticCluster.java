package dev.stsviz.bench;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterState;
import dev.stsviz.sim.Simulation;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A big cluster built directly as fabric8 objects (no simulator): {@code nodes} Ready nodes and {@code pods}
 * Running pods in StatefulSets of 100 ({@code set-007-42}), spread round-robin over the nodes, each with its
 * Bound claim {@code data-set-007-42}, statuses shaped like a kubelet's.
 */
public final class SyntheticCluster {
    public static final String NAMESPACE = "default";
    public static final int SET_SIZE = 100;
    public static final Instant NOW = Simulation.EPOCH.plusSeconds(3600);
    private static final String CREATED = Simulation.EPOCH.toString();
    private static final String STARTED = Simulation.EPOCH.plusSeconds(5).toString();

    private final List<Node> nodes;
    private final List<Pod> pods;
    private final List<PersistentVolumeClaim> claims;

    private SyntheticCluster(List<Node> nodes, List<Pod> pods, List<PersistentVolumeClaim> claims) {
        this.nodes = nodes;
        this.pods = pods;
        this.claims = claims;
    }

    public static SyntheticCluster build(int podCount, int nodeCount) {
        List<Node> nodes = new ArrayList<>(nodeCount);
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(node(nodeName(i)));
        }
        List<Pod> pods = new ArrayList<>(podCount);
        List<PersistentVolumeClaim> claims = new ArrayList<>(podCount);
        for (int i = 0; i < podCount; i++) {
            String set = String.format("set-%03d", i / SET_SIZE);
            String name = set + "-" + (i % SET_SIZE);
            pods.add(pod(set, name, nodeName(i % nodeCount), i, true, 0, "1"));
            claims.add(claim("data-" + name, i));
        }
        return new SyntheticCluster(nodes, pods, claims);
    }

    public static String nodeName(int i) {
        return String.format("node-%04d", i);
    }

    public List<Pod> pods() {
        return pods;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** Everything as ADDED-style upserts (what an informer's initial list delivers). */
    public List<ClusterChange> initialChanges() {
        List<ClusterChange> changes = new ArrayList<>(nodes.size() + pods.size() + claims.size());
        nodes.forEach(n -> changes.add(ClusterChange.upsert(n)));
        pods.forEach(p -> changes.add(ClusterChange.upsert(p)));
        claims.forEach(c -> changes.add(ClusterChange.upsert(c)));
        return changes;
    }

    public ClusterState load() {
        ClusterState state = new ClusterState();
        state.applyAll(initialChanges());
        return state;
    }

    /**
     * What a live window's informers hold for this cluster: the objects of {@link #load}, one StatefulSet per
     * {@link #SET_SIZE} pods, and {@code events} recent events.
     */
    public ClusterState loadForWindow(int events) {
        ClusterState state = load();
        List<ClusterChange> more = new ArrayList<>();
        statefulSets().forEach(s -> more.add(ClusterChange.upsert(s)));
        events(events).forEach(e -> more.add(ClusterChange.upsert(e)));
        state.applyAll(more);
        return state;
    }

    /** The pods' StatefulSets: OrderedReady, claim template "data", all replicas ready (the last set may be smaller). */
    public List<StatefulSet> statefulSets() {
        List<StatefulSet> sets = new ArrayList<>();
        for (int first = 0; first < pods.size(); first += SET_SIZE) {
            sets.add(statefulSet(String.format("set-%03d", first / SET_SIZE), Math.min(SET_SIZE, pods.size() - first)));
        }
        return sets;
    }

    /**
     * {@code count} kubelet events spread over the hour before {@link #NOW} (the API server keeps events an hour), on
     * pods spread over the cluster: "Started", every tenth a Warning "Unhealthy".
     */
    public List<Event> events(int count) {
        List<Event> events = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int i = (int) ((k * 7919L) % pods.size());
            Instant at = NOW.minusSeconds(3600L * (count - k) / (count + 1));
            events.add(event(pods.get(i), k % 10 == 9, at, "e" + k));
        }
        return events;
    }

    /**
     * One pulse's worth of a busy cluster: pod {@code i} restarted and not ready ({@code round} even) or ready again
     * (odd), with resourceVersion {@code resourceVersion}, and its kubelet's event at {@code at}.
     */
    public List<ClusterChange> podChange(int i, int round, String resourceVersion, Instant at) {
        Pod old = pods.get(i);
        String name = old.getMetadata().getName();
        String set = name.substring(0, name.lastIndexOf('-'));
        boolean ready = round % 2 == 1;
        Pod pod = pod(set, name, old.getSpec().getNodeName(), i, ready, round / 2 + 1, resourceVersion);
        return List.of(ClusterChange.upsert(pod), ClusterChange.upsert(event(pod, !ready, at, "r" + resourceVersion)));
    }

    /**
     * {@code count} MODIFIED-style changes, pre-built: pod k flips between not-ready (a restart, as after a
     * liveness failure) and ready again, with a new resourceVersion each time, like kubelet status updates.
     */
    public List<ClusterChange> statusChanges(int count) {
        List<ClusterChange> changes = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int i = (int) ((k * 7919L) % pods.size()); // spread over all pods and nodes
            int round = k / pods.size(); // first pass: every pod restarts and turns not ready; second: ready again; ...
            boolean ready = round % 2 == 1;
            Pod old = pods.get(i);
            String set = old.getMetadata().getName().substring(0, old.getMetadata().getName().lastIndexOf('-'));
            changes.add(ClusterChange.upsert(pod(set, old.getMetadata().getName(), old.getSpec().getNodeName(), i, ready,
                    round / 2 + 1, String.valueOf(2 + k))));
        }
        return changes;
    }

    static Node node(String name) {
        return new NodeBuilder()
                .withNewMetadata().withName(name).withUid("uid-" + name).withResourceVersion("1").withCreationTimestamp(CREATED)
                .addToLabels("kubernetes.io/hostname", name).addToLabels("kubernetes.io/os", "linux")
                .addToLabels("node-role.kubernetes.io/worker", "").endMetadata()
                .withNewSpec().withPodCIDR("10.244.0.0/24").endSpec()
                .withNewStatus()
                .addToCapacity("cpu", new Quantity("8")).addToCapacity("memory", new Quantity("32Gi")).addToCapacity("pods", new Quantity("110"))
                .addToAllocatable("cpu", new Quantity("8")).addToAllocatable("memory", new Quantity("32Gi")).addToAllocatable("pods", new Quantity("110"))
                .addNewCondition().withType("MemoryPressure").withStatus("False").withReason("KubeletHasSufficientMemory")
                .withLastHeartbeatTime(CREATED).withLastTransitionTime(CREATED).endCondition()
                .addNewCondition().withType("DiskPressure").withStatus("False").withReason("KubeletHasNoDiskPressure")
                .withLastHeartbeatTime(CREATED).withLastTransitionTime(CREATED).endCondition()
                .addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady").withMessage("kubelet is posting ready status")
                .withLastHeartbeatTime(CREATED).withLastTransitionTime(CREATED).endCondition()
                .addNewAddress().withType("InternalIP").withAddress("192.168.49.2").endAddress()
                .addNewAddress().withType("Hostname").withAddress(name).endAddress()
                .withNewNodeInfo().withKubeletVersion("v1.31.0").withContainerRuntimeVersion("docker://27.2.0")
                .withOperatingSystem("linux").withArchitecture("amd64").endNodeInfo()
                .endStatus().build();
    }

    static Pod pod(String set, String name, String node, int i, boolean ready, int restarts, String resourceVersion) {
        String flag = ready ? "True" : "False";
        return new PodBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).withUid("uid-" + name).withResourceVersion(resourceVersion)
                .withCreationTimestamp(CREATED).withGenerateName(set + "-")
                .addToLabels("app", set).addToLabels("apps.kubernetes.io/pod-index", name.substring(set.length() + 1))
                .addToLabels("statefulset.kubernetes.io/pod-name", name)
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("StatefulSet").withName(set).withUid("uid-" + set)
                .withController(true).withBlockOwnerDeletion(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withNodeName(node).withHostname(name).withSubdomain(set).withRestartPolicy("Always")
                .addNewContainer().withName("kubia").withImage("luksa/kubia-pet")
                .addNewPort().withName("http").withContainerPort(8080).withProtocol("TCP").endPort()
                .addNewVolumeMount().withName("data").withMountPath("/var/data").endVolumeMount()
                .endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data-" + name).endPersistentVolumeClaim().endVolume()
                .endSpec()
                .withNewStatus().withPhase("Running").withHostIP("192.168.49.2")
                .withPodIP("10.244." + (i / 250 % 256) + "." + (i % 250 + 2)).withStartTime(CREATED).withQosClass("BestEffort")
                .addNewCondition().withType("PodScheduled").withStatus("True").withLastTransitionTime(CREATED).endCondition()
                .addNewCondition().withType("Initialized").withStatus("True").withLastTransitionTime(CREATED).endCondition()
                .addNewCondition().withType("ContainersReady").withStatus(flag).withLastTransitionTime(STARTED).endCondition()
                .addNewCondition().withType("Ready").withStatus(flag).withLastTransitionTime(STARTED).endCondition()
                .addNewContainerStatus().withName("kubia").withImage("luksa/kubia-pet:latest")
                .withImageID("docker-pullable://luksa/kubia-pet@sha256:4263bc375d3ae2f73bda")
                .withContainerID("docker://" + Integer.toHexString(name.hashCode()) + restarts)
                .withReady(ready).withStarted(ready).withRestartCount(restarts)
                .withNewState().withNewRunning().withStartedAt(STARTED).endRunning().endState()
                .endContainerStatus()
                .endStatus().build();
    }

    static StatefulSet statefulSet(String name, int replicas) {
        return new StatefulSetBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).withUid("uid-" + name).withResourceVersion("1")
                .withCreationTimestamp(CREATED).withGeneration(1L).endMetadata()
                .withNewSpec().withReplicas(replicas).withServiceName(name).withPodManagementPolicy("OrderedReady")
                .withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata()
                .withNewSpec().addNewContainer().withName("kubia").withImage("luksa/kubia-pet")
                .addNewPort().withName("http").withContainerPort(8080).withProtocol("TCP").endPort()
                .addNewVolumeMount().withName("data").withMountPath("/var/data").endVolumeMount()
                .endContainer().endSpec().endTemplate()
                .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage", new Quantity("1Mi"))
                .endResources().endSpec().endVolumeClaimTemplate()
                .withNewUpdateStrategy().withType("RollingUpdate").endUpdateStrategy()
                .endSpec()
                .withNewStatus().withObservedGeneration(1L).withReplicas(replicas).withReadyReplicas(replicas)
                .withAvailableReplicas(replicas).withCurrentReplicas(replicas).withUpdatedReplicas(replicas).endStatus()
                .build();
    }

    /** A kubelet's event about {@code pod} at {@code at}: the container started, or (warning) its probe failed. */
    static Event event(Pod pod, boolean warning, Instant at, String suffix) {
        String podName = pod.getMetadata().getName();
        String stamp = dev.stsviz.cluster.Timestamps.format(at);
        return new EventBuilder()
                .withNewMetadata().withName(podName + "." + suffix).withNamespace(NAMESPACE).withUid("uid-" + podName + "." + suffix)
                .withResourceVersion("1").withCreationTimestamp(stamp).endMetadata()
                .withNewInvolvedObject().withKind("Pod").withApiVersion("v1").withNamespace(NAMESPACE).withName(podName)
                .withUid(pod.getMetadata().getUid()).withFieldPath("spec.containers{kubia}").endInvolvedObject()
                .withType(warning ? "Warning" : "Normal")
                .withReason(warning ? "Unhealthy" : "Started")
                .withMessage(warning ? "Readiness probe failed: HTTP probe failed with statuscode: 500" : "Started container kubia")
                .withCount(1).withFirstTimestamp(stamp).withLastTimestamp(stamp)
                .withNewSource().withComponent("kubelet").withHost(pod.getSpec().getNodeName()).endSource()
                .withReportingComponent("kubelet").withReportingInstance(pod.getSpec().getNodeName())
                .build();
    }

    static PersistentVolumeClaim claim(String name, int i) {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).withUid("uid-" + name).withResourceVersion("1")
                .withCreationTimestamp(CREATED).addToAnnotations("pv.kubernetes.io/bind-completed", "yes").endMetadata()
                .withNewSpec().withAccessModes("ReadWriteOnce").withStorageClassName("standard").withVolumeName(String.format("pvc-%08x", i))
                .withNewResources().addToRequests("storage", new Quantity("1Mi")).endResources().endSpec()
                .withNewStatus().withPhase("Bound").withAccessModes("ReadWriteOnce").addToCapacity("storage", new Quantity("1Mi")).endStatus()
                .build();
    }
}
