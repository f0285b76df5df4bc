package dev.stsviz.console;

import dev.stsviz.cluster.Pods;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.cluster.print.PvcPrinter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;

/**
 * The states {@code sim wait-until TYPE/NAME STATE} waits for, shared with anything else that waits on the same words
 * (lessons): what kubectl prints in STATUS (Running, Terminating, Unknown, Bound, NotReady...), Ready (a pod Running
 * and Ready), NotReady (a pod that is not ready), Gone (no such object) and Present (any object of that name).
 */
public final class ObjectStates {
    private ObjectStates() {
    }

    /** The object's state in the terms {@code wanted} is written in; null objects are "Gone". */
    public static String stateOf(HasMetadata object, String wanted) {
        if (object == null) {
            return "Gone";
        }
        if ("Present".equalsIgnoreCase(wanted)) {
            return "Present";
        }
        if (object instanceof Pod pod) {
            if (wanted.equalsIgnoreCase("Ready")) {
                return Pods.isRunningAndReady(pod) && !Pods.isTerminating(pod) ? "Ready" : PodPrinter.status(pod);
            }
            if (wanted.equalsIgnoreCase("NotReady")) {
                // its node was lost: the node controller marks the pod not ready long before it is evicted
                return Pods.isReady(pod) ? PodPrinter.status(pod) : "NotReady";
            }
            return PodPrinter.status(pod);
        }
        if (object instanceof Node node) {
            return NodePrinter.status(node);
        }
        if (object instanceof PersistentVolumeClaim pvc) {
            return PvcPrinter.status(pvc);
        }
        return "Present";
    }

    /** Whether the object is in the wanted state (ignoring case, as wait-until does). */
    public static boolean is(HasMetadata object, String wanted) {
        return wanted.equalsIgnoreCase(stateOf(object, wanted));
    }
}
