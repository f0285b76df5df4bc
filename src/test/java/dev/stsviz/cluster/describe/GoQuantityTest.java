package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoQuantityTest {

    @ParameterizedTest
    @CsvSource({
        "1Mi, 1Mi", "1024Ki, 1Mi", "1.5Gi, 1536Mi", "1536Mi, 1536Mi", "4Gi, 4Gi", "1000Ki, 1000Ki",
        "0.5Ki, 512", "1000, 1k", "1500, 1500", "2, 2", "0.5, 500m", "0.1, 100m", "100m, 100m", "2000m, 2",
        "1.5, 1500m", "10G, 10G", "1e3, 1e3", "1500e3, 1500e3", "0.000000001, 1n", "0.0000000001, 1n",
        "0, 0", "0Mi, 0", "110, 110", "-100m, -100m"})
    void printsTheCanonicalForm(String written, String printed) {
        assertThat(GoQuantity.parse(written).toString()).isEqualTo(printed);
    }

    @Test
    void sumsKeepTheFirstFormat() {
        assertThat(GoQuantity.parse("64Mi").add(GoQuantity.parse("64Mi")).toString()).isEqualTo("128Mi");
        assertThat(GoQuantity.parse("100m").add(GoQuantity.parse("0.9")).toString()).isEqualTo("1");
        assertThat(GoQuantity.parse("1k").add(GoQuantity.parse("1Ki")).toString()).isEqualTo("2024");
    }

    @Test
    void valuesRoundUp() {
        assertThat(GoQuantity.parse("100m").milliValue()).isEqualTo(100);
        assertThat(GoQuantity.parse("2").milliValue()).isEqualTo(2000);
        assertThat(GoQuantity.parse("1500m").goValue()).isEqualTo(2);
        assertThat(GoQuantity.parse("64Mi").goValue()).isEqualTo(67_108_864L);
        assertThat(GoQuantity.parse("1n").milliValue()).isEqualTo(1);
    }

    @Test
    void missingEntriesAreTheZeroQuantity() {
        assertThat(GoQuantity.get(null, "cpu")).isEqualTo(GoQuantity.ZERO);
        assertThat(GoQuantity.get(Map.of("cpu", new Quantity("1")), "memory").toString()).isEqualTo("0");
        assertThat(GoQuantity.of(new Quantity()).isZero()).isTrue();
        assertThat(GoQuantity.parse("1").cmp(GoQuantity.parse("1000m"))).isZero();
    }
}
