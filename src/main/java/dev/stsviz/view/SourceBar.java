package dev.stsviz.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where the picture comes from: the built-in simulator or one of the kubeconfig's contexts, and the namespace to
 * watch. Choosing and pressing Connect asks the shell to switch; the shell disposes the old source.
 */
public final class SourceBar extends HBox {
    public static final String SIMULATOR = "Simulator (built-in)";
    private final ChoiceBox<String> choice = new ChoiceBox<>();
    private final TextField namespace = new TextField("default");
    private final Label note = new Label();

    /** @param onSwitch receives (context or null for the simulator, namespace) */
    public SourceBar(List<String> contexts, String selected, String selectedNamespace, BiConsumer<String, String> onSwitch) {
        super(8);
        getStyleClass().add("source-bar");
        setAlignment(Pos.CENTER_LEFT);
        choice.setId("source");
        choice.getItems().add(SIMULATOR);
        choice.getItems().addAll(contexts);
        choice.setValue(selected == null ? SIMULATOR : selected);
        namespace.setId("namespace");
        namespace.setPrefColumnCount(12);
        namespace.setText(selectedNamespace == null ? "default" : selectedNamespace);
        namespace.disableProperty().bind(choice.valueProperty().isEqualTo(SIMULATOR));
        Button connect = new Button("Connect");
        connect.setId("connect");
        connect.setOnAction(e -> onSwitch.accept(SIMULATOR.equals(choice.getValue()) ? null : choice.getValue(),
                namespace.getText().isBlank() ? "default" : namespace.getText().strip()));
        note.getStyleClass().add("source-note");
        note.setId("source-note");
        getChildren().addAll(new Label("Source"), choice, new Label("Namespace"), namespace, connect, note);
    }

    /** A line next to the picker: "connecting to minikube…", or why the last switch failed. */
    public void note(String text) {
        note.setText(text);
    }
}
