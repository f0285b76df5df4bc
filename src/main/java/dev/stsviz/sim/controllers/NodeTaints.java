package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Adds and removes controller-managed taints on a node ({@code controller_utils.go} SwapNodeControllerTaint). */
final class NodeTaints {
    private NodeTaints() {
    }

    /** Makes the node carry exactly {@code wanted} among the taints with the given keys and effect. */
    static boolean reconcile(ApiServer api, String nodeName, List<String> managedKeys, String effect, List<String> wanted, Instant now) {
        Node node = api.get(Node.class, Kinds.NODE, null, nodeName);
        if (node == null) {
            return false;
        }
        List<Taint> result = new ArrayList<>();
        boolean changed = false;
        for (Taint t : Taints.of(node)) {
            boolean managed = managedKeys.contains(t.getKey()) && effect.equals(t.getEffect());
            if (managed && !wanted.contains(t.getKey())) {
                changed = true;
                continue;
            }
            result.add(t);
        }
        for (String key : wanted) {
            if (!Taints.has(node, key, effect)) {
                result.add(new io.fabric8.kubernetes.api.model.TaintBuilder().withEffect(effect).withKey(key)
                        .withTimeAdded("NoExecute".equals(effect) ? Timestamps.format(now) : null).build());
                changed = true;
            }
        }
        if (changed) {
            Node copy = Copies.copy(node);
            copy.getSpec().setTaints(result);
            api.update(copy);
        }
        return changed;
    }
}
