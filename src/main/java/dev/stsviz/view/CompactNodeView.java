package dev.stsviz.view;

import dev.stsviz.view.model.PodView;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;

import java.util.List;
import java.util.function.Consumer;

/**
 * A node's pods when there are too many for tiles: counts by status class (glyph, number, word: colour is never the
 * only signal) and a strip of small dots, all on ONE canvas, one dot per pod in ordinal order, each shaped by its
 * status (filled, half, ring, cross, diamond, square). Updated in place: a status change redraws this canvas only.
 */
final class CompactNodeView extends VBox {
    static final int PER_ROW = 16;
    static final double PITCH = 10;
    private static final List<String> CLASSES = List.of("running", "notready", "pending", "terminating", "unknown",
            "completed", "failed");
    private static final List<String> WORDS = List.of("Running", "NotReady", "Pending", "Terminating", "Unknown",
            "Completed", "Failed");
    private static final List<String> GLYPHS = List.of("●", "◐", "◌", "✕", "?", "✓", "!");
    private final Label counts = new Label();
    private final Canvas dots = new Canvas(PER_ROW * PITCH, PITCH);
    private final DotPalette palette;
    private List<PodView> pods = List.of();
    private String highlighted;

    CompactNodeView(DotPalette palette, Consumer<String> onPick) {
        this.palette = palette;
        getStyleClass().add("compact-pods");
        counts.getStyleClass().add("compact-counts");
        getChildren().addAll(counts, dots);
        dots.getStyleClass().add("compact-dots");
        dots.setOnMouseClicked(e -> {
            String pod = podAt(e);
            if (pod != null) {
                onPick.accept(pod);
                e.consume();
            }
        });
    }

    private String podAt(MouseEvent e) {
        int index = (int) (e.getY() / PITCH) * PER_ROW + (int) (e.getX() / PITCH);
        return e.getX() < PER_ROW * PITCH && index >= 0 && index < pods.size() ? pods.get(index).name() : null;
    }

    List<PodView> pods() {
        return pods;
    }

    String countsText() {
        return counts.getText();
    }

    void update(List<PodView> next) {
        if (next.equals(pods) && !counts.getText().isEmpty()) {
            return;
        }
        pods = next;
        int[] n = new int[CLASSES.size()];
        for (PodView p : next) {
            n[index(p.statusClass())]++;
        }
        StringBuilder text = new StringBuilder().append(next.size()).append(next.size() == 1 ? " pod" : " pods");
        StringBuilder spoken = new StringBuilder(text);
        for (int i = 0; i < n.length; i++) {
            if (n[i] > 0) {
                text.append('\n').append(GLYPHS.get(i)).append(' ').append(n[i]).append(' ').append(WORDS.get(i));
                spoken.append(", ").append(n[i]).append(' ').append(WORDS.get(i));
            }
        }
        if (!text.toString().equals(counts.getText())) {
            counts.setText(text.toString());
            setAccessibleText(spoken.toString());
        }
        double height = Math.max(1, (next.size() + PER_ROW - 1) / PER_ROW) * PITCH;
        if (dots.getHeight() != height) {
            dots.setHeight(height);
        }
        redraw();
    }

    void highlight(String pod) {
        if (!java.util.Objects.equals(pod, highlighted)) {
            highlighted = pod;
            redraw();
        }
    }

    /** Draws every dot: tens of shapes, on one canvas. */
    void redraw() {
        GraphicsContext g = dots.getGraphicsContext2D();
        g.clearRect(0, 0, dots.getWidth(), dots.getHeight());
        g.setLineWidth(1.5);
        g.setLineCap(StrokeLineCap.ROUND);
        double r = PITCH * 0.34;
        for (int i = 0; i < pods.size(); i++) {
            PodView p = pods.get(i);
            double cx = (i % PER_ROW) * PITCH + PITCH / 2;
            double cy = (double) (i / PER_ROW) * PITCH + PITCH / 2;
            String kind = p.statusClass();
            Paint colour = palette.color(kind);
            g.setFill(colour);
            g.setStroke(colour);
            switch (kind) {
                case "running" -> g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                case "notready" -> {
                    g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
                    g.fillArc(cx - r, cy - r, 2 * r, 2 * r, 90, 180, javafx.scene.shape.ArcType.ROUND);
                }
                case "pending" -> g.strokeOval(cx - r + 0.5, cy - r + 0.5, 2 * r - 1, 2 * r - 1);
                case "terminating" -> {
                    g.strokeLine(cx - r, cy - r, cx + r, cy + r);
                    g.strokeLine(cx - r, cy + r, cx + r, cy - r);
                }
                case "unknown" -> g.fillPolygon(new double[] {cx, cx + r, cx, cx - r}, new double[] {cy - r, cy, cy + r, cy}, 4);
                case "completed" -> {
                    g.strokeOval(cx - r + 0.5, cy - r + 0.5, 2 * r - 1, 2 * r - 1);
                    g.fillOval(cx - 1, cy - 1, 2, 2);
                }
                default -> g.fillRect(cx - r, cy - r, 2 * r, 2 * r);
            }
            if (p.name().equals(highlighted)) {
                g.setStroke(palette.color("selected"));
                g.strokeRect(cx - PITCH / 2 + 0.75, cy - PITCH / 2 + 0.75, PITCH - 1.5, PITCH - 1.5);
            }
        }
    }

    private static int index(String statusClass) {
        int i = CLASSES.indexOf(statusClass);
        return i < 0 ? CLASSES.size() - 1 : i;
    }
}
