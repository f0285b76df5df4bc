package dev.stsviz.view;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The diagram with a small bar above it: zoom out / slider / zoom in / 1:1 / fit to window, the Show IPs toggle, and the
 * pod search.
 */
final class DiagramPane {
    private final VBox root = new VBox();
    private final DiagramZoom zoom;
    private final PodSearch search;

    DiagramPane(ClusterDiagram diagram) {
        zoom = new DiagramZoom(diagram);
        search = new PodSearch(diagram, zoom);
        Button out = new Button("−");
        out.setId("zoom-out");
        out.setOnAction(e -> zoom.zoomBy(1 / 1.25));
        Button in = new Button("+");
        in.setId("zoom-in");
        in.setOnAction(e -> zoom.zoomBy(1.25));
        Slider slider = new Slider(DiagramZoom.MIN, DiagramZoom.MAX, 1);
        slider.setId("zoom-slider");
        slider.setPrefWidth(140);
        slider.valueProperty().bindBidirectional(zoom.zoomProperty());
        Label percent = new Label();
        percent.getStyleClass().add("zoom-percent");
        percent.textProperty().bind(Bindings.format("%.0f%%", zoom.zoomProperty().multiply(100)));
        Button reset = new Button("1:1");
        reset.setId("zoom-reset");
        reset.setOnAction(e -> zoom.zoomBy(1 / zoom.zoom()));
        Button fit = new Button(Texts.get("zoom.fit"));
        fit.setId("zoom-fit");
        fit.setTooltip(new javafx.scene.control.Tooltip(Texts.get("zoom.fit.tip")));
        fit.setOnAction(e -> zoom.fitToWindow());
        for (Button b : new Button[] {out, in, reset, fit}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        percent.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        slider.setMinWidth(40);
        HBox.setHgrow(search.field(), Priority.SOMETIMES);
        ToggleButton ips = new ToggleButton(Texts.get("zoom.showIps"));
        ips.setTooltip(new javafx.scene.control.Tooltip(Texts.get("zoom.showIps.tip")));
        ips.setId("show-ips");
        ips.setMinWidth(Region.USE_PREF_SIZE);
        ips.selectedProperty().bindBidirectional(diagram.showIpsProperty());
        HBox bar = new HBox(6, zoomLabel(), out, slider, in, percent, reset, fit, ips, spacer, search.field());
        bar.getStyleClass().add("diagram-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(zoom.scrollPane(), Priority.ALWAYS);
        root.getChildren().addAll(bar, zoom.scrollPane());
        root.getStyleClass().add("diagram-pane");
    }

    private static Label zoomLabel() {
        Label label = new Label(Texts.get("zoom.label"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    Parent node() {
        return root;
    }

    DiagramZoom zoom() {
        return zoom;
    }

    PodSearch search() {
        return search;
    }
}
