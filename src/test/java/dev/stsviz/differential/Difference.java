package dev.stsviz.differential;

/**
 * One way the simulator's history (in {@code profile}) differs from the control plane's: {@code aspect} is {@code states} (the sequence
 * of an object's states), {@code times} (the same states, begun too far apart) or {@code events}.
 */
record Difference(String profile, String scenario, String object, String aspect, String detail) {
    @Override
    public String toString() {
        return profile + " · " + scenario + " · " + object + " · " + aspect + ": " + detail;
    }
}
