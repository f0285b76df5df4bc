package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The printers are pure functions over model types: no UI, no client, no wall clock. Checked on the
 * sources (surefire runs with the project directory as working directory).
 */
class PrintPackageArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/stsviz/cluster/print");
    private static List<Path> files;

    @BeforeAll
    static void listSources() throws IOException {
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void sourcesArePresent() {
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("HumanDuration.java", "Ages.java", "Table.java", "PodPrinter.java", "NodePrinter.java",
                        "PvcPrinter.java", "PvPrinter.java", "StatefulSetPrinter.java", "ServicePrinter.java",
                        "EventPrinter.java", "EndpointsPrinter.java");
    }

    @Test
    void noJavaFxAndNoKubernetesClient() throws IOException {
        for (Path f : files) {
            String code = Files.readString(f);
            assertThat(code).as(f.toString()).doesNotContain("javafx.").doesNotContain("io.fabric8.kubernetes.client");
        }
    }

    @Test
    void neverReadsTheWallClock() throws IOException {
        for (Path f : files) {
            String code = Files.readString(f);
            assertThat(code).as(f.toString())
                    .doesNotContain(".now(")
                    .doesNotContain("currentTimeMillis")
                    .doesNotContain("nanoTime")
                    .doesNotContain("java.time.Clock")
                    .doesNotContainPattern("\\bClock\\b");
        }
    }
}
