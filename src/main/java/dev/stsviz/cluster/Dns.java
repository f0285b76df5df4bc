package dev.stsviz.cluster;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Cluster DNS as CoreDNS's kubernetes plugin answers it: a headless service's name resolves to one SRV record per
 * ready endpoint (target {@code <hostname>.<svc>.<ns>.svc.cluster.local.}, weight 100 / number of records), with
 * the pods' A records as additional data; a ClusterIP service to one record for its cluster IP. Not-ready pods are
 * left out (unless the service publishes them). Record order is random, as with CoreDNS.
 */
public final class Dns {
    public static final String DOMAIN = "svc.cluster.local";
    public static final int TTL = 30;

    public record SrvRecord(int priority, int weight, int port, String target) {
    }

    public record ARecord(String name, String ip) {
    }

    public record Answer(String question, List<SrvRecord> srv, List<ARecord> additional) {
        public boolean found() {
            return !srv.isEmpty();
        }
    }

    /** Resolves {@code <svc>.<ns>.svc.cluster.local} (trailing dot optional) against a service and its endpoints. */
    public static Answer srv(String name, Service service, Endpoints endpoints, Random random) {
        String question = name.endsWith(".") ? name : name + ".";
        List<SrvRecord> records = new ArrayList<>();
        List<ARecord> additional = new ArrayList<>();
        if (service == null) {
            return new Answer(question, records, additional);
        }
        String svc = service.getMetadata().getName();
        String ns = service.getMetadata().getNamespace();
        boolean headless = "None".equals(service.getSpec().getClusterIP());
        if (!headless) {
            int port = service.getSpec().getPorts().isEmpty() ? 0 : service.getSpec().getPorts().get(0).getPort();
            String target = svc + "." + ns + "." + DOMAIN + ".";
            records.add(new SrvRecord(0, 100, port, target));
            additional.add(new ARecord(target, service.getSpec().getClusterIP()));
            return new Answer(question, records, additional);
        }
        List<EndpointAddress> ready = new ArrayList<>();
        List<EndpointPort> ports = new ArrayList<>();
        if (endpoints != null) {
            for (EndpointSubset subset : endpoints.getSubsets()) {
                ready.addAll(subset.getAddresses());
                if (ports.isEmpty()) {
                    ports.addAll(subset.getPorts());
                }
            }
        }
        int count = ready.size() * Math.max(1, ports.size());
        int weight = count == 0 ? 0 : (int) Math.floor(100.0 / count);
        for (EndpointAddress address : ready) {
            String host = address.getHostname() != null ? address.getHostname() : address.getIp().replace('.', '-');
            String target = host + "." + svc + "." + ns + "." + DOMAIN + ".";
            for (EndpointPort port : ports.isEmpty() ? List.<EndpointPort>of(new EndpointPort()) : ports) {
                int servicePort = servicePort(service, port);
                records.add(new SrvRecord(0, weight, servicePort, target));
            }
            additional.add(new ARecord(target, address.getIp()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<SrvRecord> shuffled = new ArrayList<>();
        List<ARecord> shuffledA = new ArrayList<>();
        for (int i : order) {
            shuffled.add(records.get(i));
            ARecord a = additional.get(i / Math.max(1, ports.size()));
            if (!shuffledA.contains(a)) {
                shuffledA.add(a);
            }
        }
        return new Answer(question, shuffled, shuffledA);
    }

    /** SRV records carry the service's port, not the pod's target port. */
    private static int servicePort(Service service, EndpointPort port) {
        for (var sp : service.getSpec().getPorts()) {
            if (port.getName() == null || port.getName().equals(sp.getName())) {
                return sp.getPort();
            }
        }
        return port.getPort() == null ? 0 : port.getPort();
    }

    /**
     * The headless service's endpoints as CoreDNS reads them today: from its EndpointSlices (label
     * kubernetes.io/service-name), ready endpoints only, with their hostnames. Null when there is no slice.
     */
    public static Endpoints fromSlices(String service, List<io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice> slices) {
        List<EndpointAddress> ready = new ArrayList<>();
        List<EndpointPort> ports = new ArrayList<>();
        boolean any = false;
        for (var slice : slices) {
            if (!service.equals(slice.getMetadata().getLabels().get("kubernetes.io/service-name"))) {
                continue;
            }
            any = true;
            for (var e : slice.getEndpoints()) {
                boolean isReady = e.getConditions() == null || e.getConditions().getReady() == null || e.getConditions().getReady();
                if (isReady && !e.getAddresses().isEmpty()) {
                    ready.add(new io.fabric8.kubernetes.api.model.EndpointAddressBuilder().withIp(e.getAddresses().get(0))
                            .withHostname(e.getHostname()).withTargetRef(e.getTargetRef()).build());
                }
            }
            if (ports.isEmpty()) {
                for (var p : slice.getPorts()) {
                    ports.add(new io.fabric8.kubernetes.api.model.EndpointPortBuilder().withName(p.getName()).withPort(p.getPort())
                            .withProtocol(p.getProtocol()).build());
                }
            }
        }
        if (!any) {
            return null;
        }
        return new io.fabric8.kubernetes.api.model.EndpointsBuilder().withNewMetadata().withName(service).endMetadata()
                .addNewSubset().withAddresses(ready).withPorts(ports).endSubset().build();
    }

    /**
     * A pod's own stable name, {@code <hostname>.<subdomain>.<ns>.svc.cluster.local}: the StatefulSet controller sets
     * the hostname to the pod's name and the subdomain to {@code spec.serviceName}, so kubia-0 keeps
     * kubia-0.kubia.default.svc.cluster.local across every recreation. Null for a pod without hostname or subdomain.
     */
    public static String podName(io.fabric8.kubernetes.api.model.Pod pod) {
        var spec = pod.getSpec();
        if (spec == null || spec.getHostname() == null || spec.getHostname().isEmpty()
                || spec.getSubdomain() == null || spec.getSubdomain().isEmpty()) {
            return null;
        }
        String ns = pod.getMetadata().getNamespace();
        return spec.getHostname() + "." + spec.getSubdomain() + "." + (ns == null || ns.isEmpty() ? "default" : ns) + "." + DOMAIN;
    }

    /** The service part of a name: ("kubia", "default") from kubia.default.svc.cluster.local, or null. */
    public static String[] serviceOf(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (!n.endsWith("." + DOMAIN)) {
            return null;
        }
        String[] parts = n.substring(0, n.length() - DOMAIN.length() - 1).split("\\.");
        return parts.length == 2 ? parts : null;
    }

    private Dns() {
    }
}
