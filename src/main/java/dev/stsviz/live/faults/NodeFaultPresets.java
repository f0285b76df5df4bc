package dev.stsviz.live.faults;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Built-in node-fault commands for the clusters people run the chapter on, detected from the kubeconfig context.
 * <ul>
 *   <li>{@code minikube} (docker driver): {@code docker network disconnect {network} {node}}. Minikube puts a
 *       profile's node containers on a docker network named after the profile, and names them after the nodes
 *       ({@code minikube}, {@code minikube-m02}...); the kubeconfig context and cluster are named after the
 *       profile too, so {@code network} defaults to that name.</li>
 *   <li>{@code minikube-pause}: {@code docker pause {node}}: freezes the node container (kubelet stops posting
 *       status, exactly what the node controller reacts to) without touching networks. Chosen in the config
 *       file only.</li>
 *   <li>{@code kind}: {@code docker network disconnect kind {node}}: kind puts every cluster's node containers
 *       on the docker network {@code kind}, named after the nodes.</li>
 *   <li>{@code gke}: the chapter's own commands: {@code gcloud compute ssh {node} --command "sudo ifconfig eth0
 *       down"}, and {@code gcloud compute instances reset {node}} to bring the VM back (that is how the chapter
 *       restores it: with eth0 down, ssh can no longer reach it). Zone and project come from the context name
 *       {@code gke_PROJECT_LOCATION_CLUSTER} that {@code gcloud container clusters get-credentials} writes.</li>
 * </ul>
 */
public final class NodeFaultPresets {
    public static final String MINIKUBE = "minikube";
    public static final String MINIKUBE_PAUSE = "minikube-pause";
    public static final String KIND = "kind";
    public static final String GKE = "gke";
    /** Preset names the config file may use, in detection order. */
    public static final List<String> NAMES = List.of(MINIKUBE, MINIKUBE_PAUSE, KIND, GKE);

    /** kind's docker network is always {@code kind} (unless KIND_EXPERIMENTAL_DOCKER_NETWORK is set: use the config). */
    static final String KIND_NETWORK = "kind";
    private static final String GKE_AUTH_PLUGIN = "gke-gcloud-auth-plugin";
    /** Minikube's first docker-driver network is 192.168.49.0/24 (the node is .2). */
    private static final Pattern MINIKUBE_DOCKER_HOST = Pattern.compile("192\\.168\\.49\\.\\d{1,3}");
    /** A GCE zone ({@code europe-west1-b}); a bare region ({@code europe-west1}) means a regional cluster. */
    private static final Pattern GCE_ZONE = Pattern.compile("[a-z]+-[a-z]+\\d+-[a-z]");
    /** Project ids: lowercase, digits, hyphens; legacy domain-scoped ones look like {@code example.com:my-project}. */
    private static final Pattern GCP_PROJECT = Pattern.compile("[a-z0-9]([-a-z0-9.:]*[a-z0-9])?");
    private static final Pattern GCP_LOCATION = Pattern.compile("[a-z]+-[a-z]+\\d+(-[a-z])?");

    private NodeFaultPresets() {
    }

    /** The preset for this context, when it looks like minikube, kind or GKE. */
    public static Optional<NodeFaultTemplate> detect(ContextInfo ctx) {
        if (isKind(ctx)) {
            return byName(KIND, ctx);
        }
        if (isGke(ctx)) {
            return byName(GKE, ctx);
        }
        if (isMinikube(ctx)) {
            return byName(MINIKUBE, ctx);
        }
        return Optional.empty();
    }

    /** A preset by name, filled with what this context tells (network, zone, project); empty for an unknown name. */
    public static Optional<NodeFaultTemplate> byName(String name, ContextInfo ctx) {
        return Optional.ofNullable(switch (name) {
            case MINIKUBE -> new NodeFaultTemplate(MINIKUBE,
                    "minikube (docker driver): detach the node's container from the profile's docker network",
                    List.of("docker", "network", "disconnect", "{network}", "{node}"),
                    List.of("docker", "network", "connect", "{network}", "{node}"),
                    Map.of("network", minikubeProfile(ctx)));
            case MINIKUBE_PAUSE -> new NodeFaultTemplate(MINIKUBE_PAUSE,
                    "minikube (docker driver): freeze the node's container, then unfreeze it",
                    List.of("docker", "pause", "{node}"),
                    List.of("docker", "unpause", "{node}"),
                    Map.of());
            case KIND -> new NodeFaultTemplate(KIND,
                    "kind: detach the node's container from the kind docker network",
                    List.of("docker", "network", "disconnect", KIND_NETWORK, "{node}"),
                    List.of("docker", "network", "connect", KIND_NETWORK, "{node}"),
                    Map.of("network", KIND_NETWORK));
            case GKE -> new NodeFaultTemplate(GKE,
                    "GKE: take eth0 down over gcloud ssh (the ssh session then hangs), reset the VM to bring it back",
                    // --command's value is ONE argv element: gcloud hands it to the remote shell, ours never sees it
                    List.of("gcloud", "compute", "ssh", "{node}", "--zone", "{zone}", "--project", "{project}",
                            "--command", "sudo ifconfig eth0 down"),
                    List.of("gcloud", "compute", "instances", "reset", "{node}", "--zone", "{zone}",
                            "--project", "{project}"),
                    gkeVars(ctx.contextName()));
            default -> null;
        });
    }

    static boolean isKind(ContextInfo ctx) {
        return ctx.contextName().startsWith("kind-") && ctx.contextName().length() > "kind-".length();
    }

    static boolean isGke(ContextInfo ctx) {
        if (ctx.contextName().startsWith("gke_")) {
            return true;
        }
        String exec = ctx.execCommand();
        if (exec == null) {
            return false;
        }
        // the plugin may be given by absolute path (and with .exe on Windows)
        String base = exec.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.equals(GKE_AUTH_PLUGIN) || base.equals(GKE_AUTH_PLUGIN + ".exe");
    }

    static boolean isMinikube(ContextInfo ctx) {
        return ctx.contextName().equals("minikube") || ctx.clusterName().equals("minikube")
                || MINIKUBE_DOCKER_HOST.matcher(host(ctx.server())).matches();
    }

    /** Minikube names context, cluster and docker network after the profile; the cluster entry is renamed least. */
    private static String minikubeProfile(ContextInfo ctx) {
        return ctx.clusterName().isBlank() ? ctx.contextName() : ctx.clusterName();
    }

    /**
     * {@code gke_PROJECT_LOCATION_CLUSTER}: project, location and cluster names have no underscores, so splitting
     * is exact. A zonal cluster gives {@code zone}; a regional one only {@code region} (the node's own zone must
     * then come from its topology.kubernetes.io/zone label or the config file).
     */
    static Map<String, String> gkeVars(String contextName) {
        Map<String, String> vars = new LinkedHashMap<>();
        String[] parts = contextName.split("_", -1);
        if (parts.length != 4 || !parts[0].equals("gke")) {
            return vars;
        }
        String project = parts[1];
        String location = parts[2];
        if (GCP_PROJECT.matcher(project).matches()) {
            vars.put("project", project);
        }
        if (GCE_ZONE.matcher(location).matches()) {
            vars.put("zone", location);
        } else if (GCP_LOCATION.matcher(location).matches()) {
            vars.put("region", location);
        }
        if (!parts[3].isEmpty()) {
            vars.put("cluster", parts[3]);
        }
        return vars;
    }

    private static String host(String server) {
        if (server.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(server.trim()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            Matcher m = Pattern.compile("//([^:/]+)").matcher(server);
            return m.find() ? m.group(1) : "";
        }
    }
}
