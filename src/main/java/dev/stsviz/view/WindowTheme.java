package dev.stsviz.view;

import java.util.List;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The window's stylesheets: the panes', the app's palette and, when chosen, the dark palette over both. They go on
 * the view's root and on its scene, so that what frames the view in the same window (the source picker above it)
 * wears the same theme.
 */
final class WindowTheme {
    static final String APP = Objects.requireNonNull(WindowTheme.class.getResource("app.css")).toExternalForm();
    static final String DARK = Objects.requireNonNull(WindowTheme.class.getResource("dark.css")).toExternalForm();

    private WindowTheme() {
    }

    /** Applies now to the root, and to its scene now or when it joins one. */
    static void apply(Parent root, boolean dark) {
        apply(root.getStylesheets(), dark);
        if (root.getScene() != null) {
            apply(root.getScene().getStylesheets(), dark);
        }
        root.getProperties().put(WindowTheme.class, dark);
        if (!root.getProperties().containsKey(Scene.class)) {
            root.getProperties().put(Scene.class, Boolean.TRUE); // one listener per root
            root.sceneProperty().addListener((o, was, scene) -> {
                if (scene != null) {
                    apply(scene.getStylesheets(), Boolean.TRUE.equals(root.getProperties().get(WindowTheme.class)));
                }
            });
        }
    }

    private static void apply(List<String> sheets, boolean dark) {
        for (String sheet : new String[] {PaneStyles.STYLESHEET, APP}) {
            if (!sheets.contains(sheet)) {
                sheets.add(sheet);
            }
        }
        sheets.remove(DARK);
        if (dark) {
            sheets.add(DARK); // last: it overrides the palette of both
        }
    }
}
