package dev.stsviz.view;

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
    private final DoubleSupplier fontSize;
    private final DoubleConsumer setFontSize;
    private final DetailsDock details;
    private final DiagramZoom zoom;
    private final ActionBar actions;
    private final TimeBar time;
    private boolean on;
    private double fontSizeBefore;
    private double zoomBefore;

    /** @param time null on a live cluster (no time controls) */
    ProjectorMode(DoubleSupplier fontSize, DoubleConsumer setFontSize, DetailsDock details, DiagramZoom zoom,
                  ActionBar actions, TimeBar time) {
        this.fontSize = fontSize;
        this.setFontSize = setFontSize;
        this.details = details;
        this.zoom = zoom;
        this.actions = actions;
        this.time = time;
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
            on = true;
            setFontSize.accept(FONT_SIZE);
            details.collapseUnlessSelected();
            zoom.autoFit(true);
        } else {
            on = false;
            zoom.autoFit(false);
            setFontSize.accept(fontSizeBefore);
            zoom.zoomBy(zoomBefore / zoom.zoom());
        }
        actions.compact(enter);
        if (time != null) {
            time.showExplanation(!enter);
        }
    }
}
