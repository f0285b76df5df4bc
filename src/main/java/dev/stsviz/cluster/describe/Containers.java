package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.print.GoZero.bool;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.describe.Go.num;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.orNone;
import static dev.stsviz.cluster.describe.Go.printBool;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_2;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_3;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.VolumeDevice;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * describe.go's {@code describeContainers} and its helpers: per container the IDs and image, ports,
 * command, state (pods only), resources, probes, environment and mounts.
 */
final class Containers {

    private Containers() {
    }

    /**
     * @param statuses the pod's statuses for these containers, or null for a pod template
     * @param pod      resolves fieldRef environment variables, or null for a pod template
     * @param space    "" for a pod, "  " inside "Pod Template:"
     */
    static void describe(PrefixWriter w, String label, List<Container> containers, List<ContainerStatus> statuses,
            Pod pod, String space) {
        Map<String, ContainerStatus> byName = new HashMap<>();
        for (ContainerStatus s : list(statuses)) {
            byName.put(str(s.getName()), s);
        }
        w.write(LEVEL_0, space + label + ":" + (list(containers).isEmpty() ? " <none>" : "") + "\n");
        for (Container c : list(containers)) {
            ContainerStatus status = byName.get(str(c.getName()));
            basicInfo(w, c, status, space);
            command(w, c);
            if (status != null) {
                state(w, status);
            }
            resources(w, c.getResources(), LEVEL_2);
            probes(w, c);
            if (!list(c.getEnvFrom()).isEmpty()) {
                envFrom(w, c);
            }
            env(w, c, pod);
            mounts(w, c);
        }
    }

    /** {@code describeContainerBasicInfo}. */
    private static void basicInfo(PrefixWriter w, Container c, ContainerStatus status, String space) {
        w.write(LEVEL_1, (space.isEmpty() ? "" : " ") + str(c.getName()) + ":\n");
        if (status != null) {
            w.write(LEVEL_2, "Container ID:\t" + str(status.getContainerID()) + "\n");
        }
        w.write(LEVEL_2, "Image:\t" + str(c.getImage()) + "\n");
        if (status != null) {
            w.write(LEVEL_2, "Image ID:\t" + str(status.getImageID()) + "\n");
        }
        String ports = ports(c.getPorts(), false);
        w.write(LEVEL_2, (ports.contains(",") ? "Ports:\t" : "Port:\t") + orNone(ports) + "\n");
        String hostPorts = ports(c.getPorts(), true);
        w.write(LEVEL_2, (hostPorts.contains(",") ? "Host Ports:\t" : "Host Port:\t") + orNone(hostPorts) + "\n");
        SeccompProfile seccomp = c.getSecurityContext() == null ? null : c.getSecurityContext().getSeccompProfile();
        if (seccomp != null) {
            w.write(LEVEL_2, "SeccompProfile:\t" + str(seccomp.getType()) + "\n");
            if ("Localhost".equals(seccomp.getType())) {
                w.write(LEVEL_3, "LocalhostProfile:\t" + str(seccomp.getLocalhostProfile()) + "\n");
            }
        }
    }

    /**
     * {@code describeContainerPorts} / {@code describeContainerHostPorts}: "8080/TCP, 8443/TCP". An unset
     * protocol is the API default TCP (the API server always fills it in).
     */
    static String ports(List<ContainerPort> ports, boolean host) {
        StringJoiner out = new StringJoiner(", ");
        for (ContainerPort p : list(ports)) {
            String protocol = str(p.getProtocol()).isEmpty() ? "TCP" : p.getProtocol();
            out.add((host ? num(p.getHostPort()) : num(p.getContainerPort())) + "/" + protocol);
        }
        return out.toString();
    }

    /** {@code describeContainerCommand}. */
    private static void command(PrefixWriter w, Container c) {
        if (!list(c.getCommand()).isEmpty()) {
            w.write(LEVEL_2, "Command:\n");
            for (String cmd : c.getCommand()) {
                for (String s : str(cmd).split("\n", -1)) {
                    w.write(LEVEL_3, s + "\n");
                }
            }
        }
        if (!list(c.getArgs()).isEmpty()) {
            w.write(LEVEL_2, "Args:\n");
            for (String arg : c.getArgs()) {
                for (String s : str(arg).split("\n", -1)) {
                    w.write(LEVEL_3, s + "\n");
                }
            }
        }
    }

    /** {@code describeContainerState}: State, Last State (only a terminated one), Ready, Restart Count. */
    private static void state(PrefixWriter w, ContainerStatus status) {
        describeState(w, "State", status.getState());
        if (status.getLastState() != null && status.getLastState().getTerminated() != null) {
            describeState(w, "Last State", status.getLastState());
        }
        w.write(LEVEL_2, "Ready:\t" + printBool(status.getReady()) + "\n");
        w.write(LEVEL_2, "Restart Count:\t" + num(status.getRestartCount()) + "\n");
    }

    /** {@code describeStatus}. */
    static void describeState(PrefixWriter w, String stateName, ContainerState state) {
        ContainerState s = state == null ? new ContainerState() : state;
        if (s.getRunning() != null) {
            w.write(LEVEL_2, stateName + ":\tRunning\n");
            w.write(LEVEL_3, "Started:\t" + GoTime.rfc1123z(s.getRunning().getStartedAt()) + "\n");
        } else if (s.getWaiting() != null) {
            w.write(LEVEL_2, stateName + ":\tWaiting\n");
            if (!str(s.getWaiting().getReason()).isEmpty()) {
                w.write(LEVEL_3, "Reason:\t" + s.getWaiting().getReason() + "\n");
            }
        } else if (s.getTerminated() != null) {
            ContainerStateTerminated t = s.getTerminated();
            w.write(LEVEL_2, stateName + ":\tTerminated\n");
            if (!str(t.getReason()).isEmpty()) {
                w.write(LEVEL_3, "Reason:\t" + t.getReason() + "\n");
            }
            if (!str(t.getMessage()).isEmpty()) {
                w.write(LEVEL_3, "Message:\t" + t.getMessage() + "\n");
            }
            w.write(LEVEL_3, "Exit Code:\t" + num(t.getExitCode()) + "\n");
            if (num(t.getSignal()) > 0) {
                w.write(LEVEL_3, "Signal:\t" + t.getSignal() + "\n");
            }
            w.write(LEVEL_3, "Started:\t" + GoTime.rfc1123z(t.getStartedAt()) + "\n");
            w.write(LEVEL_3, "Finished:\t" + GoTime.rfc1123z(t.getFinishedAt()) + "\n");
        } else {
            w.write(LEVEL_2, stateName + ":\tWaiting\n");
        }
    }

    /** {@code describeResources}: Limits then Requests, resource names sorted. */
    static void resources(PrefixWriter w, ResourceRequirements r, int level) {
        if (r == null) {
            return;
        }
        resourceList(w, "Limits", r.getLimits(), level);
        resourceList(w, "Requests", r.getRequests(), level);
    }

    private static void resourceList(PrefixWriter w, String title, Map<String, Quantity> list, int level) {
        if (list == null || list.isEmpty()) {
            return;
        }
        w.write(level, title + ":\n");
        for (Map.Entry<String, Quantity> e : new TreeMap<>(list).entrySet()) {
            w.write(level + 1, e.getKey() + ":\t" + GoQuantity.of(e.getValue()) + "\n");
        }
    }

    /** {@code describeContainerProbe}. */
    private static void probes(PrefixWriter w, Container c) {
        if (c.getLivenessProbe() != null) {
            w.write(LEVEL_2, "Liveness:\t" + Probes.describe(c.getLivenessProbe()) + "\n");
        }
        if (c.getReadinessProbe() != null) {
            w.write(LEVEL_2, "Readiness:\t" + Probes.describe(c.getReadinessProbe()) + "\n");
        }
        if (c.getStartupProbe() != null) {
            w.write(LEVEL_2, "Startup:\t" + Probes.describe(c.getStartupProbe()) + "\n");
        }
    }

    /** {@code describeContainerEnvFrom}. */
    private static void envFrom(PrefixWriter w, Container c) {
        w.write(LEVEL_2, "Environment Variables from:\n");
        for (EnvFromSource e : c.getEnvFrom()) {
            String from = "";
            String name = "";
            boolean optional = false;
            if (e.getConfigMapRef() != null) {
                from = "ConfigMap";
                name = str(e.getConfigMapRef().getName());
                optional = bool(e.getConfigMapRef().getOptional());
            } else if (e.getSecretRef() != null) {
                from = "Secret";
                name = str(e.getSecretRef().getName());
                optional = bool(e.getSecretRef().getOptional());
            }
            String prefix = str(e.getPrefix());
            String source = prefix.isEmpty() ? from : from + " with prefix '" + prefix + "'";
            w.write(LEVEL_3, name + "\t" + source + "\tOptional: " + optional + "\n");
        }
    }

    /** {@code describeContainerEnvVars}. */
    private static void env(PrefixWriter w, Container c, Pod pod) {
        w.write(LEVEL_2, "Environment:" + (list(c.getEnv()).isEmpty() ? "\t<none>" : "") + "\n");
        for (EnvVar e : list(c.getEnv())) {
            EnvVarSource from = e.getValueFrom();
            if (from == null) {
                String[] lines = str(e.getValue()).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    w.write(LEVEL_3, (i == 0 ? str(e.getName()) + ":" : "") + "\t" + lines[i] + "\n");
                }
            } else if (from.getFieldRef() != null) {
                String value = pod == null ? "" : EnvValues.fieldRef(pod, e);
                w.write(LEVEL_3, str(e.getName()) + ":\t" + value + " (" + str(from.getFieldRef().getApiVersion())
                        + ":" + str(from.getFieldRef().getFieldPath()) + ")\n");
            } else if (from.getResourceFieldRef() != null) {
                String value = EnvValues.resourceFieldRef(from.getResourceFieldRef(), c);
                String resource = str(from.getResourceFieldRef().getResource());
                if ("0".equals(value) && ("limits.cpu".equals(resource) || "limits.memory".equals(resource))) {
                    value = "node allocatable";
                }
                w.write(LEVEL_3, str(e.getName()) + ":\t" + value + " (" + resource + ")\n");
            } else if (from.getSecretKeyRef() != null) {
                w.write(LEVEL_3, str(e.getName()) + ":\t<set to the key '" + str(from.getSecretKeyRef().getKey())
                        + "' in secret '" + str(from.getSecretKeyRef().getName()) + "'>\tOptional: "
                        + bool(from.getSecretKeyRef().getOptional()) + "\n");
            } else if (from.getConfigMapKeyRef() != null) {
                w.write(LEVEL_3, str(e.getName()) + ":\t<set to the key '" + str(from.getConfigMapKeyRef().getKey())
                        + "' of config map '" + str(from.getConfigMapKeyRef().getName()) + "'>\tOptional: "
                        + bool(from.getConfigMapKeyRef().getOptional()) + "\n");
            }
        }
    }

    /** {@code describeContainerVolumes}: mounts sorted by path, "(ro)"/"(rw)" plus a subPath. */
    private static void mounts(PrefixWriter w, Container c) {
        String none = list(c.getVolumeMounts()).isEmpty() ? "\t<none>" : "";
        w.write(LEVEL_2, "Mounts:" + none + "\n");
        List<VolumeMount> mounts = new ArrayList<>(list(c.getVolumeMounts()));
        mounts.sort(Comparator.comparing(m -> str(m.getMountPath())));
        for (VolumeMount m : mounts) {
            String flags = bool(m.getReadOnly()) ? "ro" : "rw";
            if (!str(m.getSubPath()).isEmpty()) {
                flags += ",path=" + Go.quote(m.getSubPath());
            }
            w.write(LEVEL_3, str(m.getMountPath()) + " from " + str(m.getName()) + " (" + flags + ")\n");
        }
        if (!list(c.getVolumeDevices()).isEmpty()) {
            // describe.go reuses the mounts' "none" here
            w.write(LEVEL_2, "Devices:" + none + "\n");
            List<VolumeDevice> devices = new ArrayList<>(c.getVolumeDevices());
            devices.sort(Comparator.comparing(d -> str(d.getDevicePath())));
            for (VolumeDevice d : devices) {
                w.write(LEVEL_3, str(d.getDevicePath()) + " from " + str(d.getName()) + "\n");
            }
        }
    }
}
