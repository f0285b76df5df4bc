package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointAddressBuilder;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointsPrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    private static EndpointAddress addr(String ip, String pod) {
        return new EndpointAddressBuilder().withIp(ip).withNodeName("minikube")
                .withNewTargetRef().withKind("Pod").withNamespace("default").withName(pod).endTargetRef().build();
    }

    private static EndpointsBuilder endpoints(String name) {
        return new EndpointsBuilder().withNewMetadata().withName(name).withNamespace("default")
                .withCreationTimestamp(NOW.minus(Duration.ofMinutes(9)).toString()).endMetadata();
    }

    @Test
    void listing() {
        Endpoints kubia = endpoints("kubia")
                .addNewSubset()
                    .withAddresses(addr("10.244.0.3", "kubia-0"), addr("10.244.2.3", "kubia-1"))
                    .addNewPort().withName("http").withPort(8080).withProtocol("TCP").endPort()
                .endSubset().build();
        Endpoints empty = endpoints("kubia-public").build();
        assertThat(EndpointsPrinter.table(List.of(kubia, empty), NOW)).isEqualTo("""
                NAME           ENDPOINTS                         AGE
                kubia          10.244.0.3:8080,10.244.2.3:8080   9m
                kubia-public   <none>                            9m
                """);
    }

    @Test
    void moreThanThreeAreSummarised() {
        Endpoints ep = endpoints("kubia").addNewSubset()
                .withAddresses(addr("10.0.0.1", "p1"), addr("10.0.0.2", "p2"), addr("10.0.0.3", "p3"),
                        addr("10.0.0.4", "p4"), addr("10.0.0.5", "p5"))
                .addNewPort().withPort(80).endPort()
                .endSubset().build();
        assertThat(EndpointsPrinter.endpoints(ep)).isEqualTo("10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 2 more...");
    }

    @Test
    void exactlyThreeAreAllShown() {
        Endpoints ep = endpoints("kubia").addNewSubset()
                .withAddresses(addr("10.0.0.1", "p1"), addr("10.0.0.2", "p2"), addr("10.0.0.3", "p3"))
                .addNewPort().withPort(80).endPort()
                .endSubset().build();
        assertThat(EndpointsPrinter.endpoints(ep)).isEqualTo("10.0.0.1:80,10.0.0.2:80,10.0.0.3:80");
    }

    @Test
    void everyPortTimesEveryAddressIsCounted() {
        Endpoints ep = endpoints("web").addNewSubset()
                .withAddresses(addr("10.0.0.1", "p1"), addr("10.0.0.2", "p2"))
                .addNewPort().withName("http").withPort(80).endPort()
                .addNewPort().withName("https").withPort(443).endPort()
                .endSubset().build();
        assertThat(EndpointsPrinter.endpoints(ep)).isEqualTo("10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...");
    }

    @Test
    void notReadyAddressesAreNotListed() {
        Endpoints ep = endpoints("kubia").addNewSubset()
                .withAddresses(addr("10.244.0.3", "kubia-0"))
                .withNotReadyAddresses(addr("10.244.2.3", "kubia-1"))
                .addNewPort().withPort(8080).endPort()
                .endSubset().build();
        Endpoints onlyNotReady = endpoints("kubia").addNewSubset()
                .withNotReadyAddresses(addr("10.244.2.3", "kubia-1"))
                .addNewPort().withPort(8080).endPort()
                .endSubset().build();
        assertThat(EndpointsPrinter.endpoints(ep)).isEqualTo("10.244.0.3:8080");
        // kubectl prints an empty cell here, not <none>: there is a subset, it just has no ready address.
        assertThat(EndpointsPrinter.endpoints(onlyNotReady)).isEmpty();
    }

    @Test
    void portlessHeadlessSubsetListsBareIps() {
        Endpoints ep = endpoints("kubia").addNewSubset()
                .withAddresses(addr("10.244.0.3", "kubia-0"), addr("10.244.2.3", "kubia-1"))
                .endSubset().build();
        assertThat(EndpointsPrinter.endpoints(ep)).isEqualTo("10.244.0.3,10.244.2.3");
    }

    @Test
    void ipv6AddressesAreBracketed() {
        Endpoints ep = endpoints("v6").addNewSubset()
                .withAddresses(addr("fd00:10:244::3", "kubia-0"))
                .addNewPort().withPort(8080).endPort()
                .endSubset().build();
        assertThat(EndpointsPrinter.endpoints(ep)).isEqualTo("[fd00:10:244::3]:8080");
    }
}
