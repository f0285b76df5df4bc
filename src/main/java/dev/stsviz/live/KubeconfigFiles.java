package dev.stsviz.live;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which kubeconfig files to read, in kubectl's order: --kubeconfig, else every file in $KUBECONFIG, else ~/.kube/config. */
final class KubeconfigFiles {
    private KubeconfigFiles() {
    }

    static List<Path> resolve(String explicitPath, Map<String, String> env, Path home) {
        if (explicitPath != null && !explicitPath.isBlank()) {
            Path path = Path.of(explicitPath);
            if (!Files.isRegularFile(path)) {
                // kubectl: --kubeconfig must exist ("stat x: no such file or directory")
                throw new KubeconfigException("kubeconfig " + display(path, home) + " does not exist");
            }
            return List.of(path);
        }
        String variable = env.get("KUBECONFIG");
        if (variable != null && !variable.isBlank()) {
            List<Path> files = new ArrayList<>();
            for (String entry : variable.split(File.pathSeparator)) {
                // kubectl skips empty entries and files that do not exist, and reads each file once
                if (!entry.isBlank() && Files.isRegularFile(Path.of(entry)) && !files.contains(Path.of(entry))) {
                    files.add(Path.of(entry));
                }
            }
            return files;
        }
        Path fallback = home.resolve(".kube").resolve("config");
        return Files.isRegularFile(fallback) ? List.of(fallback) : List.of();
    }

    /** The path as the user would write it: the home directory as "~". */
    static String display(Path path, Path home) {
        Path absolute = path.toAbsolutePath().normalize();
        Path homeAbsolute = home.toAbsolutePath().normalize();
        if (absolute.startsWith(homeAbsolute) && !absolute.equals(homeAbsolute)) {
            return "~" + File.separator + homeAbsolute.relativize(absolute);
        }
        return path.toString();
    }
}
