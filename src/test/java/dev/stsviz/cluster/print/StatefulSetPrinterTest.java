package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatefulSetPrinterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:02:41Z");

    private static StatefulSetBuilder kubia(int replicas, int ready, Duration age) {
        return new StatefulSetBuilder()
                .withNewMetadata().withName("kubia").withNamespace("default")
                    .withCreationTimestamp(NOW.minus(age).toString()).endMetadata()
                .withNewSpec()
                    .withReplicas(replicas).withServiceName("kubia")
                    .withNewSelector().addToMatchLabels("app", "kubia").endSelector()
                    .withNewTemplate()
                        .withNewMetadata().addToLabels("app", "kubia").endMetadata()
                        .withNewSpec()
                            .addNewContainer().withName("kubia").withImage("luksa/kubia-pet").endContainer()
                        .endSpec()
                    .endTemplate()
                .endSpec()
                .withNewStatus().withReplicas(replicas).withReadyReplicas(ready).endStatus();
    }

    @Test
    void listing() {
        assertThat(StatefulSetPrinter.table(List.of(kubia(2, 1, Duration.ofMinutes(9)).build()), NOW, false))
                .isEqualTo("""
                        NAME    READY   AGE
                        kubia   1/2     9m
                        """);
    }

    @Test
    void wideListsContainersAndImages() {
        StatefulSet sts = kubia(3, 3, Duration.ofHours(5))
                .editSpec().editTemplate().editSpec()
                    .addNewContainer().withName("envoy").withImage("envoyproxy/envoy:v1.31.0").endContainer()
                .endSpec().endTemplate().endSpec()
                .build();
        assertThat(StatefulSetPrinter.headers(true)).containsExactly("Name", "Ready", "Age", "Containers", "Images");
        assertThat(StatefulSetPrinter.cells(sts, NOW, true))
                .containsExactly("kubia", "3/3", "5h", "kubia,envoy", "luksa/kubia-pet,envoyproxy/envoy:v1.31.0");
    }

    @Test
    void scaledToZero() {
        StatefulSet sts = kubia(0, 0, Duration.ofDays(2)).build();
        assertThat(StatefulSetPrinter.ready(sts)).isEqualTo("0/0");
    }

    @Test
    void missingCountsPrintAsZero() {
        StatefulSet fresh = kubia(2, 0, Duration.ofSeconds(1)).withStatus(null).build();
        StatefulSet noReadyField = kubia(2, 0, Duration.ofSeconds(1))
                .editStatus().withReadyReplicas(null).endStatus().build();
        assertThat(StatefulSetPrinter.ready(fresh)).isEqualTo("0/2");
        assertThat(StatefulSetPrinter.ready(noReadyField)).isEqualTo("0/2");
        assertThat(StatefulSetPrinter.cells(new StatefulSet(), NOW, true))
                .containsExactly("", "0/0", "<unknown>", "", "");
    }
}
