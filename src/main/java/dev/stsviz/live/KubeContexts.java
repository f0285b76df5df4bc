package dev.stsviz.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stsviz.live.errors.ErrorText;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kubeconfig contexts exactly as kubectl finds them: --kubeconfig, else $KUBECONFIG (several files merged,
 * the first file to define a name wins, as does the first current-context), else ~/.kube/config.
 * Never prints or logs credentials: only names, namespaces and file paths leave this class (a Config is handed
 * to the client and never turned into a string).
 */
public final class KubeContexts {
    public static final int TIMEOUT_MILLIS = 10_000;
    /** Config.autoConfigure reads this system property before $KUBECONFIG; it is global, so set it under a lock. */
    private static final String KUBECONFIG_PROPERTY = Config.KUBERNETES_KUBECONFIG_FILE;
    private static final Object PROPERTY_LOCK = new Object();

    private final List<Path> files;
    private final Path home;
    private final String pathVariable;
    private final Map<String, Named> contexts = new LinkedHashMap<>();
    private final Map<String, Named> users = new LinkedHashMap<>();
    private String current;

    private record Named(JsonNode body, Path file) {
    }

    private KubeContexts(List<Path> files, Path home, String pathVariable) {
        this.files = List.copyOf(files);
        this.home = home;
        this.pathVariable = pathVariable;
        for (Path file : files) {
            JsonNode root = KubeconfigYaml.read(file, home);
            collect(root.path("contexts"), "context", file, contexts);
            collect(root.path("users"), "user", file, users);
            String currentHere = root.path("current-context").asText("");
            if (current == null && !currentHere.isEmpty()) {
                current = currentHere;
            }
        }
    }

    /** @param explicitKubeconfig the --kubeconfig flag, or null to use $KUBECONFIG / ~/.kube/config */
    public static KubeContexts load(String explicitKubeconfig) {
        return load(explicitKubeconfig, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** For tests: the environment ($KUBECONFIG, $PATH) and home directory given explicitly. */
    public static KubeContexts load(String explicitKubeconfig, Map<String, String> env, Path home) {
        return new KubeContexts(KubeconfigFiles.resolve(explicitKubeconfig, env, home), home, env.get("PATH"));
    }

    private static void collect(JsonNode list, String field, Path file, Map<String, Named> into) {
        for (JsonNode entry : list) {
            String name = entry.path("name").asText("");
            if (!name.isEmpty()) {
                into.putIfAbsent(name, new Named(entry.path(field), file)); // first file wins, like kubectl
            }
        }
    }

    public List<Path> files() {
        return files;
    }

    public List<String> contextNames() {
        return new ArrayList<>(contexts.keySet());
    }

    public Optional<String> currentContext() {
        return Optional.ofNullable(current);
    }

    /** The context's namespace, "default" when it names none (kubectl's default). */
    public String namespace(String context) {
        String namespace = require(context).body().path("namespace").asText("");
        return namespace.isEmpty() ? "default" : namespace;
    }

    /** The context to use: the one asked for, else current-context. */
    public String resolve(String context) {
        if (context != null && !context.isBlank()) {
            require(context);
            return context;
        }
        if (current == null) {
            throw new KubeconfigException("error: current-context is not set in " + describeFiles() + "; pass --context");
        }
        require(current);
        return current;
    }

    /**
     * A client configuration for the context, built by fabric8 (client certificates, tokens, exec plugins such as
     * gke-gcloud-auth-plugin) from the same files we listed, with short timeouts so a dead cluster is reported in
     * seconds instead of retried silently.
     */
    public Config forContext(String context) {
        Named named = require(context);
        Named user = users.get(named.body().path("user").asText(""));
        if (user != null) {
            Path dir = user.file().toAbsolutePath().getParent();
            ExecPluginCheck.check(user.body().path("exec"), dir, pathVariable);
        }
        Config config;
        try {
            config = autoConfigure(context);
        } catch (KubernetesClientException e) {
            throw new KubeconfigException("context \"" + context + "\": " + ErrorText.of(e));
        }
        return tune(config);
    }

    /** The timeouts every live connection uses: 10 s to connect, 10 s per request, one retry. */
    public static Config tune(Config config) {
        config.setConnectionTimeout(TIMEOUT_MILLIS);
        config.setRequestTimeout(TIMEOUT_MILLIS);
        // the client retries failed requests with exponential backoff; one retry keeps errors visible quickly
        config.setRequestRetryBackoffLimit(1);
        return config;
    }

    private Config autoConfigure(String context) {
        String joined = files.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        synchronized (PROPERTY_LOCK) {
            String before = System.getProperty(KUBECONFIG_PROPERTY);
            System.setProperty(KUBECONFIG_PROPERTY, joined);
            try {
                return Config.autoConfigure(context);
            } finally {
                if (before == null) {
                    System.clearProperty(KUBECONFIG_PROPERTY);
                } else {
                    System.setProperty(KUBECONFIG_PROPERTY, before);
                }
            }
        }
    }

    private Named require(String context) {
        Named named = contexts.get(context);
        if (named == null) {
            throw new KubeconfigException("error: context \"" + context + "\" does not exist in " + describeFiles());
        }
        return named;
    }

    /** The files read, as the user would write them, e.g. "~/.kube/config". */
    public String describeFiles() {
        if (files.isEmpty()) {
            return "(no kubeconfig: set KUBECONFIG, pass --kubeconfig or create ~/.kube/config)";
        }
        return files.stream().map(f -> KubeconfigFiles.display(f, home)).collect(Collectors.joining(", "));
    }
}
