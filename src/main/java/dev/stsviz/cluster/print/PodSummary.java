package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.bool;
import static dev.stsviz.cluster.print.GoZero.deleting;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The READY / STATUS / RESTARTS computation of kubectl's {@code printPod}
 * ({@code pkg/printers/internalversion/printers.go}, kubectl 1.31), ported statement by statement.
 * Kept apart from {@link PodPrinter} because the three columns come out of one intertwined loop.
 *
 * @param readyContainers ready regular containers plus started-and-ready sidecars
 * @param totalContainers regular containers plus restartable ("sidecar") init containers
 * @param reason          the STATUS column
 * @param restarts        restart count as kubectl sums it
 * @param lastRestart     latest {@code lastState.terminated.finishedAt} that counted, or null
 */
public record PodSummary(int readyContainers, int totalContainers, String reason, int restarts, Instant lastRestart) {

    /** kubelet's {@code NodeUnreachablePodReason} ({@code pkg/util/node}). */
    static final String NODE_LOST = "NodeLost";

    public static PodSummary of(Pod pod) {
        PodSpec spec = pod.getSpec() == null ? new PodSpec() : pod.getSpec();
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();

        int restarts = 0;
        int restartableInitContainerRestarts = 0;
        int totalContainers = list(spec.getContainers()).size();
        int readyContainers = 0;
        Instant lastRestartDate = null;
        Instant lastRestartableInitContainerRestartDate = null;

        String podPhase = str(status.getPhase());
        String reason = podPhase;
        if (!str(status.getReason()).isEmpty()) {
            reason = status.getReason();
        }

        // A Pod carrying {type: PodScheduled, reason: SchedulingGated} shows "SchedulingGated".
        for (PodCondition condition : list(status.getConditions())) {
            if ("PodScheduled".equals(condition.getType()) && "SchedulingGated".equals(condition.getReason())) {
                reason = "SchedulingGated";
            }
        }

        Map<String, Container> initContainers = new HashMap<>();
        for (Container c : list(spec.getInitContainers())) {
            initContainers.put(str(c.getName()), c);
            if (isRestartableInitContainer(c)) {
                totalContainers++;
            }
        }

        boolean initializing = false;
        List<ContainerStatus> initStatuses = list(status.getInitContainerStatuses());
        for (int i = 0; i < initStatuses.size(); i++) {
            ContainerStatus container = initStatuses.get(i);
            restarts += num(container.getRestartCount());
            lastRestartDate = later(lastRestartDate, lastTerminationFinishedAt(container));
            boolean restartable = isRestartableInitContainer(initContainers.get(str(container.getName())));
            if (restartable) {
                restartableInitContainerRestarts += num(container.getRestartCount());
                lastRestartableInitContainerRestartDate =
                        later(lastRestartableInitContainerRestartDate, lastTerminationFinishedAt(container));
            }
            ContainerStateTerminated terminated = terminated(container.getState());
            ContainerStateWaiting waiting = waiting(container.getState());
            if (terminated != null && num(terminated.getExitCode()) == 0) {
                continue;
            } else if (restartable && bool(container.getStarted())) {
                if (bool(container.getReady())) {
                    readyContainers++;
                }
                continue;
            } else if (terminated != null) {
                // initialization failed
                if (str(terminated.getReason()).isEmpty()) {
                    reason = num(terminated.getSignal()) != 0
                            ? "Init:Signal:" + num(terminated.getSignal())
                            : "Init:ExitCode:" + num(terminated.getExitCode());
                } else {
                    reason = "Init:" + terminated.getReason();
                }
                initializing = true;
            } else if (waiting != null && !str(waiting.getReason()).isEmpty()
                    && !"PodInitializing".equals(waiting.getReason())) {
                reason = "Init:" + waiting.getReason();
                initializing = true;
            } else {
                reason = "Init:" + i + "/" + list(spec.getInitContainers()).size();
                initializing = true;
            }
            break;
        }

        if (!initializing || isPodInitializedConditionTrue(status)) {
            restarts = restartableInitContainerRestarts;
            lastRestartDate = lastRestartableInitContainerRestartDate;
            boolean hasRunning = false;
            List<ContainerStatus> statuses = list(status.getContainerStatuses());
            for (int i = statuses.size() - 1; i >= 0; i--) {
                ContainerStatus container = statuses.get(i);
                restarts += num(container.getRestartCount());
                lastRestartDate = later(lastRestartDate, lastTerminationFinishedAt(container));
                ContainerStateTerminated terminated = terminated(container.getState());
                ContainerStateWaiting waiting = waiting(container.getState());
                boolean running = container.getState() != null && container.getState().getRunning() != null;
                if (waiting != null && !str(waiting.getReason()).isEmpty()) {
                    reason = waiting.getReason();
                } else if (terminated != null && !str(terminated.getReason()).isEmpty()) {
                    reason = terminated.getReason();
                } else if (terminated != null) {
                    reason = num(terminated.getSignal()) != 0
                            ? "Signal:" + num(terminated.getSignal())
                            : "ExitCode:" + num(terminated.getExitCode());
                } else if (bool(container.getReady()) && running) {
                    hasRunning = true;
                    readyContainers++;
                }
            }

            // Change pod status back to "Running" if at least one container still reports running.
            if ("Completed".equals(reason) && hasRunning) {
                reason = hasPodReadyCondition(status) ? "Running" : "NotReady";
            }
        }

        if (deleting(pod) && NODE_LOST.equals(status.getReason())) {
            reason = "Unknown";
        } else if (deleting(pod) && !("Succeeded".equals(podPhase) || "Failed".equals(podPhase))) {
            reason = "Terminating";
        }

        return new PodSummary(readyContainers, totalContainers, reason, restarts, lastRestartDate);
    }

    /** READY column: {@code fmt.Sprintf("%d/%d", readyContainers, totalContainers)}. */
    public String ready() {
        return readyContainers + "/" + totalContainers;
    }

    /** RESTARTS column: "5", or "5 (3m ago)" once a restart time is known. */
    public String restarts(Instant now) {
        if (restarts != 0 && lastRestart != null) {
            return restarts + " (" + Ages.since(lastRestart, now) + " ago)";
        }
        return Integer.toString(restarts);
    }

    /** {@code podutil.IsRestartableInitContainer}: a sidecar is an init container with restartPolicy Always. */
    static boolean isRestartableInitContainer(Container c) {
        return c != null && "Always".equals(c.getRestartPolicy());
    }

    private static boolean isPodInitializedConditionTrue(PodStatus status) {
        return hasTrueCondition(status, "Initialized");
    }

    private static boolean hasPodReadyCondition(PodStatus status) {
        return hasTrueCondition(status, "Ready");
    }

    private static boolean hasTrueCondition(PodStatus status, String type) {
        for (PodCondition c : list(status.getConditions())) {
            if (type.equals(c.getType()) && "True".equals(c.getStatus())) {
                return true;
            }
        }
        return false;
    }

    private static ContainerStateTerminated terminated(ContainerState state) {
        return state == null ? null : state.getTerminated();
    }

    private static ContainerStateWaiting waiting(ContainerState state) {
        return state == null ? null : state.getWaiting();
    }

    /** {@code LastTerminationState.Terminated.FinishedAt}, or null when absent/zero. */
    private static Instant lastTerminationFinishedAt(ContainerStatus container) {
        ContainerStateTerminated t = terminated(container.getLastState());
        return t == null ? null : Rfc3339.parse(t.getFinishedAt());
    }

    /** Go: {@code if last.Before(&candidate) { last = candidate }} with null as the zero time. */
    private static Instant later(Instant last, Instant candidate) {
        if (candidate == null) {
            return last;
        }
        return (last == null || last.isBefore(candidate)) ? candidate : last;
    }
}
