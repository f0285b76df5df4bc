package dev.stsviz.live.faults;

import java.util.List;

/**
 * What preset detection needs to know about a kubeconfig context, as plain strings so this package stays free of
 * client calls. The caller fills it from fabric8's {@code Config}/{@code NamedContext}: the context's name, its
 * cluster's name and server URL, its user's name and, when that user authenticates with an exec plugin, the
 * plugin's command (e.g. {@code gke-gcloud-auth-plugin}) and arguments.
 *
 * @param contextName the kubeconfig context name (e.g. {@code minikube}, {@code kind-demo}, {@code gke_p_z_c})
 * @param clusterName the name of the context's cluster entry; may be empty
 * @param server      the cluster's API server URL; may be empty
 * @param userName    the name of the context's user entry; may be empty
 * @param execCommand the user's exec credential plugin command, or {@code null} when there is none
 * @param execArgs    the exec plugin's arguments (empty when there is none)
 */
public record ContextInfo(String contextName, String clusterName, String server, String userName,
                          String execCommand, List<String> execArgs) {
    public ContextInfo {
        if (contextName == null || contextName.isBlank()) {
            throw new IllegalArgumentException("contextName is required");
        }
        clusterName = clusterName == null ? "" : clusterName;
        server = server == null ? "" : server;
        userName = userName == null ? "" : userName;
        execArgs = execArgs == null ? List.of() : List.copyOf(execArgs);
    }

    /** A context known only by name (tests, or a caller that has nothing else). */
    public static ContextInfo named(String contextName) {
        return new ContextInfo(contextName, "", "", "", null, List.of());
    }
}
