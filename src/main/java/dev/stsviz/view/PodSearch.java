package dev.stsviz.view;

import dev.stsviz.cluster.Kinds;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;

import java.util.Optional;

/**
 * "find pod…": typing a pod's exact name selects it and scrolls it into view; Enter takes the first pod whose name
 * contains the text. A pod in a compact column is found too: its column is highlighted and its dot ringed, and the
 * details pane shows it (the selection drives it).
 */
final class PodSearch {
    private final TextField field = new TextField();
    private final ClusterDiagram diagram;
    private final DiagramZoom zoom;

    PodSearch(ClusterDiagram diagram, DiagramZoom zoom) {
        this.diagram = diagram;
        this.zoom = zoom;
        field.setPromptText(Texts.get("search.prompt"));
        field.setId("find-pod");
        field.getStyleClass().add("find-pod");
        field.setPrefColumnCount(14);
        field.textProperty().addListener((o, a, b) -> find(b, true));
        field.setOnAction(e -> find(field.getText(), false));
    }

    TextField field() {
        return field;
    }

    /** Selects and reveals the pod; false (and the field marked) when none matches. */
    boolean find(String text, boolean exactOnly) {
        Optional<String> pod = diagram.findPod(text, exactOnly);
        field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-match"),
                pod.isEmpty() && !text.isBlank() && !exactOnly);
        if (pod.isEmpty()) {
            return false;
        }
        diagram.select(new Selection(Kinds.POD, pod.get()));
        if (zoom.getScene() != null) {
            zoom.getScene().getRoot().applyCss();
            zoom.getScene().getRoot().layout();
        }
        Bounds where = diagram.locate(pod.get());
        if (where != null) {
            zoom.reveal(where);
        }
        return true;
    }
}
