package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.describe.Go.num;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EphemeralContainer;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.api.model.PodReadinessGate;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code kubectl describe pod}: port of describe.go's {@code describePod} (kubectl 1.32).
 *
 * <p>Status is the phase, or "Terminating (lasts &lt;age of deletionTimestamp&gt;)" for a pod being deleted
 * that has not finished (Succeeded/Failed); this is not the STATUS column of {@code kubectl get}.
 */
public final class PodDescriber {

    private PodDescriber() {
    }

    /**
     * @param events the events about this pod (kubectl selects them by involvedObject); null omits the
     *               Events section, as {@code --show-events=false} does
     * @param now    the clock the ages are computed against
     */
    public static String describe(Pod pod, List<Event> events, Instant now) {
        Objects.requireNonNull(now, "now");
        PrefixWriter w = new PrefixWriter();
        ObjectMeta meta = GoZero.meta(pod);
        PodSpec spec = pod.getSpec() == null ? new PodSpec() : pod.getSpec();
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();

        w.write(LEVEL_0, "Name:\t" + str(meta.getName()) + "\n");
        w.write(LEVEL_0, "Namespace:\t" + str(meta.getNamespace()) + "\n");
        if (spec.getPriority() != null) {
            w.write(LEVEL_0, "Priority:\t" + spec.getPriority() + "\n");
        }
        if (!str(spec.getPriorityClassName()).isEmpty()) {
            w.write(LEVEL_0, "Priority Class Name:\t" + spec.getPriorityClassName() + "\n");
        }
        if (!str(spec.getRuntimeClassName()).isEmpty()) {
            w.write(LEVEL_0, "Runtime Class Name:\t" + spec.getRuntimeClassName() + "\n");
        }
        if (!str(spec.getServiceAccountName()).isEmpty()) {
            w.write(LEVEL_0, "Service Account:\t" + spec.getServiceAccountName() + "\n");
        }
        if (str(spec.getNodeName()).isEmpty()) {
            w.write(LEVEL_0, "Node:\t<none>\n");
        } else {
            w.write(LEVEL_0, "Node:\t" + spec.getNodeName() + "/" + str(status.getHostIP()) + "\n");
        }
        if (GoTime.parse(status.getStartTime()) != null) {
            w.write(LEVEL_0, "Start Time:\t" + GoTime.rfc1123z(status.getStartTime()) + "\n");
        }
        Multiline.labels(w, "Labels", meta.getLabels());
        Multiline.annotations(w, "Annotations", meta.getAnnotations());
        statusLines(w, meta, status, now);
        if (!str(status.getReason()).isEmpty()) {
            w.write(LEVEL_0, "Reason:\t" + status.getReason() + "\n");
        }
        if (!str(status.getMessage()).isEmpty()) {
            w.write(LEVEL_0, "Message:\t" + status.getMessage() + "\n");
        }
        SeccompProfile seccomp = spec.getSecurityContext() == null ? null : spec.getSecurityContext().getSeccompProfile();
        if (seccomp != null) {
            w.write(LEVEL_0, "SeccompProfile:\t" + str(seccomp.getType()) + "\n");
            if ("Localhost".equals(seccomp.getType())) {
                w.write(LEVEL_0, "LocalhostProfile:\t" + str(seccomp.getLocalhostProfile()) + "\n");
            }
        }
        w.write(LEVEL_0, "IP:\t" + str(status.getPodIP()) + "\n");
        podIps(w, status);
        String controlledBy = Go.printController(pod);
        if (!controlledBy.isEmpty()) {
            w.write(LEVEL_0, "Controlled By:\t" + controlledBy + "\n");
        }
        if (!str(status.getNominatedNodeName()).isEmpty()) {
            w.write(LEVEL_0, "NominatedNodeName:\t" + status.getNominatedNodeName() + "\n");
        }
        if (!list(spec.getInitContainers()).isEmpty()) {
            Containers.describe(w, "Init Containers", spec.getInitContainers(), status.getInitContainerStatuses(), pod, "");
        }
        Containers.describe(w, "Containers", spec.getContainers(), status.getContainerStatuses(), pod, "");
        if (!list(spec.getEphemeralContainers()).isEmpty()) {
            Containers.describe(w, "Ephemeral Containers", ephemeral(spec.getEphemeralContainers()),
                    status.getEphemeralContainerStatuses(), pod, "");
        }
        readinessGates(w, spec, status);
        conditions(w, status);
        Volumes.describe(w, spec.getVolumes(), "");
        w.write(LEVEL_0, "QoS Class:\t" + PodQos.of(pod) + "\n");
        Multiline.labels(w, "Node-Selectors", spec.getNodeSelector());
        Multiline.tolerations(w, "Tolerations", spec.getTolerations());
        TopologySpread.describe(w, spec.getTopologySpreadConstraints(), "");
        if (events != null) {
            EventsSection.write(w, events, now);
        }
        return w.render();
    }

    /**
     * "Status:" and, while terminating, "Termination Grace Period:". The API server always sets
     * deletionGracePeriodSeconds with deletionTimestamp (kubectl would panic without it); unset reads 0.
     */
    private static void statusLines(PrefixWriter w, ObjectMeta meta, PodStatus status, Instant now) {
        String phase = str(status.getPhase());
        if (GoTime.parse(meta.getDeletionTimestamp()) != null && !"Failed".equals(phase) && !"Succeeded".equals(phase)) {
            w.write(LEVEL_0, "Status:\tTerminating (lasts " + GoTime.since(meta.getDeletionTimestamp(), now) + ")\n");
            w.write(LEVEL_0, "Termination Grace Period:\t" + num(meta.getDeletionGracePeriodSeconds()) + "s\n");
        } else {
            w.write(LEVEL_0, "Status:\t" + phase + "\n");
        }
    }

    /** {@code describePodIPs}. */
    private static void podIps(PrefixWriter w, PodStatus status) {
        if (list(status.getPodIPs()).isEmpty()) {
            w.write(LEVEL_0, "IPs:\t<none>\n");
            return;
        }
        w.write(LEVEL_0, "IPs:\n");
        for (PodIP ip : status.getPodIPs()) {
            w.write(LEVEL_1, "IP:\t" + str(ip.getIp()) + "\n");
        }
    }

    private static void readinessGates(PrefixWriter w, PodSpec spec, PodStatus status) {
        if (list(spec.getReadinessGates()).isEmpty()) {
            return;
        }
        w.write(LEVEL_0, "Readiness Gates:\n  Type\tStatus\n");
        for (PodReadinessGate gate : spec.getReadinessGates()) {
            String value = "<none>";
            for (PodCondition c : list(status.getConditions())) {
                if (str(c.getType()).equals(str(gate.getConditionType()))) {
                    value = str(c.getStatus());
                    break;
                }
            }
            w.write(LEVEL_1, str(gate.getConditionType()) + " \t" + value + " \n");
        }
    }

    /** The trailing spaces after type and status are describe.go's ("%v \t%v \n"). */
    private static void conditions(PrefixWriter w, PodStatus status) {
        if (list(status.getConditions()).isEmpty()) {
            return;
        }
        w.write(LEVEL_0, "Conditions:\n  Type\tStatus\n");
        for (PodCondition c : status.getConditions()) {
            w.write(LEVEL_1, str(c.getType()) + " \t" + str(c.getStatus()) + " \n");
        }
    }

    private static List<Container> ephemeral(List<EphemeralContainer> containers) {
        List<Container> out = new ArrayList<>();
        for (EphemeralContainer e : containers) {
            Container c = new Container();
            c.setName(e.getName());
            c.setImage(e.getImage());
            c.setCommand(e.getCommand());
            c.setArgs(e.getArgs());
            c.setPorts(e.getPorts());
            c.setEnv(e.getEnv());
            c.setEnvFrom(e.getEnvFrom());
            c.setResources(e.getResources());
            c.setVolumeMounts(e.getVolumeMounts());
            c.setVolumeDevices(e.getVolumeDevices());
            c.setLivenessProbe(e.getLivenessProbe());
            c.setReadinessProbe(e.getReadinessProbe());
            c.setStartupProbe(e.getStartupProbe());
            c.setSecurityContext(e.getSecurityContext());
            out.add(c);
        }
        return out;
    }
}
