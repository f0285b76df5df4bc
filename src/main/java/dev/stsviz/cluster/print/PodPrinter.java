package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.orNone;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.api.model.PodReadinessGate;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl get pods [-o wide]}: port of {@code printPod} and the pod column definitions in
 * {@code pkg/printers/internalversion/printers.go}. The status logic lives in {@link PodSummary}.
 */
public final class PodPrinter {

    private static final List<String> COLUMNS = List.of("Name", "Ready", "Status", "Restarts", "Age");
    private static final List<String> WIDE_COLUMNS = List.of("IP", "Node", "Nominated Node", "Readiness Gates");

    private PodPrinter() {
    }

    public static List<String> headers(boolean wide) {
        return Columns.of(COLUMNS, wide ? WIDE_COLUMNS : List.of());
    }

    public static List<String> cells(Pod pod, Instant now, boolean wide) {
        PodSummary summary = PodSummary.of(pod);
        List<String> cells = new ArrayList<>(List.of(
                name(pod), summary.ready(), summary.reason(), summary.restarts(now), age(pod, now)));
        if (wide) {
            PodSpec spec = pod.getSpec() == null ? new PodSpec() : pod.getSpec();
            PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
            cells.add(orNone(podIp(status)));
            cells.add(orNone(spec.getNodeName()));
            cells.add(orNone(status.getNominatedNodeName()));
            cells.add(readinessGates(spec, status));
        }
        return cells;
    }

    /** STATUS column. */
    public static String status(Pod pod) {
        return PodSummary.of(pod).reason();
    }

    /** READY column. */
    public static String ready(Pod pod) {
        return PodSummary.of(pod).ready();
    }

    /** RESTARTS column, e.g. "0" or "3 (5m ago)". */
    public static String restarts(Pod pod, Instant now) {
        return PodSummary.of(pod).restarts(now);
    }

    public static String table(List<Pod> pods, Instant now, boolean wide) {
        Table table = new Table(headers(wide));
        for (Pod pod : pods) {
            table.addRow(cells(pod, now, wide));
        }
        return table.render();
    }

    /**
     * kubectl prints {@code status.podIPs[0].ip}. The API server always mirrors podIP into podIPs;
     * hand-built objects may set only podIP, so fall back to it rather than print "&lt;none&gt;".
     */
    private static String podIp(PodStatus status) {
        List<PodIP> ips = list(status.getPodIPs());
        if (!ips.isEmpty()) {
            return str(ips.get(0).getIp());
        }
        return str(status.getPodIP());
    }

    /** "&lt;none&gt;" without gates, else "true gates/all gates" (first matching condition decides). */
    private static String readinessGates(PodSpec spec, PodStatus status) {
        List<PodReadinessGate> gates = list(spec.getReadinessGates());
        if (gates.isEmpty()) {
            return "<none>";
        }
        int trueConditions = 0;
        for (PodReadinessGate gate : gates) {
            for (PodCondition condition : list(status.getConditions())) {
                if (str(gate.getConditionType()).equals(str(condition.getType()))) {
                    if ("True".equals(condition.getStatus())) {
                        trueConditions++;
                    }
                    break;
                }
            }
        }
        return trueConditions + "/" + gates.size();
    }
}
