package dev.stsviz.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A kubeconfig pointing at a closed port: the status says why within 10 s instead of hanging in "connecting". */
class UnreachableClusterTest {
    @TempDir
    Path dir;

    @Test
    void closedPortIsReportedAsRetryingWithTheReason() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path kubeconfig = dir.resolve("config");
        Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\ncurrent-context: dead\n"
                + "clusters:\n- name: dead\n  cluster:\n    server: https://127.0.0.1:" + port + "\n    insecure-skip-tls-verify: true\n"
                + "contexts:\n- name: dead\n  context:\n    cluster: dead\n    user: u\n"
                + "users:\n- name: u\n  user:\n    token: not-printed\n");
        KubeContexts contexts = KubeContexts.load(kubeconfig.toString(), Map.of(), dir);
        long t0 = System.nanoTime();
        try (LiveClusterSource source = LiveClusterSource.open(contexts, null, null, false, NodeFaultPort.UNSUPPORTED)) {
            source.start();
            Poll.until(Duration.ofSeconds(10), () -> source.status().phase() == LiveStatus.Phase.RETRYING, source::describeStatus);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
            assertThat(source.describeStatus())
                    .matches("dead/default: retrying \\(connection refused\\) – last error \\d\\d:\\d\\d:\\d\\d")
                    .doesNotContain("not-printed");
        }
    }
}
