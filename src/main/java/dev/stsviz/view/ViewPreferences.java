package dev.stsviz.view;

import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: size, theme, presentation scale and projector mode, in the user's java.util.prefs.
 * Tests and screenshots use {@link #transientDefaults()}, which remembers nothing.
 */
public final class ViewPreferences {
    private final Preferences prefs;
    private double width = 1400;
    private double height = 900;
    private boolean dark;
    private double fontSize = 13;
    private boolean projector;
    private boolean showIps;

    private ViewPreferences(Preferences prefs) {
        this.prefs = prefs;
        if (prefs != null) {
            width = prefs.getDouble("width", width);
            height = prefs.getDouble("height", height);
            dark = prefs.getBoolean("dark", dark);
            fontSize = prefs.getDouble("fontSize", fontSize);
            projector = prefs.getBoolean("projector", projector);
            showIps = prefs.getBoolean("showIps", showIps);
        }
    }

    public static ViewPreferences user() {
        return new ViewPreferences(Preferences.userRoot().node("dev/stsviz/view"));
    }

    public static ViewPreferences transientDefaults() {
        return new ViewPreferences(null);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void size(double w, double h) {
        width = w;
        height = h;
        if (prefs != null) {
            prefs.putDouble("width", w);
            prefs.putDouble("height", h);
        }
    }

    public boolean dark() {
        return dark;
    }

    public void dark(boolean value) {
        dark = value;
        if (prefs != null) {
            prefs.putBoolean("dark", value);
        }
    }

    /** Font size in px for the whole window; Ctrl +/- change it for a projector. */
    public double fontSize() {
        return fontSize;
    }

    public void fontSize(double size) {
        fontSize = size;
        if (prefs != null) {
            prefs.putDouble("fontSize", size);
        }
    }

    /** Projector mode (F5): 150 % scale, details only for a selection, the diagram fitted to the window. */
    public boolean projector() {
        return projector;
    }

    public void projector(boolean value) {
        projector = value;
        if (prefs != null) {
            prefs.putBoolean("projector", value);
        }
    }

    /** The diagram's View toggle: every pod tile shows its IP. */
    public boolean showIps() {
        return showIps;
    }

    public void showIps(boolean value) {
        showIps = value;
        if (prefs != null) {
            prefs.putBoolean("showIps", value);
        }
    }
}
