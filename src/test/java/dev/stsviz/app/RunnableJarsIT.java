package dev.stsviz.app;

import dev.stsviz.app.NativeHeaders.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The runnable jars the build leaves in target/ (failsafe runs this after package): each holds the native libraries
 * and Glass classes of its platforms and no others, checked by the binaries' headers, and the main jar starts here,
 * headless, as {@code java -jar}.
 */
class RunnableJarsIT {
    private static final Path JARS = Path.of(System.getProperty("stsviz.jars", "target"));

    /** What JavaFX cannot start without on each OS, by the names its loader asks for. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "linux", List.of("libglass.so", "libglassgtk3.so", "libprism_sw.so", "libjavafx_font.so"),
            "mac", List.of("libglass.dylib", "libprism_sw.dylib", "libjavafx_font.dylib"),
            "win", List.of("glass.dll", "prism_sw.dll", "javafx_font.dll"));

    private static final Map<String, String> GLASS = Map.of(
            "linux", "com/sun/glass/ui/gtk/GtkApplication.class",
            "mac", "com/sun/glass/ui/mac/MacApplication.class",
            "win", "com/sun/glass/ui/win/WinApplication.class");

    private static String os(Platform platform) {
        return switch (platform) {
            case LINUX_X64, LINUX_AARCH64 -> "linux";
            case MAC_X64, MAC_AARCH64 -> "mac";
            case WINDOWS_X64 -> "win";
        };
    }

    private static String os(String library) {
        return library.endsWith(".so") ? "linux" : library.endsWith(".dylib") ? "mac" : library.endsWith(".dll") ? "win" : null;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "stsviz.jar                | LINUX_X64 MAC_AARCH64 WINDOWS_X64",
        "stsviz-linux-aarch64.jar  | LINUX_AARCH64",
        "stsviz-mac-x64.jar        | MAC_X64",
    })
    void eachJarHoldsItsPlatformsNativesAndNoOthers(String jarName, String platformNames) throws IOException {
        Set<Platform> platforms = Arrays.stream(platformNames.split(" ")).map(Platform::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Platform.class)));
        Set<String> oses = platforms.stream().map(RunnableJarsIT::os).collect(Collectors.toCollection(TreeSet::new));
        Map<Platform, Set<String>> byPlatform = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        try (JarFile jar = new JarFile(JARS.resolve(jarName).toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(Main.class.getName());
            for (var entry : jar.stream().filter(e -> os(e.getName()) != null).toList()) {
                byte[] bytes;
                try (var in = jar.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                NativeHeaders.platform(bytes).filter(p -> os(p).equals(os(entry.getName())))
                        .ifPresentOrElse(p -> byPlatform.computeIfAbsent(p, k -> new TreeSet<>()).add(entry.getName()),
                                () -> unknown.add(entry.getName()));
            }
            assertThat(unknown).as("natives of another architecture, or not matching their name's OS").isEmpty();
            assertThat(byPlatform.keySet()).isEqualTo(platforms);
            for (Platform platform : platforms) {
                assertThat(byPlatform.get(platform)).as(platform.name()).containsAll(REQUIRED.get(os(platform)));
            }
            for (var glass : GLASS.entrySet()) {
                assertThat(jar.getEntry(glass.getValue())).as(glass.getValue())
                        .matches(e -> (e != null) == oses.contains(glass.getKey()));
            }
        }
    }

    private static String java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavafx.cachedir=" + dir.resolve("openjfx"), "-jar", JARS.resolve("stsviz.jar").toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", args) + " printed:\n" + out).isZero();
        return out;
    }

    @Test
    void mainJarPrintsItsVersions(@TempDir Path dir) throws Exception {
        assertThat(java(dir, "--version")).startsWith("stsviz " + System.getProperty("stsviz.version") + "\nJavaFX 2")
                .contains("\nJava " + Runtime.version() + " ");
    }

    @Test
    void mainJarRunsTheChapterHeadless(@TempDir Path dir) throws Exception {
        String script = System.getProperty("stsviz.smokeScript", "docs/chapter10-minikube.txt");
        assertThat(java(dir, "run", script, "--empty")).contains("statefulset.apps/kubia created");
    }

    @Test
    void mainJarRendersTheWindowHeadlessWithItsNatives(@TempDir Path dir) throws Exception {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        assumeTrue(os.startsWith("linux") ? arch.equals("amd64") : os.startsWith("mac") ? arch.equals("aarch64")
                : arch.equals("amd64"), "the main jar has no natives for " + os + " " + arch);
        Path png = dir.resolve("window.png");
        assertThat(java(dir, "screenshot", png.toString(), "--width", "800", "--height", "500")).contains("wrote ");
        assertThat(png).isNotEmptyFile();
    }
}
