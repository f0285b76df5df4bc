package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import org.junit.jupiter.api.Test;

class ProbesTest {

    static final String DEFAULTS = "delay=0s timeout=1s period=10s #success=1 #failure=3";

    static ProbeBuilder probe() {
        return new ProbeBuilder().withTimeoutSeconds(1).withPeriodSeconds(10).withSuccessThreshold(1).withFailureThreshold(3);
    }

    @Test
    void httpGetBuildsAUrl() {
        Probe p = probe().withNewHttpGet().withScheme("HTTPS").withHost("10.0.0.1").withPort(new IntOrString(8443))
                .withPath("ready").endHttpGet().build();
        assertThat(Probes.describe(p)).isEqualTo("http-get https://10.0.0.1:8443/ready " + DEFAULTS);
        Probe v6 = probe().withNewHttpGet().withHost("::1").withPort(new IntOrString("web")).withPath("/").endHttpGet().build();
        assertThat(Probes.describe(v6)).isEqualTo("http-get //[::1]:web/ " + DEFAULTS);
    }

    @Test
    void otherHandlers() {
        assertThat(Probes.describe(probe().withNewExec().withCommand("sh", "-c", "true").endExec().build()))
                .isEqualTo("exec [sh -c true] " + DEFAULTS);
        assertThat(Probes.describe(probe().withNewTcpSocket().withHost("db").withPort(new IntOrString(5432)).endTcpSocket().build()))
                .isEqualTo("tcp-socket db:5432 " + DEFAULTS);
        assertThat(Probes.describe(probe().withNewGrpc().withPort(9090).withService("health").endGrpc().build()))
                .isEqualTo("grpc <pod>:9090 health " + DEFAULTS);
        assertThat(Probes.describe(new Probe())).isEqualTo("unknown delay=0s timeout=0s period=0s #success=0 #failure=0");
    }
}
