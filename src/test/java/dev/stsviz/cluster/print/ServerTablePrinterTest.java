package dev.stsviz.cluster.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's tables print as kubectl prints them. The resources under server-tables/ were captured from a
 * Kubernetes 1.24 API server with {@code kubectl get ... -v=9}: NAME.json is the Table the server answered, NAME.txt
 * what kubectl 1.32 printed from that very answer (the events from one curl and two kubectl runs in the same second).
 */
class ServerTablePrinterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "pods, pods, false",
            "pods-wide, pods-wide, true",
            "pvc, pvc, false",
            "pvc-wide, pvc-wide, true",
            "pv, pv, false",
            "pv-wide, pv-wide, true",
            "nodes, nodes, false",
            "nodes-wide, nodes-wide, true",
            "sts, sts, false",
            "sts-wide, sts-wide, true",
            "svc, svc, false",
            "svc-wide, svc-wide, true",
            "endpoints, endpoints, false",
            "events, events, false",
            "events, events-wide, true",
            "pod-kubia-0, pod-kubia-0, false",
    })
    void printsWhatKubectlPrintedFromTheSameAnswer(String table, String printed, boolean wide) {
        assertThat(ServerTablePrinter.print(table(table), wide)).isEqualTo(resource(printed + ".txt"));
    }

    @Test
    void aOneTwentyFourServerHasNoVolumeAttributesClassColumn() {
        String pvc = ServerTablePrinter.print(table("pvc"), false);
        assertThat(pvc.lines().findFirst().orElseThrow())
                .isEqualTo("NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   AGE");
        assertThat(ServerTablePrinter.print(table("pvc-wide"), true).lines().findFirst().orElseThrow()).endsWith("AGE     VOLUMEMODE");
    }

    @Test
    void severalNamesPrintUnderOneHeaderInOneLayout() {
        // kubectl get pods kubia-0 nope kubia-1: one GET per name, the rows through one tabwriter
        List<Table> answers = List.of(table("pods-named-kubia-0"), table("pods-named-kubia-1"));
        assertThat(ServerTablePrinter.print(answers, false)).isEqualTo(resource("pods-named.txt"));
        assertThat(ServerTablePrinter.rows(answers)).isEqualTo(2);
    }

    @Test
    void cellsPrintAsGoPrintsTheDecodedJson() throws Exception {
        Table table = JSON.readValue("""
                {"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{},
                 "columnDefinitions":[
                   {"name":"Name","type":"string","format":"name","priority":0},
                   {"name":"Count","type":"integer","priority":0},
                   {"name":"Ratio","type":"number","priority":0},
                   {"name":"Ok","type":"boolean","priority":0},
                   {"name":"Note","type":"string","priority":0},
                   {"name":"Extra","type":"string","priority":1},
                   {"name":"Last Column","type":"string","priority":0}],
                 "rows":[
                   {"cells":["a", 3, 1.5, true, null, "wide only", "x"]},
                   {"cells":["b", 12, 1000000.0, false, "two\\nlines", null, "y", "beyond the columns"]},
                   {"cells":["c", 0, 1.0, false, "esc\\u001b[31m", "z"]}]}
                """, Table.class);
        assertThat(ServerTablePrinter.print(table, false)).isEqualTo("""
                NAME   COUNT   RATIO   OK      NOTE        LAST COLUMN
                a      3       1.5     true                x
                b      12      1e+06   false   two...      y
                c      0       1       false   esc^[[31m   \n""");
        assertThat(ServerTablePrinter.print(table, true).lines().findFirst().orElseThrow())
                .isEqualTo("NAME   COUNT   RATIO   OK      NOTE        EXTRA       LAST COLUMN");
    }

    @Test
    void noRowsPrintNothing() throws Exception {
        Table empty = JSON.readValue("""
                {"kind":"Table","apiVersion":"meta.k8s.io/v1","metadata":{},
                 "columnDefinitions":[{"name":"Name","type":"string","format":"name","priority":0}],"rows":[]}
                """, Table.class);
        assertThat(ServerTablePrinter.print(empty, true)).isEmpty();
        assertThat(ServerTablePrinter.rows(List.of(empty))).isZero();
    }

    @Test
    void goFloatFormatting() {
        assertThat(ServerTablePrinter.goFloat(1.5)).isEqualTo("1.5");
        assertThat(ServerTablePrinter.goFloat(123456.0)).isEqualTo("123456");
        assertThat(ServerTablePrinter.goFloat(1234567.0)).isEqualTo("1.234567e+06");
        assertThat(ServerTablePrinter.goFloat(0.0001)).isEqualTo("0.0001");
        assertThat(ServerTablePrinter.goFloat(0.00001)).isEqualTo("1e-05");
        assertThat(ServerTablePrinter.goFloat(-2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(ServerTablePrinter.goFloat(1e21)).isEqualTo("1e+21");
        assertThat(ServerTablePrinter.sprint(List.of(1, "a"))).isEqualTo("[1 a]");
        assertThat(ServerTablePrinter.sprint(java.util.Map.of("b", 2, "a", true))).isEqualTo("map[a:true b:2]");
    }

    static Table table(String name) {
        try {
            return JSON.readValue(resource(name + ".json"), Table.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = ServerTablePrinterTest.class.getResourceAsStream("/server-tables/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource server-tables/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
