package dev.stsviz.console;

import dev.stsviz.cluster.Dns;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Service;

import java.util.List;
import java.util.Set;

/** curl through {@code kubectl proxy}, dig SRV, and {@code kubectl run ... -- dig} as the chapter uses them. */
final class NetworkCommands {
    private static final String PROXY = "localhost:8001";
    private final ConsoleBackend backend;
    private int digId = 1;

    NetworkCommands(ConsoleBackend backend) {
        this.backend = backend;
    }

    String proxy() {
        return "Starting to serve on 127.0.0.1:8001\n";
    }

    /** {@code curl [-X METHOD] [-d DATA] [-s] URL}: only the API server proxy that kubectl proxy serves. */
    CommandResult curl(List<String> words) {
        String method = null;
        String data = null;
        String url = null;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-X", "--request" -> method = next(words, ++i, w);
                case "-d", "--data", "--data-raw", "--data-binary" -> data = next(words, ++i, w);
                case "-s", "--silent", "-S", "-sS", "-i" -> { }
                default -> {
                    if (w.startsWith("-")) {
                        return CommandResult.error("curl: option " + w + ": is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information");
                    }
                    url = w;
                }
            }
        }
        if (url == null) {
            return CommandResult.error("curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information");
        }
        if (method == null) {
            method = data != null ? "POST" : "GET";
        }
        String path = url.replaceFirst("^https?://", "");
        if (!path.startsWith(PROXY) && !path.startsWith("127.0.0.1:8001")) {
            String host = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            return CommandResult.error("curl: (6) Could not resolve host: " + host);
        }
        path = path.substring(path.indexOf(':') + 5);
        if (path.isEmpty()) {
            path = "/";
        }
        HttpReply reply = backend.proxy(method, path, data == null ? "" : data);
        return CommandResult.ok(reply.body().endsWith("\n") || reply.body().isEmpty() ? reply.body() : reply.body() + "\n");
    }

    private static String next(List<String> words, int i, String option) {
        if (i >= words.size()) {
            throw new ConsoleException("curl: option " + option + ": requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information");
        }
        return words.get(i);
    }

    /** {@code dig SRV NAME} (or {@code dig NAME SRV}) against cluster DNS. */
    CommandResult dig(List<String> words) {
        String name = null;
        boolean srv = false;
        for (String w : words) {
            if (w.equalsIgnoreCase("SRV")) {
                srv = true;
            } else if (w.startsWith("+") || w.startsWith("@")) {
                continue;
            } else {
                name = w;
            }
        }
        if (name == null || !srv) {
            return CommandResult.error("dig: the console answers SRV queries: dig SRV <service>.<namespace>.svc.cluster.local");
        }
        String[] svc = Dns.serviceOf(name);
        Service service = svc == null ? null : backend.get(Service.class, Kinds.SERVICE, svc[1], svc[0]);
        Endpoints endpoints = null;
        if (svc != null) {
            // CoreDNS answers from EndpointSlices; the older Endpoints object is the fallback
            endpoints = Dns.fromSlices(svc[0], backend.list(io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice.class,
                    Kinds.ENDPOINT_SLICE, svc[1]));
            if (endpoints == null) {
                endpoints = backend.get(Endpoints.class, Kinds.ENDPOINTS, svc[1], svc[0]);
            }
        }
        Dns.Answer answer = Dns.srv(name, service, endpoints, backend.random("dns"));
        return CommandResult.ok(DigFormat.format(answer, "SRV " + name, digId++, backend.now()));
    }

    /** {@code kubectl run NAME --image=tutum/dnsutils [--rm] [-it] [--restart=Never] -- dig ...}. */
    CommandResult run(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of("image", "restart", "rm", "stdin", "tty", "namespace"), "run");
        if (args.positional().isEmpty()) {
            return CommandResult.error("error: NAME is required for run\nSee 'kubectl run -h' for help and examples");
        }
        if (!args.has("image")) {
            return CommandResult.error("error: required flag(s) \"image\" not set");
        }
        List<String> command = args.afterDash();
        if (command.isEmpty() || !command.get(0).equals("dig")) {
            return CommandResult.error("error: the console runs only `-- dig SRV ...` in a pod (the chapter's srvlookup)");
        }
        CommandResult dig = dig(command.subList(1, command.size()));
        String name = args.positional().get(0);
        String out = dig.output() + (args.flag("rm") ? "pod \"" + name + "\" deleted\n" : "");
        return new CommandResult(out, dig.ok());
    }
}
