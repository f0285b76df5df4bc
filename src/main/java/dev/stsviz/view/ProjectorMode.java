package dev.stsviz.view;

import javafx.scene.control.SplitPane;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * Projector mode (F5 or the toolbar's toggle): the 150 % presentation scale, the details pane folded until
 * something is selected, the less-used actions behind "⋯" and the profile's explanation left to its tooltip (the
 * diagram needs the rows), and the diagram fitted to the window (again
 * as it grows, until the user zooms). Leaving restores the scale and the diagram's zoom from before.
 */
final class ProjectorMode {
    /** 150 % of the default 13 px. */
    static final double FONT_SIZE = 19.5;
    /** The diagram's share of the height in projector mode; the events / console tabs keep the rest. */
    static final double DIAGRAM_SHARE = 0.8;
    private final DoubleSupplier fontSize;
    private final DoubleConsumer setFontSize;
    private final DetailsDock details;
    private final DiagramZoom zoom;
    private final ActionBar actions;
    private final TimeBar time;
    private final SplitPane diagramOverBottom;
    private boolean on;
    private double dividerBefore;
    private double fontSizeBefore;
    private double zoomBefore;

    /** @param time null on a live cluster (no time controls) */
    ProjectorMode(DoubleSupplier fontSize, DoubleConsumer setFontSize, DetailsDock details, DiagramZoom zoom,
                  ActionBar actions, TimeBar time, SplitPane diagramOverBottom) {
        this.fontSize = fontSize;
        this.setFontSize = setFontSize;
        this.details = details;
        this.zoom = zoom;
        this.actions = actions;
        this.time = time;
        this.diagramOverBottom = diagramOverBottom;
    }

    boolean on() {
        return on;
    }

    void set(boolean enter) {
        if (enter == on) {
            return;
        }
        if (enter) {
            fontSizeBefore = fontSize.getAsDouble();
            zoomBefore = zoom.zoom();
            dividerBefore = diagramOverBottom.getDividerPositions()[0];
            on = true;
            // at 720 px high the events table would take the rows the fitted diagram needs to stay legible
            diagramOverBottom.setDividerPositions(Math.max(dividerBefore, DIAGRAM_SHARE));
            setFontSize.accept(FONT_SIZE);
            details.collapseUnlessSelected();
            zoom.autoFit(true);
        } else {
            on = false;
            zoom.autoFit(false);
            diagramOverBottom.setDividerPositions(dividerBefore);
            setFontSize.accept(fontSizeBefore);
            zoom.zoomBy(zoomBefore / zoom.zoom());
        }
        actions.compact(enter);
        if (time != null) {
            time.showExplanation(!enter);
        }
    }
}
