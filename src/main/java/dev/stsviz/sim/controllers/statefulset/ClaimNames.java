package dev.stsviz.sim.controllers.statefulset;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link StatefulPods#claimName} remembered per claim template, set and ordinal: the retention check looks up every
 * pod's claims on every sync, and a name built once keeps its hash (a pure cache: what it returns never differs).
 */
final class ClaimNames {
    private record Prefix(String template, String set) {
    }

    private final Map<Prefix, List<String>> names = new HashMap<>();

    String name(StatefulSet set, PersistentVolumeClaim template, int ordinal) {
        if (ordinal < 0 || ordinal > 100_000) {
            return StatefulPods.claimName(set, template, ordinal);
        }
        List<String> byOrdinal = names.computeIfAbsent(new Prefix(template.getMetadata().getName(), set.getMetadata().getName()),
                p -> new ArrayList<>());
        while (byOrdinal.size() <= ordinal) {
            byOrdinal.add(null);
        }
        String name = byOrdinal.get(ordinal);
        if (name == null) {
            name = StatefulPods.claimName(set, template, ordinal);
            byOrdinal.set(ordinal, name);
        }
        return name;
    }
}
