package dev.stsviz.live;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks that a context's exec credential plugin can be found before fabric8 runs it: fabric8 only logs a
 * failed plugin and connects without credentials, which surfaces later as a puzzling 401.
 */
final class ExecPluginCheck {
    /** What kubectl users are told to run for the common plugins when the kubeconfig has no installHint. */
    private static final Map<String, String> KNOWN_HINTS = Map.of(
            "gke-gcloud-auth-plugin", "gcloud components install gke-gcloud-auth-plugin",
            "aws", "install the AWS CLI v2",
            "aws-iam-authenticator", "see https://github.com/kubernetes-sigs/aws-iam-authenticator",
            "kubelogin", "az aks install-cli");

    private ExecPluginCheck() {
    }

    /** @param exec users[].user.exec, possibly missing; @param kubeconfigDir where relative commands live */
    static void check(JsonNode exec, Path kubeconfigDir, String pathVariable) {
        String command = exec.path("command").asText("");
        if (command.isEmpty() || found(command, kubeconfigDir, pathVariable)) {
            return;
        }
        String name = Path.of(command).getFileName().toString();
        String hint = exec.path("installHint").asText("").strip();
        if (hint.isEmpty()) {
            hint = KNOWN_HINTS.get(name);
        }
        throw new KubeconfigException("the context's credential plugin \"" + name + "\" was not found on PATH; install it"
                + (hint == null || hint.isEmpty() ? "" : " (" + hint.lines().findFirst().orElse(hint) + ")"));
    }

    private static boolean found(String command, Path kubeconfigDir, String pathVariable) {
        if (command.contains("/") || command.contains(File.separator)) {
            // client-go: a relative path with a separator is relative to the kubeconfig's directory
            Path path = Path.of(command);
            return executable(path.isAbsolute() ? path : kubeconfigDir.resolve(path));
        }
        if (pathVariable == null) {
            return false;
        }
        boolean windows = File.separatorChar == '\\';
        for (String dir : pathVariable.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir).resolve(command);
            if (executable(candidate) || (windows && executable(Path.of(dir).resolve(command + ".exe")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean executable(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
