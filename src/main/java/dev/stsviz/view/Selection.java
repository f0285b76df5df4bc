package dev.stsviz.view;

/** What the user selected in the diagram: a pod, a node or a claim, by kind and name. */
public record Selection(String kind, String name) {
}
