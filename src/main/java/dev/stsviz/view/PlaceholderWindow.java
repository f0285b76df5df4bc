package dev.stsviz.view;

import dev.stsviz.cluster.ClusterState;
import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.print.NodePrinter;
import dev.stsviz.cluster.print.PodPrinter;
import dev.stsviz.cluster.print.PvcPrinter;
import dev.stsviz.sim.SimulatedClusterSource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;

/**
 * A stand-in until the cluster diagram lands: what kubectl get nodes / pods -o wide / pvc print, refreshed at
 * most once per pulse when the state changed, with play / pause and speed.
 */
public final class PlaceholderWindow {
    private final SimulatedClusterSource source;
    private final TextArea tables = new TextArea();
    private final Label status = new Label();
    private long shownRevision = -1;
    private long shownSecond = -1;

    public PlaceholderWindow(SimulatedClusterSource source) {
        this.source = source;
    }

    public void show(Stage stage) {
        tables.setEditable(false);
        tables.setFont(Font.font("Monospaced", 14));
        Button play = new Button("Play");
        play.setOnAction(e -> source.play());
        Button pause = new Button("Pause");
        pause.setOnAction(e -> source.pause());
        Button faster = new Button("Speed x10");
        faster.setOnAction(e -> source.setSpeed(source.speed() >= 10 ? 1 : 10));
        HBox bar = new HBox(8, play, pause, faster, status);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(tables);
        root.setTop(bar);
        stage.setTitle("stsviz — StatefulSet simulator (preview)");
        var icon = PlaceholderWindow.class.getResourceAsStream("/assets/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon));
        }
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                refresh();
            }
        }.start();
    }

    private void refresh() {
        ClusterState state = source.state();
        long second = source.elapsed().toSeconds();
        status.setText(source.describeStatus());
        if (state.revision() == shownRevision && second == shownSecond) {
            return;
        }
        shownRevision = state.revision();
        shownSecond = second;
        var now = source.now();
        tables.setText("$ kubectl get nodes\n" + NodePrinter.table(state.list(Node.class, Kinds.NODE), now, false)
                + "\n$ kubectl get pods -o wide\n" + PodPrinter.table(state.list(Pod.class, Kinds.POD), now, true)
                + "\n$ kubectl get pvc\n" + PvcPrinter.DEFAULT.table(state.list(PersistentVolumeClaim.class, Kinds.PVC), now, false));
    }
}
