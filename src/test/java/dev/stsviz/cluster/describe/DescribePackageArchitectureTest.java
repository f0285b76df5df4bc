package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The describers are pure functions over model types: no UI, no client, no wall clock. */
class DescribePackageArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/stsviz/cluster/describe");
    private static List<Path> files;

    @BeforeAll
    static void listSources() throws IOException {
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theFourDescribersArePresent() {
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("PodDescriber.java", "NodeDescriber.java", "PvcDescriber.java", "StatefulSetDescriber.java",
                        "PrefixWriter.java", "GoTabWriter.java");
    }

    @Test
    void onlyModelTypes() throws IOException {
        for (Path f : files) {
            assertThat(Files.readString(f)).as(f.toString())
                    .doesNotContain("javafx.").doesNotContain("io.fabric8.kubernetes.client");
        }
    }

    @Test
    void neverReadsTheWallClock() throws IOException {
        for (Path f : files) {
            assertThat(Files.readString(f)).as(f.toString())
                    .doesNotContain(".now(").doesNotContain("currentTimeMillis").doesNotContain("nanoTime")
                    .doesNotContainPattern("\\bClock\\b");
        }
    }
}
