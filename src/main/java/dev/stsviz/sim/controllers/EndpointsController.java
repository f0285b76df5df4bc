package dev.stsviz.sim.controllers;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.Pods;
import dev.stsviz.sim.apiserver.ApiServer;
import dev.stsviz.sim.apiserver.Copies;
import dev.stsviz.sim.apiserver.WatchEvent;
import dev.stsviz.sim.context.SimContext;
import dev.stsviz.sim.engine.Priority;
import dev.stsviz.sim.engine.WorkQueue;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointAddressBuilder;
import io.fabric8.kubernetes.api.model.EndpointPort;
import io.fabric8.kubernetes.api.model.EndpointPortBuilder;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointBuilder;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSliceBuilder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The endpoints and endpointslice controllers ({@code pkg/controller/endpoint},
 * {@code pkg/controller/endpointslice}): for each service with a selector, ready pods become addresses and
 * not-ready ones notReadyAddresses (unless publishNotReadyAddresses); terminating pods are left out. DNS
 * (SRV and A records of a headless service) is answered from these.
 */
public final class EndpointsController {
    private final ApiServer api;
    private final WorkQueue queue;
    /**
     * Per service, each member pod's address and slice endpoint as last built, with the pod's resourceVersion: a sync
     * rebuilds only the pods that changed (a real controller spends its time the same way, on the changed pods).
     */
    private final Map<String, Map<String, Member>> members = new HashMap<>();

    /** {@code address} is null for a pod only the slice lists (terminating); {@code ready} says which address list. */
    private record Member(String podVersion, String serviceVersion, boolean ready, EndpointAddress address, Endpoint endpoint) {
    }

    public EndpointsController(SimContext ctx) {
        this.api = ctx.api();
        this.queue = new WorkQueue(ctx.engine(), Priority.ENDPOINTS, "endpoints", ctx.timings().controllerLatency, this::sync);
    }

    public void onWatch(WatchEvent event) {
        if (event.object() instanceof Service service) {
            queue.add(service.getMetadata().getNamespace() + "/" + service.getMetadata().getName());
        } else if (event.object() instanceof Pod pod) {
            for (Service service : api.list(Service.class, Kinds.SERVICE, pod.getMetadata().getNamespace())) {
                if (selects(service, pod) || (event.oldObject() != null && selects(service, (Pod) event.oldObject()))) {
                    queue.add(service.getMetadata().getNamespace() + "/" + service.getMetadata().getName());
                }
            }
        }
    }

    private static boolean selects(Service service, Pod pod) {
        Map<String, String> selector = service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        Map<String, String> labels = pod.getMetadata().getLabels();
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private void sync(String key) {
        String[] parts = key.split("/", 2);
        String namespace = parts[0];
        String name = parts[1];
        Service service = api.get(Service.class, Kinds.SERVICE, namespace, name);
        Map<String, Member> known = members.remove(key);
        if (service == null) {
            deleteIfPresent(Kinds.ENDPOINTS, namespace, name);
            deleteIfPresent(Kinds.ENDPOINT_SLICE, namespace, sliceName(name));
            return;
        }
        if (service.getSpec().getSelector() == null || service.getSpec().getSelector().isEmpty()) {
            return;
        }
        boolean publishNotReady = Boolean.TRUE.equals(service.getSpec().getPublishNotReadyAddresses());
        List<EndpointAddress> ready = new ArrayList<>();
        List<EndpointAddress> notReady = new ArrayList<>();
        List<Endpoint> sliceEndpoints = new ArrayList<>();
        List<Pod> selected = new ArrayList<>();
        Map<String, Member> current = new HashMap<>();
        for (Pod pod : api.list(Pod.class, Kinds.POD, namespace)) {
            if (!selects(service, pod) || pod.getStatus() == null || pod.getStatus().getPodIP() == null || Pods.isTerminal(pod)) {
                continue;
            }
            selected.add(pod);
            Member member = known == null ? null : known.get(pod.getMetadata().getName());
            if (member == null || !member.podVersion().equals(pod.getMetadata().getResourceVersion())
                    || !member.serviceVersion().equals(service.getMetadata().getResourceVersion())) {
                member = member(pod, service, publishNotReady);
            }
            current.put(pod.getMetadata().getName(), member);
            if (member.address() != null) {
                (member.ready() ? ready : notReady).add(member.address());
            }
            sliceEndpoints.add(member.endpoint());
        }
        members.put(key, current);
        List<EndpointSubset> subsets = new ArrayList<>();
        if (!ready.isEmpty() || !notReady.isEmpty()) {
            EndpointSubset subset = new EndpointSubset(); // setters keep the shared addresses (a builder would copy each)
            subset.setAddresses(ready);
            subset.setNotReadyAddresses(notReady);
            subset.setPorts(ports(service, selected));
            subsets.add(subset);
        }
        Endpoints existing = api.get(Endpoints.class, Kinds.ENDPOINTS, namespace, name);
        if (existing == null) {
            api.create(new EndpointsBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace)
                    .withLabels(service.getMetadata().getLabels()).endMetadata()
                    .withSubsets(subsets).build());
        } else if (!Objects.equals(existing.getSubsets(), subsets)) {
            Endpoints next = new Endpoints();
            next.setMetadata(Copies.shallow(existing.getMetadata()));
            next.setSubsets(subsets);
            api.updateOwned(next);
        }
        writeSlice(service, sliceEndpoints, selected);
    }

    /**
     * What one pod contributes: terminating pods only a slice endpoint (unless publishNotReadyAddresses), the others
     * an address, ready or not, too.
     */
    private Member member(Pod pod, Service service, boolean publishNotReady) {
        boolean terminating = Pods.isTerminating(pod);
        boolean isReady = Pods.isReady(pod) && !terminating;
        String rv = pod.getMetadata().getResourceVersion();
        String serviceRv = service.getMetadata().getResourceVersion();
        if (terminating && !publishNotReady) {
            return new Member(rv, serviceRv, false, null, sliceEndpoint(pod, service, false, Pods.isReady(pod), true));
        }
        return new Member(rv, serviceRv, isReady || publishNotReady, address(pod, service),
                sliceEndpoint(pod, service, isReady || publishNotReady, Pods.isReady(pod), terminating));
    }

    private void writeSlice(Service service, List<Endpoint> endpoints, List<Pod> members) {
        String namespace = service.getMetadata().getNamespace();
        String name = sliceName(service.getMetadata().getName());
        List<io.fabric8.kubernetes.api.model.discovery.v1.EndpointPort> ports = new ArrayList<>();
        for (EndpointPort p : ports(service, members)) {
            ports.add(new io.fabric8.kubernetes.api.model.discovery.v1.EndpointPortBuilder()
                    .withName(p.getName()).withPort(p.getPort()).withProtocol(p.getProtocol()).build());
        }
        EndpointSlice existing = api.get(EndpointSlice.class, Kinds.ENDPOINT_SLICE, namespace, name);
        if (existing == null) {
            api.create(new EndpointSliceBuilder()
                    .withNewMetadata().withName(name).withNamespace(namespace)
                    .addToLabels("kubernetes.io/service-name", service.getMetadata().getName())
                    .addToLabels("endpointslice.kubernetes.io/managed-by", "endpointslice-controller.k8s.io")
                    .endMetadata()
                    .withAddressType("IPv4").withEndpoints(endpoints).withPorts(ports).build());
        } else if (!Objects.equals(existing.getEndpoints(), endpoints) || !Objects.equals(existing.getPorts(), ports)) {
            EndpointSlice next = new EndpointSlice(); // setters keep the shared endpoints (a builder would copy each)
            next.setMetadata(Copies.shallow(existing.getMetadata()));
            next.setAddressType(existing.getAddressType());
            next.setEndpoints(endpoints);
            next.setPorts(ports);
            api.updateOwned(next);
        }
    }

    /** The controller generates the slice name from the service name; the simulator keeps one slice per service. */
    public static String sliceName(String serviceName) {
        return serviceName + "-" + Integer.toString(Math.abs(serviceName.hashCode()) % 46656 + 10000, 36).substring(0, 3) + "xk";
    }

    private EndpointAddress address(Pod pod, Service service) {
        EndpointAddressBuilder b = new EndpointAddressBuilder()
                .withIp(pod.getStatus().getPodIP())
                .withNodeName(Pods.nodeName(pod))
                .withTargetRef(new ObjectReferenceBuilder().withKind("Pod").withNamespace(pod.getMetadata().getNamespace())
                        .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).build());
        if (hostnameFor(pod, service) != null) {
            b.withHostname(hostnameFor(pod, service));
        }
        return b.build();
    }

    private Endpoint sliceEndpoint(Pod pod, Service service, boolean ready, boolean serving, boolean terminating) {
        EndpointBuilder b = new EndpointBuilder()
                .withAddresses(pod.getStatus().getPodIP())
                .withNewConditions().withReady(ready).withServing(serving).withTerminating(terminating).endConditions()
                .withNodeName(Pods.nodeName(pod))
                .withTargetRef(new ObjectReferenceBuilder().withKind("Pod").withNamespace(pod.getMetadata().getNamespace())
                        .withName(pod.getMetadata().getName()).withUid(pod.getMetadata().getUid()).build());
        if (hostnameFor(pod, service) != null) {
            b.withHostname(hostnameFor(pod, service));
        }
        return b.build();
    }

    /** A pod gets a DNS hostname in a service when its subdomain names that service (StatefulSet pods do). */
    private static String hostnameFor(Pod pod, Service service) {
        if (pod.getSpec().getHostname() != null && service.getMetadata().getName().equals(pod.getSpec().getSubdomain())) {
            return pod.getSpec().getHostname();
        }
        return null;
    }

    private static List<EndpointPort> ports(Service service, List<Pod> pods) {
        List<EndpointPort> result = new ArrayList<>();
        for (ServicePort sp : service.getSpec().getPorts()) {
            int port = sp.getPort();
            if (sp.getTargetPort() != null) {
                if (sp.getTargetPort().getIntVal() != null) {
                    port = sp.getTargetPort().getIntVal();
                } else if (sp.getTargetPort().getStrVal() != null) {
                    port = namedPort(pods, sp.getTargetPort().getStrVal(), port);
                }
            }
            result.add(new EndpointPortBuilder().withName(sp.getName()).withPort(port).withProtocol(sp.getProtocol()).build());
        }
        return result;
    }

    private static int namedPort(List<Pod> pods, String name, int fallback) {
        for (Pod pod : pods) {
            for (var c : pod.getSpec().getContainers()) {
                for (ContainerPort p : c.getPorts()) {
                    if (name.equals(p.getName())) {
                        return p.getContainerPort();
                    }
                }
            }
        }
        return fallback;
    }

    private void deleteIfPresent(String kind, String namespace, String name) {
        if (api.get(io.fabric8.kubernetes.api.model.HasMetadata.class, kind, namespace, name) != null) {
            api.delete(kind, namespace, name);
        }
    }
}
