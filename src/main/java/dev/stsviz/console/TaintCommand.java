package dev.stsviz.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stsviz.cluster.Kinds;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code kubectl taint nodes NODE key[=value]:Effect[-] ...}, e.g. the out-of-service taint. */
final class TaintCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> EFFECTS = Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");
    private final ConsoleBackend backend;

    TaintCommand(ConsoleBackend backend) {
        this.backend = backend;
    }

    String run(List<String> words) {
        KubectlArgs args = KubectlArgs.parse(words, Set.of(), "taint");
        List<String> pos = args.positional();
        if (pos.size() < 3 || !ResourceType.parse(pos.get(0)).equals(ResourceType.NODES)) {
            throw new ConsoleException("error: at least one taint update is required\nSee 'kubectl taint -h' for help and examples");
        }
        String name = pos.get(1);
        Node node = backend.get(Node.class, Kinds.NODE, null, name);
        if (node == null) {
            throw new ConsoleException("Error from server (NotFound): nodes \"" + name + "\" not found");
        }
        List<Taint> taints = new ArrayList<>(node.getSpec().getTaints());
        boolean removed = false;
        for (String spec : pos.subList(2, pos.size())) {
            if (spec.endsWith("-")) {
                String body = spec.substring(0, spec.length() - 1);
                String key = body.contains(":") ? body.substring(0, body.indexOf(':')) : body;
                String effect = body.contains(":") ? body.substring(body.indexOf(':') + 1) : null;
                boolean any = taints.removeIf(t -> t.getKey().equals(key) && (effect == null || effect.equals(t.getEffect())));
                if (!any) {
                    throw new ConsoleException("error: taint \"" + body + "\" not found");
                }
                removed = true;
                continue;
            }
            int colon = spec.lastIndexOf(':');
            if (colon < 0 || !EFFECTS.contains(spec.substring(colon + 1))) {
                throw new ConsoleException("error: invalid taint spec: " + spec + ", unknown taint effect");
            }
            String effect = spec.substring(colon + 1);
            String keyValue = spec.substring(0, colon);
            String key = keyValue.contains("=") ? keyValue.substring(0, keyValue.indexOf('=')) : keyValue;
            String value = keyValue.contains("=") ? keyValue.substring(keyValue.indexOf('=') + 1) : null;
            if (taints.stream().anyMatch(t -> t.getKey().equals(key) && t.getEffect().equals(effect))) {
                throw new ConsoleException("error: node " + name + " already has " + key
                        + " taint(s) with same effect(s) and --overwrite is false");
            }
            Taint taint = new io.fabric8.kubernetes.api.model.TaintBuilder().withKey(key).withValue(value).withEffect(effect).build();
            taints.add(taint);
        }
        ObjectNode patch = JSON.createObjectNode();
        ArrayNode list = patch.putObject("spec").putArray("taints");
        for (Taint t : taints) {
            list.add(JSON.valueToTree(t));
        }
        backend.patch(Kinds.NODE, null, name, patch.toString(), false);
        return "node/" + name + (removed ? " untainted" : " tainted") + "\n";
    }
}
