package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.ScheduledEvent;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Taint-based eviction ({@code pkg/controller/tainteviction/taint_eviction.go}), active in the modern profile.
 * A pod on a node with NoExecute taints it does not tolerate is deleted at once; one that tolerates them for a
 * while (the default 300 s) is deleted when the shortest toleration runs out, counted from when the controller
 * saw the taint. Deletion adds the DisruptionTarget condition, records TaintManagerEviction and deletes
 * gracefully. A fired key stays in the queue so the pod is not deleted twice (TimedWorkerQueue).
 */
public final class TaintEvictionController {
    private static final String COMPONENT = "taint-eviction-controller";
    private final SimContext ctx;
    private final ApiServer api;
    /** namespace/name -> pending timer, or null once fired. */
    private final TreeMap<String, ScheduledEvent> workers = new TreeMap<>();
    private final TreeMap<String, Long> createdAt = new TreeMap<>();

    public TaintEvictionController(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
    }

    public void onWatch(WatchEvent event) {
        if (!ctx.profile().has(Capability.TAINT_BASED_EVICTION)) {
            return;
        }
        if (event.object() instanceof Node node) {
            if (event.type() == WatchEvent.Type.DELETED) {
                return;
            }
            List<Taint> before = event.oldObject() == null ? List.of() : noExecute((Node) event.oldObject());
            List<Taint> after = noExecute(node);
            if (!before.equals(after)) {
                String name = node.getMetadata().getName();
                ctx.engine().schedule(ctx.timings().controllerLatency, Priority.TAINT_EVICTION, "taint-eviction node " + name,
                        () -> handleNode(name));
            }
        } else if (event.object() instanceof Pod pod) {
            String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
            if (event.type() == WatchEvent.Type.DELETED) {
                // handlePodUpdate on NotFound: cancelWorkWithEvent, so a pod deleted before its eviction (a force
                // delete) gets "Cancelling deletion"; one already evicted does not (its worker is spent)
                boolean pending = workers.get(key) != null;
                cancel(key, false);
                if (pending) {
                    ctx.events().normal(pod, COMPONENT, "TaintManagerEviction", "Cancelling deletion of Pod " + key);
                }
                return;
            }
            if (Pods.nodeName(pod) != null && (event.oldObject() == null || Pods.nodeName((Pod) event.oldObject()) == null
                    || !workers.containsKey(key))) {
                ctx.engine().schedule(ctx.timings().controllerLatency, Priority.TAINT_EVICTION, "taint-eviction pod " + key,
                        () -> handlePod(pod.getMetadata().getNamespace(), pod.getMetadata().getName()));
            }
        }
    }

    private static List<Taint> noExecute(Node node) {
        List<Taint> result = new ArrayList<>();
        for (Taint t : Taints.of(node)) {
            if ("NoExecute".equals(t.getEffect())) {
                result.add(t);
            }
        }
        return result;
    }

    /** The pending evictions by "namespace/pod", at the virtual millis their timers fire. */
    public java.util.Map<String, Long> pendingEvictions() {
        java.util.Map<String, Long> pending = new TreeMap<>();
        workers.forEach((key, timer) -> {
            if (timer != null && !timer.isCancelled()) {
                pending.put(key, timer.timeMillis());
            }
        });
        return pending;
    }

    private void handleNode(String nodeName) {
        Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
        List<Taint> taints = node == null ? List.of() : noExecute(node);
        for (Pod pod : api.podsOnNode(nodeName)) {
            processPodOnNode(pod, taints);
        }
    }

    private void handlePod(String namespace, String name) {
        Pod pod = api.get(Pod.class, Kinds.POD, namespace, name);
        if (pod == null || Pods.nodeName(pod) == null) {
            return;
        }
        Node node = api.get(Node.class, Kinds.NODE, null, Pods.nodeName(pod));
        processPodOnNode(pod, node == null ? List.of() : noExecute(node));
    }

    private void processPodOnNode(Pod pod, List<Taint> taints) {
        String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
        if (taints.isEmpty()) {
            cancel(key, true);
            return;
        }
        long minToleration = Long.MAX_VALUE;
        for (Taint taint : taints) {
            Toleration used = null;
            for (Toleration t : pod.getSpec().getTolerations()) {
                if (Taints.tolerates(t, taint)) {
                    used = t;
                    long seconds = t.getTolerationSeconds() == null ? Long.MAX_VALUE : Math.max(0, t.getTolerationSeconds());
                    minToleration = Math.min(minToleration, seconds);
                }
            }
            if (used == null) {
                // not tolerated: cancel any pending toleration timer (cancelWorkWithEvent), then evict at once
                cancel(key, true);
                schedule(key, 0);
                return;
            }
        }
        if (minToleration == Long.MAX_VALUE) {
            cancel(key, true);
            return;
        }
        long now = ctx.engine().nowMillis();
        long trigger = now + minToleration * 1000;
        if (workers.containsKey(key)) {
            Long start = createdAt.get(key);
            if (workers.get(key) == null || (start != null && start + minToleration * 1000 <= trigger)) {
                return; // already fired, or an earlier eviction stands
            }
            cancel(key, false);
        }
        schedule(key, trigger - now);
    }

    private void schedule(String key, long delay) {
        if (workers.containsKey(key) && workers.get(key) == null) {
            return;
        }
        createdAt.put(key, ctx.engine().nowMillis());
        workers.put(key, ctx.engine().schedule(delay, Priority.TAINT_EVICTION, "taint-evict " + key, () -> {
            workers.put(key, null);
            evict(key);
        }));
    }

    private void cancel(String key, boolean withEvent) {
        if (!workers.containsKey(key)) {
            return;
        }
        ScheduledEvent pending = workers.remove(key);
        createdAt.remove(key);
        if (pending != null) {
            pending.cancel();
            if (withEvent) {
                String[] parts = key.split("/", 2);
                Pod pod = api.get(Pod.class, Kinds.POD, parts[0], parts[1]);
                if (pod != null) {
                    ctx.events().normal(pod, COMPONENT, "TaintManagerEviction", "Cancelling deletion of Pod " + key);
                }
            }
        }
    }

    private void evict(String key) {
        String[] parts = key.split("/", 2);
        Pod pod = api.get(Pod.class, Kinds.POD, parts[0], parts[1]);
        if (pod == null) {
            return;
        }
        ctx.events().normal(pod, COMPONENT, "TaintManagerEviction", "Marking for deletion Pod " + key);
        if (Pods.condition(pod, "DisruptionTarget") == null) {
            Pod copy = Copies.copy(pod);
            List<PodCondition> conditions = new ArrayList<>(copy.getStatus().getConditions());
            conditions.add(new PodConditionBuilder().withType("DisruptionTarget").withStatus("True")
                    .withReason("DeletionByTaintManager").withMessage("Taint manager: deleting due to NoExecute taint")
                    .withLastTransitionTime(Timestamps.format(ctx.engine().now())).build());
            copy.getStatus().setConditions(conditions);
            api.update(copy);
        }
        api.delete(Kinds.POD, parts[0], parts[1]);
    }
}
