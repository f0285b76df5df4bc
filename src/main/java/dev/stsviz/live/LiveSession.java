package dev.stsviz.live;

import dev.stsviz.cluster.ClusterChange;
import dev.stsviz.cluster.ClusterSource;
import dev.stsviz.cluster.Timestamps;
import dev.stsviz.console.CommandResult;
import dev.stsviz.console.Console;
import dev.stsviz.console.ConsoleBackend;
import dev.stsviz.console.ReadOnlyBackend;
import dev.stsviz.console.WithNodeFaults;
import dev.stsviz.live.console.LiveConsoleBackend;
import dev.stsviz.live.faults.ContextInfo;
import dev.stsviz.live.faults.NodeFaultCommands;
import dev.stsviz.live.faults.NodeFaultConfig;
import dev.stsviz.live.faults.NodeFaultRunner;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Everything one live context needs, built together: the client, the informer-fed source, the actions (read-only
 * if asked), the node-fault commands, and the console on the same client. Closing it disposes the informers.
 */
public final class LiveSession implements AutoCloseable {
    private final String context;
    private final String namespace;
    private final KubernetesClient client;
    private final LiveClusterSource source;
    private final NodeFaultAdapter faults;
    private final ConsoleBackend console;
    private final AtomicInteger reports = new AtomicInteger();
    private String serverVersion;

    private LiveSession(KubeContexts contexts, String requestedContext, String requestedNamespace, boolean readOnly) {
        this.context = contexts.resolve(requestedContext);
        this.namespace = requestedNamespace == null || requestedNamespace.isBlank() ? contexts.namespace(context) : requestedNamespace;
        Config config = contexts.forContext(context);
        this.client = new KubernetesClientBuilder().withConfig(config).build();
        NodeFaultCommands commands = NodeFaultCommands.resolve(contextInfo(config), NodeFaultConfig.userDefault());
        LiveClusterSource[] holder = new LiveClusterSource[1];
        this.faults = new NodeFaultAdapter(commands, new NodeFaultRunner(), () -> holder[0].state(), this::report);
        LiveActions actions = new LiveActions(client, namespace, faults);
        this.source = new LiveClusterSource(client, namespace, context, readOnly ? new ReadOnlyActions(actions) : actions);
        holder[0] = source;
        ConsoleBackend backend = new WithNodeFaults(new LiveConsoleBackend(client, namespace), new LiveFaultControls(faults));
        this.console = readOnly ? new ReadOnlyBackend(backend) : backend;
    }

    /** Opens a context of the user's kubeconfig (null: the current context; namespace null: the context's). */
    public static LiveSession open(KubeContexts contexts, String context, String namespace, boolean readOnly) {
        return new LiveSession(contexts, context, namespace, readOnly);
    }

    private ContextInfo contextInfo(Config config) {
        var named = config.getCurrentContext();
        String cluster = named == null || named.getContext() == null ? null : named.getContext().getCluster();
        String user = named == null || named.getContext() == null ? null : named.getContext().getUser();
        return new ContextInfo(context, cluster, config.getMasterUrl(), user, null, java.util.List.of());
    }

    /** A node-fault command's output, shown among the events (locally: nothing is written to the cluster). */
    private void report(String node, String text) {
        Instant now = Instant.now();
        source.state().apply(ClusterChange.upsert(new EventBuilder()
                .withNewMetadata().withName("stsviz-node-fault." + reports.incrementAndGet()).withNamespace(namespace).endMetadata()
                .withNewInvolvedObject().withKind("Node").withName(node).endInvolvedObject()
                .withType("Normal").withReason("NodeFaultCommand").withMessage(text)
                .withLastTimestamp(Timestamps.format(now)).withFirstTimestamp(Timestamps.format(now)).withCount(1)
                .withNewSource().withComponent("stsviz").endSource()
                .build()));
    }

    /** Every watched kind has been listed once (or given up as forbidden or not served). */
    public boolean synced() {
        LiveStatus.Phase phase = source.status().phase();
        return phase == LiveStatus.Phase.SYNCED || phase == LiveStatus.Phase.WATCHING;
    }

    public ClusterSource source() {
        return source;
    }

    public Function<String, CommandResult> console() {
        Console c = new Console(console, Path.of("").toAbsolutePath());
        return c::execute;
    }

    public ConsoleBackend consoleBackend() {
        return console;
    }

    /** The exact node-fault command for a confirmation, or the reason there is none. */
    public String faultPreview(String verb, String node) {
        try {
            return faults.preview(verb, node);
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    public String target() {
        return "context " + context + ", namespace " + namespace;
    }

    public String context() {
        return context;
    }

    /** The API server's version ("v1.31.0"), asked once (it blocks: never on the FX thread); empty when it did not say. */
    public synchronized String serverVersion() {
        if (serverVersion == null) {
            try {
                var info = client.getKubernetesVersion();
                serverVersion = info == null || info.getGitVersion() == null ? "" : info.getGitVersion();
            } catch (RuntimeException e) {
                return ""; // unreachable now: asked again next time
            }
        }
        return serverVersion;
    }

    public String namespace() {
        return namespace;
    }

    @Override
    public void close() {
        source.close();
        client.close();
    }
}
