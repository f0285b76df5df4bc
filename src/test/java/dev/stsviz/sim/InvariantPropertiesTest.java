package dev.stsviz.sim;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Manifests;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.engine.Engine;
import dev.stsviz.sim.engine.ScheduledEvent;
import dev.stsviz.sim.kubelet.Kubelet;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Random sequences of user actions and faults (scaling, graceful and forced pod deletion, node disconnects and
 * reconnects, cordons, node loss and node additions) against the chapter's StatefulSet, with the guarantees
 * checked after every engine event and after every action:
 * <ol>
 *   <li>at most one live container per pod name on connected nodes, except the orphan a force delete leaves
 *       behind (the documented at-most-one risk): tolerated on a cut-off node, and on a connected node only for
 *       the kubelet's reaction time;</li>
 *   <li>a claim, once Bound, is never deleted, recreated or rebound, and its volume stays (Retain);</li>
 *   <li>OrderedReady creates kubia-N only when kubia-0..N-1 all exist, Running and Ready, not terminating;</li>
 *   <li>every pod mounts its own claim data-&lt;pod&gt;, and only that;</li>
 *   <li>resourceVersions only grow, also in watch delivery order, and no pod is created outside 0..replicas-1;</li>
 *   <li>a pod the API shows Running and Ready on a connected node runs there (the API does not lie for long);</li>
 *   <li>the StatefulSet controller deletes only pods beyond replicas; under OrderedReady only the highest one,
 *       only while all of 0..replicas-1 are Running and Ready, and an unhealthy one only as the lowest unhealthy.</li>
 *   <li>the ReplicaSet (of its own namespace, created, scaled and deleted at random) creates only up to and deletes only
 *       down to its replicas;</li>
 * </ol>
 * Everything is deterministic: the jqwik seeds are fixed and the simulation seed is part of each scenario, so a
 * failure reproduces and shrinks to a short, readable sequence. The two examples at the end pin the simulator
 * bugs these properties found (an Event written inside a watch callback; a re-added node ignoring its pods).
 */
class InvariantPropertiesTest {
    private static final String NS = "default";
    private static final String SET = "kubia";
    /** Virtual time one sequence may use after its settle phase; keeps the 10,000 runs fast. */
    private static final long MAX_VIRTUAL_SECONDS = 900;



    private static final List<HasMetadata> SERVICE = Manifests.bundled("kubia-service-headless.yaml");
    private static final StatefulSet ORDERED_READY = (StatefulSet) Manifests.bundled("kubia-statefulset.yaml").get(0);
    private static final String CATTLE = "cattle";
    private static final String RS = "kubia-rs";
    private static final ReplicaSet REPLICA_SET = new ReplicaSetBuilder((ReplicaSet) Manifests.bundled("kubia-replicaset.yaml").get(0))
            .editMetadata().withNamespace(CATTLE).endMetadata()
            .editSpec().editTemplate().editSpec().withVolumes().editFirstContainer().withVolumeMounts().endContainer()
            .endSpec().endTemplate().endSpec().build();
    private static final StatefulSet PARALLEL = new StatefulSetBuilder(ORDERED_READY)
            .editSpec().withPodManagementPolicy("Parallel").endSpec().build();

    // ---- the properties: {MODERN, BOOK} x {OrderedReady, Parallel}, 2,500 sequences each ----

    @Property(tries = 2500, seed = "1031")
    void modernOrderedReady(@ForAll("scenarios") Scenario scenario) {
        run(Profile.MODERN, ORDERED_READY, scenario);
    }

    @Property(tries = 2500, seed = "1032")
    void modernParallel(@ForAll("scenarios") Scenario scenario) {
        run(Profile.MODERN, PARALLEL, scenario);
    }

    @Property(tries = 2500, seed = "1033")
    void bookOrderedReady(@ForAll("scenarios") Scenario scenario) {
        run(Profile.BOOK, ORDERED_READY, scenario);
    }

    @Property(tries = 2500, seed = "1034")
    void bookParallel(@ForAll("scenarios") Scenario scenario) {
        run(Profile.BOOK, PARALLEL, scenario);
    }

    private static void run(Profile profile, StatefulSet set, Scenario scenario) {
        Simulation sim = cluster(scenario.simSeed(), profile, set);
        List<String> trace = new ArrayList<>();
        Checker checker = new Checker(sim, isOrderedReady(set), sim::kubelets, trace);
        checker.attach();
        Driver driver = new Driver(sim, checker, trace);
        driver.runFor(scenario.settleSeconds());
        driver.deadline = sim.engine().nowMillis() + MAX_VIRTUAL_SECONDS * 1000;
        for (Step step : scenario.steps()) {
            driver.act(step.action());
            driver.runFor(step.waitSeconds());
        }
        // how often the interesting situations came up (printed by jqwik per property)
        Statistics.label("orphan on a cut-off node").collect(checker.cutOffOrphanSeen);
        Statistics.label("orphan on a connected node").collect(checker.connectedOrphanSeen);
        Statistics.label("eviction from a lost node").collect(checker.evictionSeen);
        Statistics.label("scale-down by the controller").collect(checker.scaleDownSeen);
    }

    private static Simulation cluster(long seed, Profile profile, StatefulSet set) {
        Simulation sim = Simulation.emptyCluster(seed, profile);
        sim.apply(SERVICE);
        sim.apply(List.of(set));
        return sim;
    }

    private static boolean isOrderedReady(StatefulSet set) {
        return !"Parallel".equals(set.getSpec().getPodManagementPolicy());
    }

    // ---- scenarios ----

    /** What the user does; node arguments are indexes resolved against the cluster at that moment. */
    sealed interface Action permits Scale, DeletePod, ForceDeletePod, ForceDeletePodOnLostNode, Disconnect,
            Reconnect, Cordon, Uncordon, DeleteNode, AddNode, Wait, CreateReplicaSet, ScaleReplicaSet, DeleteReplicaSet {
        /** Performs the action and says what it did; throws ActionException when the cluster refuses. */
        String perform(Driver d);
    }

    record Scale(int replicas) implements Action {
        public String perform(Driver d) {
            d.sim.actions().scale(NS, SET, replicas);
            return "scale to " + replicas;
        }
    }

    record DeletePod(int ordinal) implements Action {
        public String perform(Driver d) {
            String where = d.whereIs(pod(ordinal));
            d.sim.actions().deletePod(NS, pod(ordinal));
            return "delete pod " + pod(ordinal) + where;
        }
    }

    record ForceDeletePod(int ordinal) implements Action {
        public String perform(Driver d) {
            String where = d.whereIs(pod(ordinal));
            d.sim.actions().forceDeletePod(NS, pod(ordinal));
            return "force-delete pod " + pod(ordinal) + where;
        }
    }

    /** The chapter's move (10.5): force-delete a pod stuck on a node the cluster lost (cut off or deleted). */
    record ForceDeletePodOnLostNode(int index) implements Action {
        public String perform(Driver d) {
            String name = pick(d.podsOnLostNodes(), index);
            if (name == null) {
                return "force-delete: no pod is on a lost node";
            }
            String where = d.whereIs(name);
            d.sim.actions().forceDeletePod(NS, name);
            return "force-delete pod " + name + where;
        }
    }

    record Disconnect(int node) implements Action {
        public String perform(Driver d) {
            String name = pick(d.nodes(), node);
            d.sim.actions().disconnectNode(name);
            return "disconnect " + name;
        }
    }

    /** Reconnects the node-th of the disconnected nodes, so that reconnects are rarely no-ops. */
    record Reconnect(int node) implements Action {
        public String perform(Driver d) {
            String name = pick(d.disconnectedNodes(), node);
            if (name == null) {
                return "reconnect: no node is disconnected";
            }
            d.sim.actions().reconnectNode(name);
            return "reconnect " + name;
        }
    }

    record Cordon(int node) implements Action {
        public String perform(Driver d) {
            String name = pick(d.nodes(), node);
            d.sim.actions().cordon(name);
            return "cordon " + name;
        }
    }

    record Uncordon(int node) implements Action {
        public String perform(Driver d) {
            String name = pick(d.cordonedNodes(), node);
            if (name == null) {
                return "uncordon: no node is cordoned";
            }
            d.sim.actions().uncordon(name);
            return "uncordon " + name;
        }
    }

    /** The machine is gone. At most one per scenario (see the generator), and never the last node. */
    record DeleteNode(int node) implements Action {
        public String perform(Driver d) {
            List<String> nodes = d.nodes();
            if (nodes.size() <= 1) {
                return "delete node: keeping the last node";
            }
            String name = pick(nodes, node);
            d.sim.actions().deleteNode(name);
            return "delete node " + name;
        }
    }

    record AddNode() implements Action {
        public String perform(Driver d) {
            return "add node " + d.sim.actions().addNode(null);
        }
    }

    /** Cattle beside the pets: a ReplicaSet of its own namespace, so the StatefulSet's invariants stay its own. */
    record CreateReplicaSet(int replicas) implements Action {
        public String perform(Driver d) {
            ReplicaSet rs = new ReplicaSetBuilder(REPLICA_SET).editSpec().withReplicas(replicas).endSpec().build();
            d.sim.api().create(rs); // refused (AlreadyExists) while one exists
            return "create rs " + RS + " with " + replicas;
        }
    }

    record ScaleReplicaSet(int replicas) implements Action {
        public String perform(Driver d) {
            d.sim.actions().scaleReplicaSet(CATTLE, RS, replicas);
            return "scale rs to " + replicas;
        }
    }

    record DeleteReplicaSet() implements Action {
        public String perform(Driver d) {
            d.sim.actions().delete(Kinds.REPLICA_SET, CATTLE, RS, null);
            return "delete rs " + RS;
        }
    }

    /** A long wait, long enough for the 300 s eviction timeouts to fire within a scenario. */
    record Wait(int seconds) implements Action {
        public String perform(Driver d) {
            d.runFor(seconds);
            return "wait " + seconds + "s";
        }
    }

    /** One action, then a (usually short) pause. */
    record Step(Action action, int waitSeconds) {
        @Override
        public String toString() {
            return action + " +" + waitSeconds + "s";
        }
    }

    record Scenario(int simSeed, int settleSeconds, List<Step> steps) {
        @Override
        public String toString() {
            return "Scenario(seed " + simSeed + ", settle " + settleSeconds + "s) " + steps;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Step> step = Combinators.combine(actions(), pauses()).as(Step::new);
        Arbitrary<List<Step>> steps = step.list().ofMinSize(3).ofMaxSize(8)
                .filter(list -> list.stream().filter(s -> s.action() instanceof DeleteNode).count() <= 1);
        return Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 60), steps)
                .as(Scenario::new);
    }

    private static Arbitrary<Action> actions() {
        Arbitrary<Integer> ordinal = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 4);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 5).map(Scale::new)),
                Tuple.of(4, ordinal.map(DeletePod::new)),
                Tuple.of(2, ordinal.map(ForceDeletePod::new)),
                Tuple.of(2, index.map(ForceDeletePodOnLostNode::new)),
                Tuple.of(3, index.map(Disconnect::new)),
                Tuple.of(3, index.map(Reconnect::new)),
                Tuple.of(1, index.map(Cordon::new)),
                Tuple.of(1, index.map(Uncordon::new)),
                Tuple.of(1, index.map(DeleteNode::new)),
                Tuple.of(1, Arbitraries.just(new AddNode())),
                Tuple.of(1, Arbitraries.integers().between(0, 4).map(CreateReplicaSet::new)),
                Tuple.of(2, Arbitraries.integers().between(0, 5).map(ScaleReplicaSet::new)),
                Tuple.of(1, Arbitraries.just(new DeleteReplicaSet())),
                Tuple.of(2, Arbitraries.integers().between(200, 400).map(Wait::new)));
    }

    /** Mostly short pauses: they interleave actions with the controllers' reactions, where races live. */
    private static Arbitrary<Integer> pauses() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 10)),
                Tuple.of(3, Arbitraries.integers().between(10, 60)),
                Tuple.of(1, Arbitraries.integers().between(60, 120)));
    }

    private static String pod(int ordinal) {
        return SET + "-" + ordinal;
    }

    private static String pick(List<String> names, int index) {
        return names.isEmpty() ? null : names.get(Math.floorMod(index, names.size()));
    }

    // ---- running a scenario ----

    /** Performs actions and advances virtual time, with the checker watching; keeps a trace for failure messages. */
    static final class Driver {
        final Simulation sim;
        private final Checker checker;
        private final List<String> trace;
        long deadline = Long.MAX_VALUE;

        Driver(Simulation sim, Checker checker, List<String> trace) {
            this.sim = sim;
            this.checker = checker;
            this.trace = trace;
        }

        void act(Action action) {
            String at = checker.time();
            String done;
            try {
                done = action.perform(this);
            } catch (ActionException refused) {
                done = action + " refused: " + refused.getMessage();
            }
            trace.add(at + " " + done);
            checker.check("after the action " + action);
        }

        /** Runs the simulation for up to this long (the scenario's virtual-time budget caps it). */
        void runFor(long seconds) {
            long until = Math.min(sim.engine().nowMillis() + seconds * 1000, deadline);
            if (until > sim.engine().nowMillis()) {
                sim.engine().runUntil(until);
            }
        }

        List<String> nodes() {
            return sim.kubelets().stream().map(Kubelet::nodeName).toList();
        }

        List<String> disconnectedNodes() {
            return sim.kubelets().stream().filter(k -> !k.isConnected()).map(Kubelet::nodeName).toList();
        }

        List<String> cordonedNodes() {
            return sim.api().list(Node.class, Kinds.NODE, null).stream()
                    .filter(n -> Boolean.TRUE.equals(n.getSpec().getUnschedulable()))
                    .map(n -> n.getMetadata().getName()).toList();
        }

        List<String> podsOnLostNodes() {
            return sim.api().list(Pod.class, Kinds.POD, NS).stream().filter(p -> {
                String node = Pods.nodeName(p);
                return node != null && (sim.kubelet(node) == null || !sim.kubelet(node).isConnected());
            }).map(p -> p.getMetadata().getName()).toList();
        }

        /** " (on node, disconnected)" for the trace: where the pod was when the user acted on it. */
        String whereIs(String podName) {
            Pod pod = sim.api().get(Pod.class, Kinds.POD, NS, podName);
            String node = pod == null ? null : Pods.nodeName(pod);
            if (node == null) {
                return "";
            }
            Kubelet kubelet = sim.kubelet(node);
            return " (on " + node + (kubelet == null ? ", deleted" : kubelet.isConnected() ? "" : ", disconnected") + ")";
        }
    }

    // ---- the invariants ----

    /**
     * Checks the invariants after every engine event and every action. Facts about a moment inside an event
     * (a pod's creation, a controller's deletion) come from the API watch, where the state is exactly the one the
     * acting controller saw; violations found there are thrown after the event, so no controller ever sees an
     * assertion error in the middle of its work.
     */
    static final class Checker implements Engine.Observer, Consumer<WatchEvent> {
        private final Simulation sim;
        private final boolean orderedReady;
        private final Supplier<List<Kubelet>> kubelets;
        private final List<String> trace;
        private final List<String> violations = new ArrayList<>();
        /** Claims seen Bound: name -> the claim's uid and volume, which must never change. */
        private final Map<String, BoundClaim> boundClaims = new TreeMap<>();
        /** "node/pod" -> since when a connected kubelet runs that orphan (forgotten while the node is cut off). */
        private final Map<String, Long> orphanSince = new TreeMap<>();
        /** pod uid -> since when the API shows it Running and Ready on a connected node that does not run it. */
        private final Map<String, Long> unbackedSince = new TreeMap<>();
        private long lastApiVersion;
        private long lastObjectVersion;
        private HasMetadata lastObject;
        boolean cutOffOrphanSeen;
        boolean connectedOrphanSeen;
        boolean evictionSeen;
        boolean scaleDownSeen;

        private record BoundClaim(String uid, String volume) {
        }

        Checker(Simulation sim, boolean orderedReady, Supplier<List<Kubelet>> kubelets, List<String> trace) {
            this.sim = sim;
            this.orderedReady = orderedReady;
            this.kubelets = kubelets;
            this.trace = trace;
        }

        void attach() {
            sim.engine().addObserver(this);
            sim.watch(this);
        }

        @Override
        public void afterEvent(ScheduledEvent event) {
            check("after the event " + event.label());
        }

        @Override
        public void accept(WatchEvent event) {
            checkResourceVersionGrows(event);
            HasMetadata object = event.object();
            if (event.type() == WatchEvent.Type.ADDED && object instanceof Pod pod && NS.equals(pod.getMetadata().getNamespace())) {
                checkCreation(pod);
            } else if (event.type() != WatchEvent.Type.DELETED && object instanceof Event e) {
                onEvent(e);
            }
        }

        void check(String when) {
            long now = sim.engine().nowMillis();
            checkAtMostOneLiveContainer(now);
            checkClaimsKept();
            checkPodsMountTheirOwnClaim();
            checkReadyPodsRun(now);
            if (sim.api().resourceVersion() < lastApiVersion) {
                violations.add("5: the API's resourceVersion went back from " + lastApiVersion + " to " + sim.api().resourceVersion());
            }
            lastApiVersion = sim.api().resourceVersion();
            if (!violations.isEmpty()) {
                throw new AssertionError(report(when));
            }
        }

        String time() {
            return String.format("t=%.3fs", sim.engine().nowMillis() / 1000.0);
        }

        private long reactionMillis() {
            return sim.context().timings().kubeletPodSeenDelay;
        }

        // 1. The API store is keyed by name, so one Pod object per name holds by construction; what can break is
        // the runtime: two containers of one pod name alive on nodes the control plane can reach. The exception is
        // the documented at-most-one risk of a force delete: the API forgets the pod without waiting for its
        // kubelet, whose containers live on as an orphan, and the replacement may start meanwhile. On a cut-off
        // node the orphan lives until the node is back; a connected kubelet must kill it within its reaction time
        // (kubeletPodSeenDelay) after the delete or the reconnect. An orphan older than that is a violation.
        // Even on a connected node the overlap is real: another kubelet relisting after a reconnect can start the
        // replacement in the same millisecond the orphan's kubelet gets to kill it (found by these properties).
        private void checkAtMostOneLiveContainer(long now) {
            Map<String, List<String>> liveOn = new TreeMap<>();
            Set<String> orphansNow = new TreeSet<>();
            for (Kubelet kubelet : kubelets.get()) {
                String node = kubelet.nodeName();
                List<String> orphans = kubelet.orphanedContainers();
                if (!kubelet.isConnected()) {
                    cutOffOrphanSeen |= !orphans.isEmpty();
                    continue;
                }
                List<String> live = new ArrayList<>(kubelet.runningContainers());
                for (String orphan : orphans) {
                    String key = node + "/" + orphan;
                    orphansNow.add(key);
                    long age = now - orphanSince.computeIfAbsent(key, k -> now);
                    connectedOrphanSeen = true;
                    if (age > reactionMillis()) {
                        violations.add("1: connected kubelet " + node + " still runs the orphaned container " + orphan
                                + " " + age + " ms after it could know");
                    }
                    live.remove(orphan); // one occurrence: the same node may also run the pod's replacement
                }
                for (String pod : live) {
                    liveOn.computeIfAbsent(pod, p -> new ArrayList<>()).add(node);
                }
            }
            orphanSince.keySet().retainAll(orphansNow); // a reconnect restarts the kubelet's reaction time
            liveOn.forEach((pod, nodes) -> {
                if (nodes.size() > 1) {
                    violations.add("1: " + nodes.size() + " live containers of " + pod + " on connected nodes " + nodes);
                }
            });
        }

        // 2. Retain: a claim that was Bound stays, with the same uid, bound to the same existing volume.
        private void checkClaimsKept() {
            for (PersistentVolumeClaim pvc : sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, NS)) {
                if ("Bound".equals(pvc.getStatus().getPhase()) && pvc.getSpec().getVolumeName() != null) {
                    boundClaims.putIfAbsent(pvc.getMetadata().getName(),
                            new BoundClaim(pvc.getMetadata().getUid(), pvc.getSpec().getVolumeName()));
                }
            }
            boundClaims.forEach((name, was) -> {
                String problem = claimProblem(name, was);
                if (problem != null) {
                    violations.add("2: claim " + name + " (was bound to " + was.volume() + ") " + problem);
                }
            });
        }

        private String claimProblem(String name, BoundClaim was) {
            PersistentVolumeClaim pvc = sim.api().get(PersistentVolumeClaim.class, Kinds.PVC, NS, name);
            if (pvc == null) {
                return "was deleted";
            }
            if (!was.uid().equals(pvc.getMetadata().getUid())) {
                return "was recreated";
            }
            if (pvc.getMetadata().getDeletionTimestamp() != null) {
                return "is being deleted";
            }
            if (!was.volume().equals(pvc.getSpec().getVolumeName()) || !"Bound".equals(pvc.getStatus().getPhase())) {
                return "is now " + pvc.getStatus().getPhase() + " to " + pvc.getSpec().getVolumeName();
            }
            PersistentVolume pv = sim.api().get(PersistentVolume.class, Kinds.PV, null, was.volume());
            if (pv == null) {
                return "lost its volume";
            }
            if (pv.getMetadata().getDeletionTimestamp() != null || pv.getSpec().getClaimRef() == null
                    || !was.uid().equals(pv.getSpec().getClaimRef().getUid())
                    || !"Bound".equals(pv.getStatus() == null ? null : pv.getStatus().getPhase())) {
                return "has a volume that is no longer bound to it: " + pv.getStatus();
            }
            return null;
        }

        // 3 and 5, when a pod is created: its ordinal is in range, and under OrderedReady all its predecessors
        // exist, Running and Ready, and not terminating.
        private void checkCreation(Pod pod) {
            String name = pod.getMetadata().getName();
            int ordinal = Pods.ordinal(name);
            int replicas = replicas();
            if (!SET.equals(Pods.parentName(name)) || ordinal < 0 || ordinal >= replicas) {
                violations.add("5: " + name + " was created while the set wants ordinals 0.." + (replicas - 1));
            }
            if (orderedReady) {
                for (int lower = 0; lower < ordinal; lower++) {
                    String why = unhealthy(lower);
                    if (why != null) {
                        violations.add("3: " + name + " was created while " + pod(lower) + " was " + why);
                    }
                }
            }
        }

        // 4. Each pod's only claim is its own.
        private void checkPodsMountTheirOwnClaim() {
            for (Pod pod : sim.api().list(Pod.class, Kinds.POD, NS)) {
                List<String> claims = Pods.claimNames(pod);
                if (!claims.equals(List.of("data-" + pod.getMetadata().getName()))) {
                    violations.add("4: " + pod.getMetadata().getName() + " mounts " + claims);
                }
            }
        }

        // 5. Every committed change has a higher resourceVersion than the one delivered before it. DELETED
        // events carry the last stored object, with its old version, so they are not compared.
        private void checkResourceVersionGrows(WatchEvent event) {
            if (event.type() == WatchEvent.Type.DELETED) {
                return;
            }
            long version = Long.parseLong(event.object().getMetadata().getResourceVersion());
            if (version <= lastObjectVersion) {
                violations.add("5: " + event.type() + " " + event.kind() + " " + event.object().getMetadata().getName()
                        + " has resourceVersion " + version + " after " + lastObjectVersion);
            }
            if (version > lastObjectVersion) {
                lastObjectVersion = version;
                lastObject = event.object();
            }
        }


        // 6. A pod the API shows Running and Ready on a connected node is run by that node's kubelet, give or take
        // the kubelet's reaction time (a reconnected or new kubelet relists first).
        private void checkReadyPodsRun(long now) {
            Set<String> unbackedNow = new TreeSet<>();
            for (Pod pod : sim.api().list(Pod.class, Kinds.POD, NS)) {
                Kubelet kubelet = kubeletOf(pod);
                if (kubelet == null || !kubelet.isConnected() || !Pods.isRunningAndReady(pod) || Pods.isTerminating(pod)) {
                    continue;
                }
                String name = NS + "/" + pod.getMetadata().getName();
                long running = kubelet.runningContainers().stream().filter(name::equals).count();
                long orphaned = kubelet.orphanedContainers().stream().filter(name::equals).count();
                if (running > orphaned) {
                    continue;
                }
                String uid = pod.getMetadata().getUid();
                unbackedNow.add(uid);
                long age = now - unbackedSince.computeIfAbsent(uid, u -> now);
                if (age > reactionMillis()) {
                    violations.add("6: " + name + " has been Running and Ready on " + kubelet.nodeName() + " for " + age
                            + " ms but nothing runs it there");
                }
            }
            unbackedSince.keySet().retainAll(unbackedNow);
        }

        private Kubelet kubeletOf(Pod pod) {
            String node = Pods.nodeName(pod);
            for (Kubelet k : kubelets.get()) {
                if (k.nodeName().equals(node)) {
                    return k;
                }
            }
            return null;
        }

        // 7. The StatefulSet controller's own deletions (it records SuccessfulDelete right after deleting, so the
        // state here is the one it acted on): only pods beyond replicas; under OrderedReady only the highest pod,
        // only while 0..replicas-1 all exist Running and Ready, and an unhealthy pod only as the lowest unhealthy
        // one (upstream's firstUnhealthyPod). Condemned pods that are already gone do not hold a deletion up,
        // as in upstream, although the docs say all predecessors must be Running and Ready. The scenarios never
        // change the template, so there is no rolling update to account for.
        private void onEvent(Event e) {
            String reason = e.getReason();
            if ("TaintManagerEviction".equals(reason) && e.getMessage().startsWith("Marking")
                    || "NodeControllerEviction".equals(reason)) {
                evictionSeen = true;
            }
            if ("ReplicaSet".equals(e.getInvolvedObject().getKind())) {
                checkReplicaSetEvent(e);
                return;
            }
            if (!"SuccessfulDelete".equals(reason) || !e.getMessage().startsWith("delete Pod ")) {
                return; // "delete Pod kubia-N in StatefulSet kubia successful", recorded on the set
            }
            String name = e.getMessage().split(" ")[2];
            int ordinal = Pods.ordinal(name);
            int replicas = replicas();
            scaleDownSeen = true;
            if (ordinal < replicas) {
                violations.add("7: the controller deleted " + name + " while the set wants ordinals 0.." + (replicas - 1));
            }
            if (!orderedReady) {
                return;
            }
            for (Pod other : sim.api().list(Pod.class, Kinds.POD, NS)) {
                if (Pods.ordinal(other.getMetadata().getName()) > ordinal) {
                    violations.add("7: the controller deleted " + name + " before " + other.getMetadata().getName());
                }
            }
            for (int lower = 0; lower < replicas; lower++) {
                String why = unhealthy(lower);
                if (why != null) {
                    violations.add("7: the controller deleted " + name + " while " + pod(lower) + " was " + why);
                }
            }
            Pod deleted = sim.api().get(Pod.class, Kinds.POD, NS, name);
            if (deleted != null && !Pods.isRunningAndReady(deleted)) {
                // an unhealthy pod goes only as the first unhealthy one; condemned pods that are gone do not count
                for (int lower = replicas; lower < ordinal; lower++) {
                    String why = unhealthy(lower);
                    if (why != null && !"missing".equals(why)) {
                        violations.add("7: the controller deleted the unhealthy " + name + " while " + pod(lower) + " was " + why);
                    }
                }
            }
        }

        // 8. The ReplicaSet controller creates only while it has fewer active pods than replicas and deletes only
        // while it has more (each event is recorded right after its request, on the state the controller acted on).
        private void checkReplicaSetEvent(Event e) {
            ReplicaSet rs = sim.api().get(ReplicaSet.class, Kinds.REPLICA_SET, CATTLE, RS);
            if (rs == null) {
                return;
            }
            long active = sim.api().list(Pod.class, Kinds.POD, CATTLE).stream()
                    .filter(p -> !Pods.isTerminating(p) && !Pods.isTerminal(p))
                    .filter(p -> p.getMetadata().getOwnerReferences().stream()
                            .anyMatch(r -> rs.getMetadata().getUid().equals(r.getUid())))
                    .count();
            int replicas = rs.getSpec().getReplicas();
            if ("SuccessfulCreate".equals(e.getReason()) && active > replicas) {
                violations.add("8: " + e.getMessage() + " left " + active + " active pods for " + replicas + " replicas");
            }
            if ("SuccessfulDelete".equals(e.getReason()) && active < replicas) {
                violations.add("8: " + e.getMessage() + " left " + active + " active pods for " + replicas + " replicas");
            }
        }

        private int replicas() {
            StatefulSet set = sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, NS, SET);
            return set == null ? 0 : set.getSpec().getReplicas();
        }

        /** Why kubia-ordinal does not count as healthy for OrderedReady, or null when it does. */
        private String unhealthy(int ordinal) {
            Pod pod = sim.api().get(Pod.class, Kinds.POD, NS, pod(ordinal));
            return pod == null ? "missing"
                    : Pods.isTerminating(pod) ? "terminating"
                    : !Pods.isRunningAndReady(pod) ? "not Running and Ready (" + Pods.phase(pod) + ")"
                    : null;
        }

        private String report(String when) {
            return "invariant violated at " + time() + ", " + when + ":\n  " + String.join("\n  ", violations)
                    + "\nactions:\n  " + String.join("\n  ", trace) + "\nstate:\n" + state();
        }

        private String state() {
            StringBuilder sb = new StringBuilder();
            for (Pod p : sim.api().list(Pod.class, Kinds.POD, NS)) {
                sb.append(String.format("  pod %s uid %.8s on %s %s%s%s%n", p.getMetadata().getName(), p.getMetadata().getUid(),
                        Pods.nodeName(p), Pods.phase(p), Pods.isReady(p) ? " Ready" : "",
                        Pods.isTerminating(p) ? " Terminating(" + p.getMetadata().getDeletionGracePeriodSeconds() + "s)" : ""));
            }
            for (Kubelet k : kubelets.get()) {
                sb.append(String.format("  kubelet %s %s runs %s orphans %s%n", k.nodeName(),
                        k.isConnected() ? "connected" : "DISCONNECTED", k.runningContainers(), k.orphanedContainers()));
            }
            for (PersistentVolumeClaim c : sim.api().list(PersistentVolumeClaim.class, Kinds.PVC, NS)) {
                sb.append(String.format("  pvc %s %s %s%n", c.getMetadata().getName(), c.getStatus().getPhase(),
                        c.getSpec().getVolumeName()));
            }
            return sb.toString();
        }
    }

    // ---- the checker catches what it should (real clusters, deliberately broken by hand) ----

    private static Checker watching(Simulation sim, boolean orderedReady) {
        Checker checker = new Checker(sim, orderedReady, sim::kubelets, new ArrayList<>());
        checker.attach();
        return checker;
    }

    @Example
    void aSecondKubeletRunningTheSamePodIsCaught() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        // a split-brain kubelet for an existing node: it starts every pod bound there a second time
        Kubelet rogue = new Kubelet(sim.context(), "minikube-m02", 42, false);
        sim.watch(rogue::onWatch);
        sim.actions().scale(NS, SET, 3);
        Checker checker = new Checker(sim, true, () -> Stream.concat(sim.kubelets().stream(), Stream.of(rogue)).toList(),
                new ArrayList<>());
        checker.attach();
        assertThatThrownBy(() -> sim.runFor(Duration.ofMinutes(1)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("live containers of default/kubia-");
    }

    @Example
    void theOrphanOfAForceDeleteOnACutOffNodeIsToleratedUntilTheKubeletIsBack() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        Checker checker = watching(sim, true);
        sim.runFor(Duration.ofSeconds(30));
        String node = Pods.nodeName(sim.actions().pod(NS, "kubia-0"));
        sim.actions().disconnectNode(node);
        sim.runFor(Duration.ofSeconds(60)); // NotReady and tainted: the replacement goes elsewhere
        sim.actions().forceDeletePod(NS, "kubia-0");
        sim.runFor(Duration.ofSeconds(30));
        assertThat(sim.kubelet(node).orphanedContainers()).containsExactly("default/kubia-0");
        assertThat(Pods.isRunningAndReady(sim.actions().pod(NS, "kubia-0"))).isTrue();
        assertThat(checker.cutOffOrphanSeen).isTrue();
        sim.actions().reconnectNode(node);
        checker.check("after the reconnect"); // two live kubia-0 now, tolerated for the kubelet's reaction time
        assertThat(checker.connectedOrphanSeen).isTrue();
        sim.runFor(Duration.ofSeconds(5));
        assertThat(sim.kubelet(node).orphanedContainers()).isEmpty();
    }

    @Example
    void aPodCreatedOutOfOrderIsCaught() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        Checker checker = watching(sim, true);
        sim.runFor(Duration.ofSeconds(1)); // kubia-0 exists, not yet Running
        Pod kubia1 = Copies.copy(sim.actions().pod(NS, "kubia-0"));
        kubia1.getMetadata().setName("kubia-1");
        kubia1.getSpec().getVolumes().get(0).getPersistentVolumeClaim().setClaimName("data-kubia-1");
        sim.api().create(kubia1);
        assertThatThrownBy(() -> checker.check("after a hand-made create")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("3: kubia-1 was created while kubia-0 was not Running and Ready");
    }

    @Example
    void aDeletedClaimAndAForeignMountAreCaught() {
        Simulation sim = cluster(1, Profile.BOOK, PARALLEL);
        Checker checker = watching(sim, false);
        sim.runFor(Duration.ofSeconds(30));
        sim.api().delete(Kinds.PVC, NS, "data-kubia-1");
        Pod kubia0 = Copies.copy(sim.actions().pod(NS, "kubia-0"));
        kubia0.getSpec().getVolumes().get(0).getPersistentVolumeClaim().setClaimName("data-kubia-1");
        sim.api().update(kubia0);
        assertThatThrownBy(() -> checker.check("after hand-made writes")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("2: claim data-kubia-1 (was bound to pvc-")
                .hasMessageContaining("is being deleted")
                .hasMessageContaining("4: kubia-0 mounts [data-kubia-1]");
    }

    @Example
    void aPodReportedRunningThatRunsNowhereIsCaught() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        sim.runFor(Duration.ofSeconds(30));
        Kubelet kubelet = sim.kubelet(Pods.nodeName(sim.actions().pod(NS, "kubia-0")));
        // the checker is told about a kubelet whose runtime is empty but which claims the node of kubia-0
        Kubelet amnesiac = new Kubelet(sim.context(), kubelet.nodeName(), 43, false);
        Checker checker = new Checker(sim, true, () -> sim.kubelets().stream().map(k -> k == kubelet ? amnesiac : k).toList(),
                new ArrayList<>());
        checker.attach();
        assertThatThrownBy(() -> sim.runFor(Duration.ofSeconds(5))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("6: default/kubia-0 has been Running and Ready on " + kubelet.nodeName());
    }

    @Example
    void anOutOfOrderScaleDownIsCaught() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        sim.actions().scale(NS, SET, 3);
        sim.runFor(Duration.ofSeconds(30));
        Checker checker = watching(sim, true);
        // what the controller would record had it deleted kubia-1 before kubia-2
        sim.context().events().normal(sim.api().get(StatefulSet.class, Kinds.STATEFUL_SET, NS, SET), "statefulset-controller",
                "SuccessfulDelete", "delete Pod kubia-1 in StatefulSet kubia successful");
        assertThatThrownBy(() -> checker.check("after a hand-made event")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("7: the controller deleted kubia-1 while the set wants ordinals 0..2")
                .hasMessageContaining("7: the controller deleted kubia-1 before kubia-2");
    }

    @Example
    void aReplicaSetCreatingBeyondItsReplicasIsCaught() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        sim.api().create(new ReplicaSetBuilder(REPLICA_SET).editSpec().withReplicas(1).endSpec().build());
        sim.runFor(Duration.ofSeconds(10));
        Checker checker = watching(sim, true);
        sim.actions().scaleReplicaSet(CATTLE, RS, 0);
        // what the controller would record had it created a pod on the scaled-down set
        sim.context().events().normal(sim.api().get(ReplicaSet.class, Kinds.REPLICA_SET, CATTLE, RS), "replicaset-controller",
                "SuccessfulCreate", "Created pod: kubia-rs-zzzzz");
        assertThatThrownBy(() -> checker.check("after a hand-made event")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("8: Created pod: kubia-rs-zzzzz left 1 active pods for 0 replicas");
    }

    /** Guards the generator's own rules, so that a change to it cannot silently drop one. */
    @Property(tries = 200, seed = "1035")
    void scenariosAreShortAndDeleteAtMostOneNode(@ForAll("scenarios") Scenario scenario) {
        assertThat(scenario.steps()).hasSizeBetween(3, 8);
        assertThat(scenario.steps().stream().filter(s -> s.action() instanceof DeleteNode).count()).isLessThanOrEqualTo(1);
        assertThat(scenario.steps()).allSatisfy(s -> assertThat(s.waitSeconds()).isBetween(0, 120));
    }

    // ---- the known bugs, as examples that pass once they are fixed ----

    @Example
    void aNewNodeIsDeliveredInResourceVersionOrder() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        List<String> delivered = new ArrayList<>();
        sim.watch(e -> delivered.add(e.kind() + " " + e.object().getMetadata().getResourceVersion()));
        sim.actions().addNode(null);
        assertThat(delivered).hasSizeGreaterThanOrEqualTo(2);
        assertThat(delivered.get(0)).startsWith("Node ");
    }

    @Example
    void aNodeReAddedUnderItsOldNameRunsThePodsStillBoundToIt() {
        Simulation sim = cluster(1, Profile.MODERN, ORDERED_READY);
        sim.runFor(Duration.ofSeconds(30));
        String node = Pods.nodeName(sim.actions().pod(NS, "kubia-0"));
        sim.actions().deleteNode(node);
        sim.actions().addNode(node);
        sim.runFor(Duration.ofSeconds(5));
        assertThat(sim.kubelet(node).runningContainers()).contains("default/kubia-0");
    }
}
