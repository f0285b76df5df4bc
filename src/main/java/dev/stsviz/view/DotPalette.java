package dev.stsviz.view;

import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The status colours for canvas-drawn dots, read from the stylesheet: one hidden swatch per status class styled
 * from the palette (app.css / dark.css), so the dots follow the theme like the tiles do. Before CSS has run, the
 * light Okabe-Ito colours stand in.
 */
final class DotPalette extends Pane {
    private static final Map<String, Color> FALLBACK = Map.of("running", Color.web("#009E73"), "notready", Color.web("#B8860B"),
            "pending", Color.web("#E69F00"), "terminating", Color.web("#0072B2"), "unknown", Color.web("#CC79A7"),
            "completed", Color.web("#5a5a5a"), "failed", Color.web("#D55E00"), "selected", Color.BLACK);
    private final Map<String, Region> swatches = new LinkedHashMap<>();

    DotPalette(Runnable onChange) {
        setManaged(false);
        setVisible(false);
        setMouseTransparent(true);
        getStyleClass().add("dot-palette");
        for (String name : FALLBACK.keySet()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("dot-swatch", "swatch-" + name);
            swatch.backgroundProperty().addListener((o, a, b) -> onChange.run());
            swatches.put(name, swatch);
            getChildren().add(swatch);
        }
    }

    /** The colour of a status class ("running", "pending", ...) or "selected". */
    Paint color(String name) {
        Region swatch = swatches.get(name);
        Background bg = swatch == null ? null : swatch.getBackground();
        if (bg != null && !bg.getFills().isEmpty()) {
            return bg.getFills().get(0).getFill();
        }
        return FALLBACK.getOrDefault(name, Color.GRAY);
    }
}
