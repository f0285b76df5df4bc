package dev.stsviz.live;

import dev.stsviz.cluster.ActionException;
import dev.stsviz.cluster.ClusterActions;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The live source's actions as the window sees them: a write is refused with a clear message while the server is
 * lost (the picture is stale, so the user would act on a past that may no longer be true), and {@link #allowed}
 * answers from the access review so only the buttons this user may use are enabled. Node faults run on this
 * machine, not through the API, so an outage does not stop them.
 */
final class CheckedActions implements ClusterActions {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final ClusterActions inner;
    private final Supplier<Instant> lostAt;
    private final Predicate<Verb> allowed;

    CheckedActions(ClusterActions inner, Supplier<Instant> lostAt, Predicate<Verb> allowed) {
        this.inner = inner;
        this.lostAt = lostAt;
        this.allowed = allowed;
    }

    ClusterActions inner() {
        return inner;
    }

    private void refuseIfLost(String what) {
        Instant lost = lostAt.get();
        if (lost != null) {
            throw new ActionException("connection lost at " + CLOCK.format(lost.atZone(ZoneId.systemDefault()))
                    + ": " + what + " not sent; the cluster cannot be changed until the API server answers again");
        }
    }

    @Override
    public boolean allowed(Verb verb) {
        return inner.allowed(verb) && allowed.test(verb);
    }

    @Override
    public void scale(String namespace, String statefulSet, int replicas) {
        refuseIfLost("scale");
        inner.scale(namespace, statefulSet, replicas);
    }

    @Override
    public void deletePod(String namespace, String pod) {
        refuseIfLost("delete");
        inner.deletePod(namespace, pod);
    }

    @Override
    public void forceDeletePod(String namespace, String pod) {
        refuseIfLost("delete --force");
        inner.forceDeletePod(namespace, pod);
    }

    @Override
    public void cordon(String node) {
        refuseIfLost("cordon");
        inner.cordon(node);
    }

    @Override
    public void uncordon(String node) {
        refuseIfLost("uncordon");
        inner.uncordon(node);
    }

    @Override
    public void disconnectNode(String node) {
        inner.disconnectNode(node);
    }

    @Override
    public void reconnectNode(String node) {
        inner.reconnectNode(node);
    }

    @Override
    public List<String> apply(List<HasMetadata> objects) {
        refuseIfLost("apply");
        return inner.apply(objects);
    }
}
