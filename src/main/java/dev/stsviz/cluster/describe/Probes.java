package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.Go.goSlice;
import static dev.stsviz.cluster.describe.Go.intOrString;
import static dev.stsviz.cluster.describe.Go.num;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;

import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.Locale;

/** describe.go's {@code DescribeProbe}: e.g. "http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3". */
final class Probes {

    private Probes() {
    }

    static String describe(Probe probe) {
        String attrs = "delay=" + num(probe.getInitialDelaySeconds()) + "s timeout=" + num(probe.getTimeoutSeconds())
                + "s period=" + num(probe.getPeriodSeconds()) + "s #success=" + num(probe.getSuccessThreshold())
                + " #failure=" + num(probe.getFailureThreshold());
        if (probe.getExec() != null) {
            return "exec " + goSlice(probe.getExec().getCommand()) + " " + attrs;
        }
        if (probe.getHttpGet() != null) {
            return "http-get " + url(probe.getHttpGet()) + " " + attrs;
        }
        if (probe.getTcpSocket() != null) {
            return "tcp-socket " + str(probe.getTcpSocket().getHost()) + ":" + intOrString(probe.getTcpSocket().getPort())
                    + " " + attrs;
        }
        if (probe.getGrpc() != null) {
            return "grpc <pod>:" + num(probe.getGrpc().getPort()) + " " + str(probe.getGrpc().getService()) + " " + attrs;
        }
        return "unknown " + attrs;
    }

    /** {@code url.URL{Scheme, Host: net.JoinHostPort(host, port), Path}.String()} for ordinary paths. */
    private static String url(HTTPGetAction get) {
        String scheme = str(get.getScheme()).toLowerCase(Locale.ROOT);
        String host = str(get.getHost());
        String port = intOrString(get.getPort());
        if (!port.isEmpty()) {
            host = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
        String path = str(get.getPath());
        StringBuilder out = new StringBuilder();
        if (!scheme.isEmpty()) {
            out.append(scheme).append(':');
        }
        if ((!scheme.isEmpty() || !host.isEmpty()) && (!host.isEmpty() || !path.isEmpty())) {
            out.append("//").append(host);
        }
        if (!path.isEmpty() && path.charAt(0) != '/' && !host.isEmpty()) {
            out.append('/');
        }
        return out.append(path).toString();
    }
}
