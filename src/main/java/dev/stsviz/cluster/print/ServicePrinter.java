package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.LoadBalancerIngress;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * {@code kubectl get services [-o wide]}: port of {@code printService}, {@code getServiceExternalIP},
 * {@code loadBalancerStatusStringer} and {@code makePortString} in
 * {@code pkg/printers/internalversion/printers.go}.
 *
 * <p>kubectl prints server-defaulted objects; for hand-built ones we apply the same API defaults
 * (type ClusterIP, protocol TCP) rather than print Go's "&lt;unknown&gt;" for an absent type.
 */
public final class ServicePrinter {

    private static final List<String> COLUMNS = List.of("Name", "Type", "Cluster-IP", "External-IP", "Port(s)", "Age");
    private static final List<String> WIDE_COLUMNS = List.of("Selector");
    /** {@code loadBalancerWidth}: non-wide output clips load-balancer addresses to 16 bytes. */
    private static final int LOAD_BALANCER_WIDTH = 16;

    private ServicePrinter() {
    }

    public static List<String> headers(boolean wide) {
        return Columns.of(COLUMNS, wide ? WIDE_COLUMNS : List.of());
    }

    public static List<String> cells(Service svc, Instant now, boolean wide) {
        ServiceSpec spec = spec(svc);
        String ports = ports(svc);
        List<String> cells = new ArrayList<>(List.of(
                name(svc), type(spec), clusterIp(svc), externalIp(svc, wide), ports.isEmpty() ? "<none>" : ports,
                age(svc, now)));
        if (wide) {
            cells.add(LabelFormat.format(spec.getSelector()));
        }
        return cells;
    }

    /** CLUSTER-IP column: {@code spec.clusterIPs[0]} ("None" for a headless service), else "&lt;none&gt;". */
    public static String clusterIp(Service svc) {
        ServiceSpec spec = spec(svc);
        List<String> ips = list(spec.getClusterIPs());
        if (!ips.isEmpty()) {
            return str(ips.get(0));
        }
        // Hand-built objects may set only the legacy singular field the server mirrors into clusterIPs.
        String ip = str(spec.getClusterIP());
        return ip.isEmpty() ? "<none>" : ip;
    }

    /** EXTERNAL-IP column, per service type. */
    public static String externalIp(Service svc, boolean wide) {
        ServiceSpec spec = spec(svc);
        List<String> externalIPs = list(spec.getExternalIPs());
        switch (type(spec)) {
            case "ClusterIP":
            case "NodePort":
                return externalIPs.isEmpty() ? "<none>" : String.join(",", externalIPs);
            case "LoadBalancer": {
                String lbIps = loadBalancerStatus(svc, wide);
                if (!externalIPs.isEmpty()) {
                    List<String> results = new ArrayList<>();
                    if (!lbIps.isEmpty()) {
                        results.addAll(List.of(lbIps.split(",", -1)));
                    }
                    results.addAll(externalIPs);
                    return String.join(",", results);
                }
                return lbIps.isEmpty() ? "<pending>" : lbIps;
            }
            case "ExternalName":
                return str(spec.getExternalName());
            default:
                return "<unknown>";
        }
    }

    /** PORT(S) column: "80/TCP", "80:30080/TCP" with a node port, joined by ",". */
    public static String ports(Service svc) {
        StringJoiner out = new StringJoiner(",");
        for (ServicePort p : list(spec(svc).getPorts())) {
            String protocol = p.getProtocol() == null || p.getProtocol().isEmpty() ? "TCP" : p.getProtocol();
            if (num(p.getNodePort()) > 0) {
                out.add(num(p.getPort()) + ":" + num(p.getNodePort()) + "/" + protocol);
            } else {
                out.add(num(p.getPort()) + "/" + protocol);
            }
        }
        return out.toString();
    }

    public static String table(List<Service> services, Instant now, boolean wide) {
        Table table = new Table(headers(wide));
        for (Service svc : services) {
            table.addRow(cells(svc, now, wide));
        }
        return table.render();
    }

    /** Sorted, de-duplicated ingress IPs (else hostnames), clipped to 16 bytes unless wide. */
    private static String loadBalancerStatus(Service svc, boolean wide) {
        TreeSet<String> result = new TreeSet<>();
        if (svc.getStatus() != null && svc.getStatus().getLoadBalancer() != null) {
            for (LoadBalancerIngress ingress : list(svc.getStatus().getLoadBalancer().getIngress())) {
                if (!str(ingress.getIp()).isEmpty()) {
                    result.add(ingress.getIp());
                } else if (!str(ingress.getHostname()).isEmpty()) {
                    result.add(ingress.getHostname());
                }
            }
        }
        String r = String.join(",", result);
        if (!wide && r.length() > LOAD_BALANCER_WIDTH) {
            r = r.substring(0, LOAD_BALANCER_WIDTH - 3) + "...";
        }
        return r;
    }

    private static String type(ServiceSpec spec) {
        return spec.getType() == null || spec.getType().isEmpty() ? "ClusterIP" : spec.getType();
    }

    private static ServiceSpec spec(Service svc) {
        return svc.getSpec() == null ? new ServiceSpec() : svc.getSpec();
    }
}
