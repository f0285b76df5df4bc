package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Nodes;
import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.context.Profile.Capability;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * PodGC ({@code pkg/controller/podgc/gc_controller.go}), every 20 s: force-deletes pods bound to a Node that
 * has been gone for the 40 s quarantine, terminating pods on a NotReady node with the
 * {@code node.kubernetes.io/out-of-service} taint (non-graceful node shutdown), and terminating pods that were
 * never scheduled.
 */
public final class PodGarbageCollector {
    private final SimContext ctx;
    private final ApiServer api;
    private final TreeMap<String, Long> nodeMissingSince = new TreeMap<>();

    public PodGarbageCollector(SimContext ctx) {
        this.ctx = ctx;
        this.api = ctx.api();
    }

    public void start() {
        ctx.engine().schedule(ctx.timings().podGcPeriod, Priority.GC, "podgc", this::gc);
    }

    private void gc() {
        long now = ctx.engine().nowMillis();
        for (Pod pod : api.list(Pod.class, Kinds.POD, null)) {
            String nodeName = Pods.nodeName(pod);
            if (nodeName == null) {
                if (Pods.isTerminating(pod)) {
                    forceDelete(pod, null);
                }
                continue;
            }
            Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
            if (node == null) {
                long since = nodeMissingSince.computeIfAbsent(nodeName, n -> now);
                if (now - since >= ctx.timings().orphanPodQuarantine) {
                    forceDelete(pod, "PodGC: node no longer exists");
                }
                continue;
            }
            nodeMissingSince.remove(nodeName);
            // non-graceful node shutdown is GA from 1.28 (alpha and off in the book's 1.24)
            if (ctx.profile().has(Capability.NON_GRACEFUL_NODE_SHUTDOWN) && Pods.isTerminating(pod)
                    && Taints.hasKey(node, Taints.OUT_OF_SERVICE) && !Nodes.isReady(node)) {
                forceDelete(pod, null); // gcTerminating: markFailedAndDeletePod, no condition
            }
        }
        ctx.engine().schedule(ctx.timings().podGcPeriod, Priority.GC, "podgc", this::gc);
    }

    /**
     * markFailedAndDeletePodWithCondition: a pod that is not terminal yet is first patched to phase Failed (with the
     * DisruptionTarget condition when one is given, replacing an earlier one), then deleted with grace 0.
     */
    private void forceDelete(Pod pod, String disruptionMessage) {
        if (!Pods.isTerminal(pod)) {
            Pod copy = Copies.copy(pod);
            copy.getStatus().setPhase("Failed");
            if (disruptionMessage != null) {
                List<PodCondition> conditions = new ArrayList<>();
                for (PodCondition c : copy.getStatus().getConditions()) {
                    if (!"DisruptionTarget".equals(c.getType())) {
                        conditions.add(c);
                    }
                }
                conditions.add(new PodConditionBuilder().withType("DisruptionTarget").withStatus("True")
                        .withReason("DeletionByPodGC").withMessage(disruptionMessage)
                        .withLastTransitionTime(Timestamps.format(ctx.engine().now())).build());
                copy.getStatus().setConditions(conditions);
            }
            api.update(copy);
        }
        api.delete(Kinds.POD, pod.getMetadata().getNamespace(), pod.getMetadata().getName(), 0L);
    }
}
