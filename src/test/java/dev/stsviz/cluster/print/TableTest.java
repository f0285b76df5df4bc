package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void reproducesKubectlWidePodListing() {
        Table t = Table.withColumns("Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node",
                "Readiness Gates");
        t.addRow(List.of("kubia-0", "1/1", "Terminating", "0", "9m1s", "10.244.0.3", "hollow-node-0", "<none>", "<none>"));
        t.addRow(List.of("kubia-1", "1/1", "Running", "0", "7m31s", "10.244.2.3", "hollow-node-2", "<none>", "<none>"));

        assertThat(t.render()).isEqualTo("""
                NAME      READY   STATUS        RESTARTS   AGE     IP           NODE            NOMINATED NODE   READINESS GATES
                kubia-0   1/1     Terminating   0          9m1s    10.244.0.3   hollow-node-0   <none>           <none>
                kubia-1   1/1     Running       0          7m31s   10.244.2.3   hollow-node-2   <none>           <none>
                """);
    }

    @Test
    void reproducesKubectlPvcListing() {
        Table t = Table.withColumns("Name", "Status", "Volume", "Capacity", "Access Modes", "StorageClass", "Age");
        t.addRow(List.of("data-kubia-0", "Bound", "pvc-9ea59858-ecc9-4549-ba87-4db46e8f1f79", "1Mi", "RWO", "standard",
                "98s"));

        assertThat(t.render()).isEqualTo("""
                NAME           STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   AGE
                data-kubia-0   Bound    pvc-9ea59858-ecc9-4549-ba87-4db46e8f1f79   1Mi        RWO            standard       98s
                """);
    }

    @Test
    void columnsAreAtLeastSixWideIncludingPadding() {
        Table t = Table.withColumns("A", "B", "C");
        t.addRow(List.of("x", "", "z"));
        assertThat(t.render()).isEqualTo("A     B     C\nx           z\n");
    }

    @Test
    void paddingIsThreeBeyondTheWidestCell() {
        Table t = Table.withColumns("K", "V");
        t.addRow(List.of("abcdefgh", "1"));
        t.addRow(List.of("ab", "2"));
        assertThat(t.render()).isEqualTo("K          V\nabcdefgh   1\nab         2\n");
    }

    @Test
    void lastColumnIsNeverPaddedButAnEmptyLastCellKeepsThePrecedingPadding() {
        Table t = Table.withColumns("Name", "Reason");
        t.addRow(List.of("pv-1", ""));
        t.addRow(List.of("pv-22", "Failed to delete"));
        String out = t.render();
        assertThat(out.lines()).containsExactly("NAME    REASON", "pv-1    ", "pv-22   Failed to delete");
        assertThat(out).endsWith("\n");
    }

    @Test
    void widthsCountRunesLikeGo() {
        Table t = Table.withColumns("Name", "X");
        t.addRow(List.of("ünïcødé", "1"));
        // 7 runes (14 UTF-8 bytes) + 3 padding = width 10
        assertThat(t.render()).isEqualTo("NAME" + " ".repeat(6) + "X\n" + "ünïcødé" + " ".repeat(3) + "1\n");
    }

    @Test
    void headersAreUpperCased() {
        Table t = new Table(List.of("Last Seen", "Port(s)", "VolumeAttributesClass"));
        assertThat(t.headers()).containsExactly("LAST SEEN", "PORT(S)", "VOLUMEATTRIBUTESCLASS");
    }

    @Test
    void emptyTableRendersOnlyTheHeaderAndReportsEmpty() {
        Table t = Table.withColumns("Name", "Age");
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.rowCount()).isZero();
        assertThat(t.render()).isEqualTo("NAME   AGE\n");
    }

    @Test
    void nullCellsPrintAsEmpty() {
        Table t = Table.withColumns("A", "B");
        t.addRow(java.util.Arrays.asList(null, "b"));
        assertThat(t.render()).isEqualTo("A     B\n      b\n");
    }

    @Test
    void rowsMustMatchTheColumnCount() {
        Table t = Table.withColumns("A", "B");
        assertThatThrownBy(() -> t.addRow(List.of("only-one"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noResourcesMessages() {
        assertThat(Table.noResources("default")).isEqualTo("No resources found in default namespace.");
        assertThat(Table.noResources("kube-system")).isEqualTo("No resources found in kube-system namespace.");
        assertThat(Table.noResources(null)).isEqualTo("No resources found");
        assertThat(Table.noResources("")).isEqualTo("No resources found");
    }
}
