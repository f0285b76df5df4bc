package dev.stsviz.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Zoom for the diagram: the scroll pane's content, which scales the diagram (shapes and text alike, fonts stay
 * as set) and sizes itself to the scaled diagram, so the scroll pane pans over it. Ctrl + wheel zooms about the
 * mouse; dragging and the wheel pan. The diagram learns the zoom and what is in view (its level of detail).
 */
final class DiagramZoom extends Region {
    static final double MIN = 0.2;
    static final double MAX = 3;
    private final ClusterDiagram diagram;
    private final ScrollPane scroll;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    /** Projector mode: fit again whenever the diagram or the window changes size, until the user zooms. */
    private boolean autoFit;
    private boolean fitting;
    private boolean fitScheduled;

    DiagramZoom(ClusterDiagram diagram) {
        this.diagram = diagram;
        getStyleClass().add("diagram-zoom");
        diagram.getTransforms().add(scale);
        getChildren().add(diagram);
        scroll = new ScrollPane(this);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.getStyleClass().add("diagram-scroll");
        zoom.addListener((o, a, b) -> {
            if (!fitting) {
                autoFit = false; // the user zoomed: that zoom stays
            }
            scale.setX(b.doubleValue());
            scale.setY(b.doubleValue());
            requestLayout();
            tellDiagram();
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                Bounds viewport = scroll.getViewportBounds();
                zoomBy(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX() - viewport.getMinX(), e.getY() - viewport.getMinY());
                e.consume();
            }
        });
        scroll.hvalueProperty().addListener((o, a, b) -> tellDiagram());
        scroll.vvalueProperty().addListener((o, a, b) -> tellDiagram());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> tellDiagram());
        layoutBoundsProperty().addListener((o, a, b) -> tellDiagram());
    }

    ScrollPane scrollPane() {
        return scroll;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    double zoom() {
        return zoom.get();
    }

    /** Zooms by a factor keeping the point at (x, y) of the viewport where it is; clamped to [MIN, MAX]. */
    void zoomBy(double factor, double x, double y) {
        double before = zoom.get();
        double after = Math.max(MIN, Math.min(MAX, before * factor));
        Rectangle2D seen = visible();
        double px = (seen.getMinX() + x / before);
        double py = (seen.getMinY() + y / before);
        zoom.set(after);
        scroll.layout();
        scrollTo(px * after - x, py * after - y);
    }

    /** Zooms about the view's centre; along an axis where everything fits, about its start (the content's top). */
    void zoomBy(double factor) {
        Bounds viewport = scroll.getViewportBounds();
        zoomBy(factor, getWidth() <= viewport.getWidth() ? 0 : viewport.getWidth() / 2,
                getHeight() <= viewport.getHeight() + 1 ? 0 : viewport.getHeight() / 2);
    }

    /**
     * Fit to window: the largest zoom, at most 1:1, at which every column and the storage row are in view without
     * scrolling (at least {@link #MIN}), scrolled to the top left.
     */
    void fitToWindow() {
        Bounds viewport = scroll.getViewportBounds();
        double width = viewport.getWidth();
        double height = viewport.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        double fit = 1;
        if (!fits(fit, width, height)) {
            double low = MIN;
            double high = 1;
            for (int i = 0; i < 14; i++) { // the diagram's height depends on its width (wrapping): search
                double mid = (low + high) / 2;
                if (fits(mid, width, height)) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            fit = low;
        }
        if (Math.abs(fit - zoom.get()) > 0.005) {
            fitting = true;
            try {
                zoom.set(fit);
            } finally {
                fitting = false;
            }
            scroll.layout();
        }
        scroll.setHvalue(0);
        scroll.setVvalue(0);
    }

    private boolean fits(double z, double width, double height) {
        return diagram.prefWidth(-1) * z <= width + 0.5 && diagram.prefHeight(width / z) * z <= height + 0.5;
    }

    /** On: fits now and again after every change of size, until the user zooms (projector mode). */
    void autoFit(boolean on) {
        autoFit = on;
        if (on) {
            fitLater();
        }
    }

    boolean autoFitting() {
        return autoFit;
    }

    /** After the layout pass that changed a size (fitting during it would measure a half-done layout). */
    private void fitLater() {
        if (!fitScheduled) {
            fitScheduled = true;
            javafx.application.Platform.runLater(() -> {
                fitScheduled = false;
                if (autoFit) {
                    fitToWindow();
                }
            });
        }
    }

    /** Scrolls so that these diagram-coordinate bounds are centred in the view (as far as the content allows). */
    void reveal(Bounds inDiagram) {
        Bounds viewport = scroll.getViewportBounds();
        double z = zoom.get();
        scrollTo(inDiagram.getCenterX() * z - viewport.getWidth() / 2, inDiagram.getCenterY() * z - viewport.getHeight() / 2);
    }

    /** Scrolls so that the viewport's top left is at (x, y) of this (scaled) content. */
    private void scrollTo(double x, double y) {
        Bounds viewport = scroll.getViewportBounds();
        double spareX = getWidth() - viewport.getWidth();
        double spareY = getHeight() - viewport.getHeight();
        scroll.setHvalue(spareX <= 0 ? 0 : Math.max(0, Math.min(1, x / spareX)));
        scroll.setVvalue(spareY <= 0 ? 0 : Math.max(0, Math.min(1, y / spareY)));
    }

    /** What the viewport shows, in the diagram's own (unscaled) coordinates. */
    Rectangle2D visible() {
        Bounds viewport = scroll.getViewportBounds();
        double z = zoom.get();
        double x = Math.max(0, getWidth() - viewport.getWidth()) * scroll.getHvalue();
        double y = Math.max(0, getHeight() - viewport.getHeight()) * scroll.getVvalue();
        return new Rectangle2D(x / z, y / z, Math.max(1, viewport.getWidth()) / z, Math.max(1, viewport.getHeight()) / z);
    }

    private void tellDiagram() {
        diagram.setViewport(visible(), zoom.get());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return diagram.minWidth(-1) * zoom.get();
    }

    @Override
    protected double computePrefWidth(double height) {
        return diagram.prefWidth(-1) * zoom.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        double z = zoom.get();
        return diagram.prefHeight(width < 0 ? -1 : width / z) * z;
    }

    @Override
    protected void layoutChildren() {
        double z = zoom.get();
        double width = getWidth() / z;
        diagram.resizeRelocate(0, 0, width, Math.max(getHeight() / z, diagram.prefHeight(width)));
        if (autoFit) {
            fitLater();
        }
    }
}
