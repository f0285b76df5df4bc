package dev.stsviz.app;

import picocli.CommandLine.Option;

/** Which live cluster, found as kubectl finds it: $KUBECONFIG or ~/.kube/config, or --kubeconfig. */
final class LiveOptions {
    @Option(names = "--context", paramLabel = "CONTEXT",
            description = "Use this kubeconfig context (a live cluster) instead of the simulator.")
    String context;

    @Option(names = "--kubeconfig", paramLabel = "FILE", description = "Kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).")
    String kubeconfig;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "Namespace (default: the context's, else default).")
    String namespace;

    @Option(names = "--read-only", description = "Refuse every write to the live cluster.")
    boolean readOnly;

    boolean live() {
        return context != null;
    }
}
