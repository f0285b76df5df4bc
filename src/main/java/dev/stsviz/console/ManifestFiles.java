package dev.stsviz.console;

import dev.stsviz.cluster.Manifests;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Resolves {@code -f FILE|DIR} like kubectl: relative to the working directory; a directory means its .yaml, .yml
 * and .json files in name order. A path under manifests/ that is not on disk falls back to the chapter's manifests
 * bundled in the jar, so the walkthrough runs from anywhere.
 */
final class ManifestFiles {
    private final Path workingDirectory;

    ManifestFiles(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    List<HasMetadata> load(String path) {
        Path file = workingDirectory.resolve(path);
        if (Files.isDirectory(file)) {
            List<HasMetadata> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(file)) {
                for (Path p : files.filter(ManifestFiles::isManifest).sorted().toList()) {
                    all.addAll(read(p, path.replaceAll("/$", "") + "/" + p.getFileName()));
                }
            } catch (IOException e) {
                throw new ConsoleException("error: " + e.getMessage());
            }
            return all;
        }
        if (Files.isRegularFile(file)) {
            return read(file, path);
        }
        Path name = Path.of(path).getFileName();
        Path parent = Path.of(path).getParent();
        if (name != null && (parent == null || parent.toString().equals("manifests"))) {
            try {
                return Manifests.bundled(name.toString());
            } catch (IllegalArgumentException notBundled) {
                // fall through to kubectl's error
            }
        }
        throw new ConsoleException("error: the path \"" + path + "\" does not exist");
    }

    private static boolean isManifest(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static List<HasMetadata> read(Path file, String shownAs) {
        try {
            return Manifests.parse(Files.readString(file), shownAs);
        } catch (IOException e) {
            throw new ConsoleException("error: " + e.getMessage());
        }
    }
}
