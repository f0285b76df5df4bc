package dev.stsviz.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import java.util.List;

/**
 * Where the picture comes from: the built-in simulator as a minikube, kind or GKE cluster, or one of the
 * kubeconfig's contexts, and the namespace to watch. Choosing and pressing Connect asks the shell to switch; the shell disposes the old source.
 */
public final class SourceBar extends HBox {
    private static final String SIMULATOR_PREFIX = "Simulator: ";
    private final ChoiceBox<String> choice = new ChoiceBox<>();
    private final TextField namespace = new TextField("default");
    private final Label note = new Label();

    /** What Connect asks for: a simulated cluster of a kind, or a kubeconfig context and namespace. */
    public interface Switcher {
        void simulator(String cluster);

        void live(String context, String namespace);
    }

    /** The picker's entry for a simulated cluster ("minikube", "kind", "gke"). */
    public static String simulatorItem(String cluster) {
        return SIMULATOR_PREFIX + cluster;
    }

    /**
     * @param clusters        the kinds of cluster the simulator can be, first the default
     * @param selectedCluster the simulated cluster shown at start (when {@code selected} is null)
     * @param selected        the context shown at start, or null for the simulator
     */
    public SourceBar(List<String> clusters, String selectedCluster, List<String> contexts, String selected,
                     String selectedNamespace, Switcher onSwitch) {
        super(8);
        getStyleClass().add("source-bar");
        setAlignment(Pos.CENTER_LEFT);
        choice.setId("source");
        clusters.forEach(c -> choice.getItems().add(simulatorItem(c)));
        choice.getItems().addAll(contexts);
        choice.setValue(selected == null ? simulatorItem(selectedCluster) : selected);
        namespace.setId("namespace");
        namespace.setPrefColumnCount(12);
        namespace.setText(selectedNamespace == null ? "default" : selectedNamespace);
        namespace.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> isSimulator(choice.getValue()), choice.valueProperty()));
        Button connect = new Button(Texts.get("source.connect"));
        connect.setId("connect");
        connect.setOnAction(e -> {
            String value = choice.getValue();
            if (isSimulator(value)) {
                onSwitch.simulator(value.substring(SIMULATOR_PREFIX.length()));
            } else {
                onSwitch.live(value, namespace.getText().isBlank() ? "default" : namespace.getText().strip());
            }
        });
        note.getStyleClass().add("source-note");
        note.setId("source-note");
        getChildren().addAll(new Label(Texts.get("source.label")), choice, new Label(Texts.get("source.namespace")), namespace, connect, note);
    }

    private static boolean isSimulator(String item) {
        return item != null && item.startsWith(SIMULATOR_PREFIX);
    }

    /** A line next to the picker: "connecting to minikube…", or why the last switch failed. */
    public void note(String text) {
        note.setText(text);
    }
}
