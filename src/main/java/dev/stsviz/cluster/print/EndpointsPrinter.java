package dev.stsviz.cluster.print;

import static dev.stsviz.cluster.print.GoZero.age;
import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.print.GoZero.name;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kubectl get endpoints}: port of {@code printEndpoints} and {@code formatEndpoints} in
 * {@code pkg/printers/internalversion/printers.go}. Only ready addresses are listed; notReady ones
 * never appear (so a subset with only notReady addresses prints an empty cell, as in kubectl).
 */
public final class EndpointsPrinter {

    private static final List<String> COLUMNS = List.of("Name", "Endpoints", "Age");
    /** kubectl lists at most 3 endpoints, then " + N more...". */
    private static final int MAX = 3;

    private EndpointsPrinter() {
    }

    public static List<String> headers() {
        return COLUMNS;
    }

    public static List<String> cells(Endpoints ep, Instant now) {
        return List.of(name(ep), endpoints(ep), age(ep, now));
    }

    /** ENDPOINTS column: "ip:port,…" for every (address, port) pair, "&lt;none&gt;" without subsets. */
    public static String endpoints(Endpoints ep) {
        List<EndpointSubset> subsets = list(ep.getSubsets());
        if (subsets.isEmpty()) {
            return "<none>";
        }
        List<String> shown = new ArrayList<>();
        boolean more = false;
        int count = 0;
        for (EndpointSubset ss : subsets) {
            List<EndpointAddress> addresses = list(ss.getAddresses());
            List<EndpointPort> ports = list(ss.getPorts());
            if (ports.isEmpty()) {
                // Headless services may have no ports: list bare IPs.
                count += addresses.size();
                for (EndpointAddress a : addresses) {
                    if (shown.size() == MAX) {
                        more = true;
                        break;
                    }
                    shown.add(str(a.getIp()));
                }
                continue;
            }
            for (EndpointPort port : ports) {
                count += addresses.size();
                for (EndpointAddress a : addresses) {
                    if (shown.size() == MAX) {
                        more = true;
                        break;
                    }
                    shown.add(joinHostPort(str(a.getIp()), num(port.getPort())));
                }
            }
        }
        String ret = String.join(",", shown);
        return more ? ret + " + " + (count - MAX) + " more..." : ret;
    }

    public static String table(List<Endpoints> endpoints, Instant now) {
        Table table = new Table(headers());
        for (Endpoints ep : endpoints) {
            table.addRow(cells(ep, now));
        }
        return table.render();
    }

    /** Go's {@code net.JoinHostPort}: IPv6 hosts get brackets. */
    static String joinHostPort(String host, int port) {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
