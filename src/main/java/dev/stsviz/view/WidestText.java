package dev.stsviz.view;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** Keeps a control whose label changes (Play / Pause) as wide as its widest label, so what follows it stays put. */
final class WidestText {
    private WidestText() {
    }

    static void keepWidthFor(Labeled control, String... labels) {
        control.setMinWidth(Region.USE_PREF_SIZE);
        control.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double widest = 0;
            for (String label : labels) {
                Text text = new Text(label);
                text.setFont(control.getFont());
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
            // the skin adds the label padding inside the insets; round up so the text never needs an ellipsis
            double labelPadding = control.getLabelPadding().getLeft() + control.getLabelPadding().getRight();
            return Math.ceil(widest + labelPadding + control.getInsets().getLeft() + control.getInsets().getRight()) + 2;
        }, control.fontProperty(), control.insetsProperty(), control.labelPaddingProperty()));
    }
}
