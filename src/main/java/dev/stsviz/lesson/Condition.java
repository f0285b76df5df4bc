package dev.stsviz.lesson;

import java.util.List;

/**
 * {@code Until: [new] TYPE/NAME STATE[|STATE...]}: the object is in one of the states {@code sim wait-until} knows
 * (kubectl's STATUS, Ready, Gone, Present). {@code new}: and it is not the object that had the name when the step
 * began (a pod deleted and recreated, a pod replaced by a rolling update).
 */
public record Condition(ObjectRef object, List<String> states, boolean fresh) {
    public Condition {
        states = List.copyOf(states);
    }

    /** "kubia-1 to be Ready", "a new kubia-0 to be Ready", "kubia-0 to be Terminating or Unknown". */
    public String describe(String name) {
        return (fresh ? "a new " : "") + name + " to be " + String.join(" or ", states);
    }
}
