package dev.stsviz.view;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Marker;
import dev.stsviz.cluster.history.Timeline;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The strip that spans the history: markers as ticks (alarming ones red <em>and</em> drawn as a triangle), a playhead
 * to drag, the part before it shaded. Clicking a tick shows its moment; clicking or dragging elsewhere shows the
 * moment of that time; hovering a tick names its markers. Markers are drawn on a canvas, redrawn only when the
 * history's span, its markers or the strip's size changed; every other pulse only moves the playhead.
 */
final class TimeStrip extends Region {
    /** How far from a tick a click or the pointer still means that tick. */
    static final double REACH = 5;
    private static final int TOOLTIP_LINES = 6;
    private final Timeline timeline;
    private final MarkerMoments moments;
    private final Supplier<Instant> origin;
    private final Canvas canvas = new Canvas();
    private final Region elapsed = new Region();
    private final Region playhead = new Region();
    /** Styled but never shown: the canvas takes its colours from the theme's CSS through them. */
    private final Label ink = new Label();
    private final Label alarmInk = new Label();
    private final Label trackInk = new Label();
    private final Tooltip tip = new Tooltip();
    private StripTicks ticks = StripTicks.layout(List.of(), 0, 0, 0, 0);
    private long drawnStart = Long.MIN_VALUE;
    private long drawnEnd = Long.MIN_VALUE;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private boolean dragged;
    private StripTicks.Tick pressedTick;

    /** @param origin where "t=00:00:00" is: the simulator's epoch, or the history's start */
    TimeStrip(Timeline timeline, MarkerMoments moments, Supplier<Instant> origin) {
        this.timeline = timeline;
        this.moments = moments;
        this.origin = origin;
        getStyleClass().add("time-strip");
        setId("time-strip");
        elapsed.getStyleClass().add("time-strip-elapsed");
        elapsed.setMouseTransparent(true);
        playhead.getStyleClass().add("time-strip-playhead");
        playhead.setId("playhead");
        playhead.setMouseTransparent(true);
        for (Label l : new Label[] {ink, alarmInk, trackInk}) {
            l.setVisible(false);
            l.setManaged(false);
            l.textFillProperty().addListener((o, a, b) -> redraw()); // the theme changed
        }
        ink.getStyleClass().add("time-strip-tick");
        alarmInk.getStyleClass().add("time-strip-alarm");
        trackInk.getStyleClass().add("time-strip-track");
        getChildren().addAll(canvas, elapsed, playhead, ink, alarmInk, trackInk);
        tip.setShowDelay(javafx.util.Duration.millis(150));
        tip.setWrapText(true);
        tip.setText(Texts.get("strip.accessible"));
        tip.setMaxWidth(640);
        Tooltip.install(this, tip);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(e -> {
            dragged = true;
            seek(e.getX());
        });
        setOnMouseReleased(this::released);
        setOnMouseMoved(e -> tip.setText(hoverText(e.getX())));
        setAccessibleText(Texts.get("strip.accessible"));
    }

    /** Called every pulse: redraws the ticks only if the span or the markers changed, then moves the playhead. */
    void refresh() {
        History history = timeline.history();
        long start = history.startTime().toEpochMilli();
        long end = history.endTime().toEpochMilli();
        boolean markersChanged = moments.refresh();
        if (markersChanged || start != drawnStart || end != drawnEnd || getWidth() != drawnWidth || getHeight() != drawnHeight) {
            drawnStart = start;
            drawnEnd = end;
            drawnWidth = getWidth();
            drawnHeight = getHeight();
            ticks = StripTicks.layout(moments.markers(), start, end, left(), right());
            redraw();
        }
        placePlayhead();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        refresh();
    }

    private double left() {
        return Math.max(REACH + 2, getHeight() * 0.3);
    }

    private double right() {
        return Math.max(left(), getWidth() - left());
    }

    /** The x of a time on the strip. */
    double xOf(Instant time) {
        long span = drawnEnd - drawnStart;
        if (span <= 0) {
            return right();
        }
        double f = (double) (Math.max(drawnStart, Math.min(drawnEnd, time.toEpochMilli())) - drawnStart) / span;
        return left() + f * (right() - left());
    }

    /** The time at an x on the strip (clamped to the history). */
    Instant timeAt(double x) {
        double f = Math.max(0, Math.min(1, (x - left()) / Math.max(1, right() - left())));
        return Instant.ofEpochMilli(drawnStart + Math.round(f * (drawnEnd - drawnStart)));
    }

    StripTicks ticks() {
        return ticks;
    }

    private void placePlayhead() {
        double x = timeline.showingPast() ? xOf(timeline.shownTime()) : right();
        double w = Math.max(8, getHeight() * 0.4);
        playhead.resizeRelocate(snapPositionX(x - w / 2), 0, w, getHeight());
        double track = getHeight() * 0.16;
        elapsed.resizeRelocate(left(), snapPositionY(trackY() - track / 2), Math.max(0, x - left()), track);
    }

    private double trackY() {
        return getHeight() * 0.62;
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        double track = h * 0.16;
        g.setFill(paint(trackInk, Color.GRAY));
        g.fillRoundRect(left(), trackY() - track / 2, right() - left(), track, track, track);
        double line = Math.max(2, h / 16);
        for (StripTicks.Tick t : ticks.ticks()) {
            if (t.cut()) {
                drawCut(g, t.x(), h, line);
            } else if (t.alarming()) {
                // red and a triangle: the shape says it where the colour does not
                g.setFill(paint(alarmInk, Color.RED));
                double s = h * 0.36;
                g.fillPolygon(new double[] {t.x() - s / 2, t.x() + s / 2, t.x()}, new double[] {0, 0, s}, 3);
                g.fillRect(t.x() - line / 2, s * 0.8, line, h * 0.9 - s * 0.8);
            } else {
                g.setFill(paint(ink, Color.BLUE));
                g.fillRect(t.x() - line / 2, h * 0.22, line, h * 0.68);
            }
        }
    }

    /** Where the oldest history was dropped: a zigzag, as a torn edge. */
    private void drawCut(GraphicsContext g, double x, double h, double line) {
        g.setStroke(paint(alarmInk, Color.RED));
        g.setLineWidth(line);
        int teeth = 4;
        double step = h / (teeth * 2);
        double a = h * 0.12;
        g.beginPath();
        g.moveTo(x, 0);
        for (int i = 1; i <= teeth * 2; i++) {
            g.lineTo(x + (i % 2 == 1 ? -a : a), i * step);
        }
        g.stroke();
    }

    private static Paint paint(Label from, Paint fallback) {
        Paint p = from.getTextFill();
        return p == null ? fallback : p;
    }

    private void pressed(MouseEvent e) {
        dragged = false;
        pressedTick = ticks.near(e.getX(), REACH);
        if (pressedTick == null) {
            seek(e.getX());
        }
    }

    private void released(MouseEvent e) {
        if (!dragged && pressedTick != null) {
            timeline.show(moments.momentOf(moments.markers().get(pressedTick.first())));
        }
        pressedTick = null;
    }

    private void seek(double x) {
        timeline.show(timeline.history().momentAt(timeAt(x)));
    }

    /** What hovering at x names: the markers of the tick there, or the time a click would show. */
    String hoverText(double x) {
        StripTicks.Tick t = ticks.near(x, REACH);
        if (t == null) {
            return Texts.get("strip.hover", at(timeAt(x)));
        }
        StringBuilder text = new StringBuilder();
        List<Marker> all = moments.markers();
        for (int i = t.first(); i < t.first() + Math.min(t.count(), TOOLTIP_LINES); i++) {
            Marker m = all.get(i);
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(m.label()).append(" · ").append(at(m.time()));
        }
        if (t.count() > TOOLTIP_LINES) {
            text.append('\n').append(Texts.get("strip.more", t.count() - TOOLTIP_LINES));
        }
        return text.toString();
    }

    private String at(Instant time) {
        return TimeText.clock(Duration.between(origin.get(), time));
    }

    Timeline timeline() {
        return timeline;
    }

    Tooltip tooltip() {
        return tip;
    }
}
