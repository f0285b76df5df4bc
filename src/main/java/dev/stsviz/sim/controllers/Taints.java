package dev.stsviz.sim.controllers;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;

import java.util.List;
import java.util.Objects;

/** Taint and toleration matching ({@code staging/src/k8s.io/api/core/v1/toleration.go} ToleratesTaint). */
public final class Taints {
    public static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    public static final String NOT_READY = "node.kubernetes.io/not-ready";
    public static final String UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
    public static final String OUT_OF_SERVICE = "node.kubernetes.io/out-of-service";

    public static boolean tolerates(Toleration t, Taint taint) {
        if (t.getEffect() != null && !t.getEffect().isEmpty() && !t.getEffect().equals(taint.getEffect())) {
            return false;
        }
        if (t.getKey() != null && !t.getKey().isEmpty() && !t.getKey().equals(taint.getKey())) {
            return false;
        }
        String op = t.getOperator() == null || t.getOperator().isEmpty() ? "Equal" : t.getOperator();
        if ("Exists".equals(op)) {
            return true;
        }
        return (t.getKey() != null && !t.getKey().isEmpty()) && Objects.equals(nullToEmpty(t.getValue()), nullToEmpty(taint.getValue()));
    }

    public static boolean toleratedBy(Taint taint, List<Toleration> tolerations) {
        for (Toleration t : tolerations) {
            if (tolerates(t, taint)) {
                return true;
            }
        }
        return false;
    }

    public static List<Taint> of(Node node) {
        return node.getSpec() == null ? List.of() : node.getSpec().getTaints();
    }

    public static boolean has(Node node, String key, String effect) {
        for (Taint t : of(node)) {
            if (key.equals(t.getKey()) && effect.equals(t.getEffect())) {
                return true;
            }
        }
        return false;
    }

    /** TaintKeyExists: any effect. */
    public static boolean hasKey(Node node, String key) {
        for (Taint t : of(node)) {
            if (key.equals(t.getKey())) {
                return true;
            }
        }
        return false;
    }

    /** How the scheduler names a taint in its messages: {key: value}. */
    public static String describe(Taint taint) {
        return "{" + taint.getKey() + ": " + nullToEmpty(taint.getValue()) + "}";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private Taints() {
    }
}
