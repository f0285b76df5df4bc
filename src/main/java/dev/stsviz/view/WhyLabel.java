package dev.stsviz.view;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The why-line under the toolbar: one line per StatefulSet, never wrapped (a wrapping line would push the whole diagram
 * down and back as it changes), cut with an ellipsis at the end, and whole in a tooltip on hover.
 */
final class WhyLabel {
    private WhyLabel() {
    }

    static void keepToOneLine(Label why) {
        why.setWrapText(false);
        why.setTextOverrun(OverrunStyle.ELLIPSIS);
        why.setEllipsisString("…");
        why.setMinWidth(0); // let the top bar shrink it instead of growing with it
        why.setMaxWidth(Double.MAX_VALUE);
        Tooltip full = new Tooltip();
        full.setId("why-tooltip");
        full.setWrapText(true);
        full.setMaxWidth(900);
        full.setShowDelay(Duration.millis(300));
        full.setShowDuration(Duration.INDEFINITE);
        why.setTooltip(full);
    }

    /** Sets the text and its tooltip; only when it changed (the publisher calls this every second). */
    static void show(Label why, String text) {
        if (!text.equals(why.getText())) {
            why.setText(text);
            why.getTooltip().setText(text);
        }
    }
}
