package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServicePrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    private static ServiceBuilder service(String name, String type, Duration age) {
        return new ServiceBuilder()
                .withNewMetadata().withName(name).withNamespace("default")
                    .withCreationTimestamp(NOW.minus(age).toString()).endMetadata()
                .withNewSpec().withType(type).endSpec();
    }

    private static Service headless() {
        return service("kubia", "ClusterIP", Duration.ofMinutes(9))
                .editSpec().withClusterIP("None").withClusterIPs("None").addToSelector("app", "kubia")
                    .addNewPort().withName("http").withPort(80).withProtocol("TCP")
                        .withTargetPort(new IntOrString(8080)).endPort()
                .endSpec().build();
    }

    private static Service kubernetes() {
        return service("kubernetes", "ClusterIP", Duration.ofDays(10))
                .editSpec().withClusterIP("10.96.0.1").withClusterIPs("10.96.0.1")
                    .addNewPort().withName("https").withPort(443).withProtocol("TCP")
                        .withTargetPort(new IntOrString(8443)).endPort()
                .endSpec().build();
    }

    @Test
    void listing() {
        assertThat(ServicePrinter.table(List.of(kubernetes(), headless()), NOW, false)).isEqualTo("""
                NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
                kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10d
                kubia        ClusterIP   None         <none>        80/TCP    9m
                """);
    }

    @Test
    void wideAddsSortedSelector() {
        Service svc = new ServiceBuilder(headless()).editSpec().addToSelector("tier", "db").addToSelector("a", "b")
                .endSpec().build();
        assertThat(ServicePrinter.headers(true)).containsExactly("Name", "Type", "Cluster-IP", "External-IP",
                "Port(s)", "Age", "Selector");
        assertThat(ServicePrinter.cells(svc, NOW, true))
                .containsExactly("kubia", "ClusterIP", "None", "<none>", "80/TCP", "9m", "a=b,app=kubia,tier=db");
        assertThat(ServicePrinter.cells(kubernetes(), NOW, true)).last().isEqualTo("<none>");
    }

    @Test
    void nodePortAndMultiplePorts() {
        Service svc = service("kubia-np", "NodePort", Duration.ofHours(1))
                .editSpec().withClusterIPs("10.96.12.34")
                    .addNewPort().withPort(80).withNodePort(30080).withProtocol("TCP").endPort()
                    .addNewPort().withPort(53).withProtocol("UDP").endPort()
                    .addNewPort().withPort(8080).endPort()
                .endSpec().build();
        assertThat(ServicePrinter.cells(svc, NOW, false))
                .containsExactly("kubia-np", "NodePort", "10.96.12.34", "<none>", "80:30080/TCP,53/UDP,8080/TCP", "60m");
    }

    @Test
    void externalIpsOnClusterIpService() {
        Service svc = service("ext", "ClusterIP", Duration.ZERO)
                .editSpec().withClusterIPs("10.96.0.5").withExternalIPs("1.2.3.4", "5.6.7.8").endSpec().build();
        assertThat(ServicePrinter.externalIp(svc, false)).isEqualTo("1.2.3.4,5.6.7.8");
    }

    @Test
    void loadBalancerPendingThenAssigned() {
        Service pending = service("lb", "LoadBalancer", Duration.ofMinutes(1))
                .editSpec().withClusterIPs("10.96.1.1").addNewPort().withPort(80).withNodePort(31000).endPort()
                .endSpec().build();
        Service assigned = new ServiceBuilder(pending)
                .withNewStatus().withNewLoadBalancer()
                    .addNewIngress().withIp("203.0.113.10").endIngress()
                    .addNewIngress().withIp("198.51.100.7").endIngress()
                .endLoadBalancer().endStatus().build();
        assertThat(ServicePrinter.externalIp(pending, false)).isEqualTo("<pending>");
        // sorted, de-duplicated, and clipped to 16 bytes in narrow output
        assertThat(ServicePrinter.externalIp(assigned, true)).isEqualTo("198.51.100.7,203.0.113.10");
        assertThat(ServicePrinter.externalIp(assigned, false)).isEqualTo("198.51.100.7,...");
        assertThat(ServicePrinter.cells(assigned, NOW, false))
                .containsExactly("lb", "LoadBalancer", "10.96.1.1", "198.51.100.7,...", "80:31000/TCP", "60s");
    }

    @Test
    void loadBalancerHostnameAndExternalIps() {
        Service svc = service("lb", "LoadBalancer", Duration.ZERO)
                .editSpec().withExternalIPs("192.0.2.1").endSpec()
                .withNewStatus().withNewLoadBalancer()
                    .addNewIngress().withHostname("a1.elb.example.com").endIngress()
                .endLoadBalancer().endStatus().build();
        assertThat(ServicePrinter.externalIp(svc, true)).isEqualTo("a1.elb.example.com,192.0.2.1");
        assertThat(ServicePrinter.externalIp(svc, false)).isEqualTo("a1.elb.exampl...,192.0.2.1");
    }

    @Test
    void externalName() {
        Service svc = service("db", "ExternalName", Duration.ZERO)
                .editSpec().withExternalName("db.example.com").endSpec().build();
        assertThat(ServicePrinter.cells(svc, NOW, false))
                .containsExactly("db", "ExternalName", "<none>", "db.example.com", "<none>", "0s");
    }

    @Test
    void apiDefaultsForHandBuiltObjects() {
        Service svc = new ServiceBuilder().withNewMetadata().withName("bare").endMetadata()
                .withNewSpec().withClusterIP("10.0.0.10").addNewPort().withPort(6379).endPort().endSpec().build();
        assertThat(ServicePrinter.cells(svc, NOW, true))
                .containsExactly("bare", "ClusterIP", "10.0.0.10", "<none>", "6379/TCP", "<unknown>", "<none>");
    }
}
