package dev.stsviz.sim;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Resources;
import dev.stsviz.sim.apiserver.ApiException;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.context.Profile;
import dev.stsviz.sim.kubelet.Kubelet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a user can do to the simulated cluster. Each call takes effect at the current virtual time; the
 * controllers react from there. Must be called on the simulation's thread.
 */
public final class SimulationActions implements ClusterActions {
    private final Simulation sim;
    private final ApiServer api;
    private final ActionLog log;

    SimulationActions(Simulation sim) {
        this.sim = sim;
        this.api = sim.api();
        this.log = sim.log();
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        log.run("scale " + statefulSet + " to " + replicas, s -> s.actions().scale(namespace, statefulSet, replicas),
                () -> scaleNow(namespace, statefulSet, replicas));
    }

    private void scaleNow(String namespace, String statefulSet, int replicas) {
        if (replicas < 0) {
            throw new ActionException("error: replicas must be >= 0: " + replicas);
        }
        StatefulSet set = api.require(StatefulSet.class, Kinds.STATEFUL_SET, namespace, statefulSet);
        StatefulSet copy = Copies.copy(set);
        copy.getSpec().setReplicas(replicas);
        api.update(copy);
    }

    /** kubectl scale rs NAME --replicas=N: the ReplicaSet's spec.replicas. */
    public void scaleReplicaSet(String namespace, String replicaSet, int replicas) {
        log.run("scale rs " + replicaSet + " to " + replicas, s -> s.actions().scaleReplicaSet(namespace, replicaSet, replicas), () -> {
            if (replicas < 0) {
                throw new ActionException("error: replicas must be >= 0: " + replicas);
            }
            ReplicaSet rs = api.require(ReplicaSet.class, Kinds.REPLICA_SET, namespace, replicaSet);
            ReplicaSet copy = Copies.copy(rs);
            copy.getSpec().setReplicas(replicas);
            api.update(copy);
        });
    }

    @Override
    public void deletePod(String namespace, String pod) {
        log.run("delete pod " + pod, s -> s.actions().deletePod(namespace, pod), () -> api.delete(Kinds.POD, namespace, pod));
    }

    @Override
    public void forceDeletePod(String namespace, String pod) {
        log.run("force delete pod " + pod, s -> s.actions().forceDeletePod(namespace, pod), () -> api.delete(Kinds.POD, namespace, pod, 0L));
    }

    /** Deletes any object with its default grace period (kubectl delete KIND NAME). */
    public void delete(String kind, String namespace, String name, Long gracePeriodSeconds) {
        log.run("delete " + kind + " " + name, s -> s.actions().delete(kind, namespace, name, gracePeriodSeconds), () -> {
            if (Kinds.NODE.equals(kind)) {
                deleteNode(name);
            } else {
                api.delete(kind, namespace, name, gracePeriodSeconds);
            }
        });
    }

    @Override
    public void cordon(String node) {
        log.run("cordon " + node, s -> s.actions().cordon(node), () -> setUnschedulable(node, true));
    }

    @Override
    public void uncordon(String node) {
        log.run("uncordon " + node, s -> s.actions().uncordon(node), () -> setUnschedulable(node, false));
    }

    private void setUnschedulable(String nodeName, boolean value) {
        Node node = api.require(Node.class, Kinds.NODE, null, nodeName);
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable()) == value) {
            return;
        }
        Node copy = Copies.copy(node);
        copy.getSpec().setUnschedulable(value ? Boolean.TRUE : null);
        api.update(copy);
    }

    @Override
    public void disconnectNode(String node) {
        log.run("disconnect " + node, s -> s.actions().disconnectNode(node), () -> kubelet(node).disconnect());
    }

    @Override
    public void reconnectNode(String node) {
        log.run("reconnect " + node, s -> s.actions().reconnectNode(node), () -> kubelet(node).reconnect());
    }

    /** The machine is gone: its kubelet stops and the Node object is deleted (PodGC then removes its pods). */
    public void deleteNode(String node) {
        log.run("delete node " + node, s -> s.actions().deleteNode(node), () -> deleteNodeNow(node));
    }

    private void deleteNodeNow(String node) {
        api.require(Node.class, Kinds.NODE, null, node);
        sim.removeKubelet(node);
        api.delete(Kinds.NODE, null, node);
        if (api.get(HasMetadata.class, Kinds.LEASE, "kube-node-lease", node) != null) {
            api.delete(Kinds.LEASE, "kube-node-lease", node);
        }
    }

    public String addNode(String name) {
        return sim.addNode(name);
    }

    public void setProfile(Profile profile) {
        log.run("profile " + profile.id(), s -> s.actions().setProfile(profile), () -> sim.setProfile(profile));
    }

    private Kubelet kubelet(String node) {
        Kubelet kubelet = sim.kubelet(node);
        if (kubelet == null) {
            throw ApiException.notFound(Kinds.NODE, node);
        }
        return kubelet;
    }

    /**
     * kubectl apply: creates missing objects, replaces the spec (and labels, annotations) of existing ones and
     * keeps their status. Returns kubectl's lines.
     */
    @Override
    public List<String> apply(List<HasMetadata> objects) {
        List<HasMetadata> asGiven = objects.stream().map(Copies::copy).toList(); // the caller may change its objects later
        return log.run("apply " + objects.size() + " objects", s -> s.actions().apply(asGiven.stream().map(Copies::copy).toList()),
                () -> applyNow(objects));
    }

    private List<String> applyNow(List<HasMetadata> objects) {
        List<String> lines = new ArrayList<>();
        for (HasMetadata object : objects) {
            String kind = object.getKind();
            String namespace = Kinds.isClusterScoped(kind) ? null
                    : object.getMetadata().getNamespace() == null ? "default" : object.getMetadata().getNamespace();
            String name = object.getMetadata().getName();
            String prefix = Resources.singular(kind) + "/" + name;
            HasMetadata existing = api.get(HasMetadata.class, kind, namespace, name);
            if (existing == null) {
                api.create(object);
                lines.add(prefix + " created");
                continue;
            }
            HasMetadata merged = ApplyMerge.withSpecOf(existing, object);
            if (Objects.equals(merged, existing)) {
                lines.add(prefix + " unchanged");
            } else {
                api.update(merged);
                lines.add(prefix + " configured");
            }
        }
        return lines;
    }


    public Pod pod(String namespace, String name) {
        return api.get(Pod.class, Kinds.POD, namespace, name);
    }
}
