package dev.stsviz.view;

import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * How the window looks, not what the cluster does: projector mode (F5) and the theme. The theme button names the
 * theme it switches to ("Dark" on the light theme, "Light" on the dark one).
 */
final class ViewToggles extends HBox {
    static final String DARK = Texts.get("toggle.dark");
    static final String LIGHT = Texts.get("toggle.light");
    private final ToggleButton projector = new ToggleButton(Texts.get("toggle.projector"));
    private final ToggleButton dark = new ToggleButton();

    ViewToggles(boolean darkOn, boolean projectorOn) {
        super(6);
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("view-toggles");
        setMinWidth(Region.USE_PREF_SIZE);
        projector.setId("projector");
        projector.setTooltip(new Tooltip(Texts.get("toggle.projector.tip")));
        projector.setSelected(projectorOn);
        projector.setMinWidth(Region.USE_PREF_SIZE);
        dark.setId("theme");
        dark.setSelected(darkOn);
        dark.setTooltip(new Tooltip(Texts.get("toggle.dark.tip")));
        WidestText.keepWidthFor(dark, DARK, LIGHT);
        dark.textProperty().bind(javafx.beans.binding.Bindings.when(dark.selectedProperty()).then(LIGHT).otherwise(DARK));
        getChildren().addAll(projector, dark);
    }

    ToggleButton projector() {
        return projector;
    }

    ToggleButton dark() {
        return dark;
    }
}
