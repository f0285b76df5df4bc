package dev.stsviz.view;

import java.util.Objects;
import javafx.scene.Scene;

/**
 * The panes' stylesheet. It goes on the scene (not on each pane) because its named colours are defined at
 * {@code .root}: a dark theme added after it overrides them there, and every pane follows.
 */
public final class PaneStyles {

    public static final String STYLESHEET =
            Objects.requireNonNull(PaneStyles.class.getResource("panes.css"), "panes.css").toExternalForm();

    private PaneStyles() {
    }

    /** Adds the panes' stylesheet to {@code scene} once; call it before adding any theme that overrides colours. */
    public static void install(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
