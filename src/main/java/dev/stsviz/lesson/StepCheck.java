package dev.stsviz.lesson;

import dev.stsviz.console.ObjectStates;
import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a step's completion conditions hold in the current state: pure and cheap (one lookup per condition), so
 * the window evaluates it on every publisher pulse. A step without conditions is complete once its action ran (or at
 * once when it has none).
 */
final class StepCheck {
    private StepCheck() {
    }

    /**
     * @param names      each condition's object name with its roles resolved (null: a role is not known yet)
     * @param baseline   for {@code new} conditions: the uid the object had when the step began (absent: there was none)
     * @param actionDone whether the step's action ran
     */
    static Progress check(Step step, List<String> names, ObjectLookup lookup, String namespace, Map<Integer, String> baseline,
                          boolean actionDone) {
        if (step.conditions().isEmpty()) {
            boolean met = !step.hasAction() || actionDone;
            return new Progress(met, met ? List.of() : List.of("its action (Do it)"));
        }
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < step.conditions().size(); i++) {
            Condition c = step.conditions().get(i);
            String name = names.get(i);
            if (name == null) {
                waiting.add(c.describe(c.object().name()) + " (" + c.object().name().replaceAll("[{}]", "") + " is not known yet)");
                continue;
            }
            HasMetadata object = lookup.get(c.object().type(), namespace, name);
            boolean same = c.fresh() && object != null && object.getMetadata().getUid() != null
                    && object.getMetadata().getUid().equals(baseline.get(i));
            if (same) {
                waiting.add(c.describe(name) + " (the old one is " + ObjectStates.stateOf(object, "") + ")");
            } else if (c.states().stream().noneMatch(s -> ObjectStates.is(object, s))) {
                waiting.add(c.describe(name) + (object == null ? " (there is none yet)"
                        : " (it is " + ObjectStates.stateOf(object, c.states().get(0)) + ")"));
            }
        }
        return new Progress(waiting.isEmpty(), waiting);
    }
}
