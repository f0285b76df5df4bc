package dev.stsviz.sim.apps;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.console.HttpReply;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.kubelet.Kubelet;
import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API server's proxy subresources that {@code kubectl proxy} exposes: {@code /api/v1/namespaces/NS/pods/POD/proxy/...}
 * and {@code .../services/SVC/proxy/...}. A service request goes to one ready endpoint picked at random.
 */
public final class ApiServerProxy {
    private static final Pattern PATH = Pattern.compile("/api/v1/namespaces/([^/]+)/(pods|services)/([^/:]+)(?::([^/]+))?/proxy(/.*)?");
    private final SimContext sim;
    private final KubiaApps apps;
    private final Random endpointChoice;

    public ApiServerProxy(SimContext sim, Function<String, Kubelet> kubelets) {
        this.sim = sim;
        this.apps = new KubiaApps(sim, kubelets);
        this.endpointChoice = sim.engine().random().stream("apiserver.service-proxy");
    }

    public HttpReply request(String method, String path, String body) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return new HttpReply(404, "404 page not found\n");
        }
        String namespace = m.group(1);
        String name = m.group(3);
        String rest = m.group(5) == null ? "/" : m.group(5);
        if (m.group(2).equals("pods")) {
            Pod pod = sim.api().get(Pod.class, Kinds.POD, namespace, name);
            if (pod == null) {
                return ProxyErrors.notFound("pods", name);
            }
            int port = m.group(4) != null && m.group(4).matches("\\d+") ? Integer.parseInt(m.group(4)) : firstPort(pod);
            return apps.handle(pod, port, method, rest, body);
        }
        Service service = sim.api().get(Service.class, Kinds.SERVICE, namespace, name);
        if (service == null) {
            return ProxyErrors.notFound("services", name);
        }
        Endpoints endpoints = sim.api().get(Endpoints.class, Kinds.ENDPOINTS, namespace, name);
        List<EndpointAddress> ready = new ArrayList<>();
        int port = 80;
        if (endpoints != null) {
            for (EndpointSubset subset : endpoints.getSubsets()) {
                ready.addAll(subset.getAddresses());
                if (!subset.getPorts().isEmpty()) {
                    port = subset.getPorts().get(0).getPort();
                }
            }
        }
        if (ready.isEmpty()) {
            return ProxyErrors.serviceUnavailable("no endpoints available for service \"" + name + "\"");
        }
        EndpointAddress chosen = ready.get(endpointChoice.nextInt(ready.size()));
        Pod pod = chosen.getTargetRef() == null ? null
                : sim.api().get(Pod.class, Kinds.POD, namespace, chosen.getTargetRef().getName());
        if (pod == null) {
            return ProxyErrors.serviceUnavailable("error trying to reach service: dial tcp " + chosen.getIp() + ":" + port + ": connect: connection refused");
        }
        return apps.handle(pod, port, method, rest, body);
    }

    private static int firstPort(Pod pod) {
        for (var c : pod.getSpec().getContainers()) {
            for (var p : c.getPorts()) {
                return p.getContainerPort();
            }
        }
        return 80;
    }
}
