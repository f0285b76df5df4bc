package dev.stsviz.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's own words, from the {@code messages} resource bundles beside this class (English, Korean), in the
 * JVM's default locale: the system's, or {@code --lang}. kubectl's output, object names and statuses are not
 * translated, as in a real terminal.
 */
public final class Texts {
    static final String BUNDLE = "dev.stsviz.view.messages";

    private Texts() {
    }

    /** The text for {@code key}; {@code {0}}-style arguments are filled in with MessageFormat. */
    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }

    /** The text for {@code key}, or null when the bundle has none (lets callers fall back to a computed text). */
    public static String find(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }
}
