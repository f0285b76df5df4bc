package dev.stsviz.app;

import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --lang en|ko}: the window's language; without it, the system's (kubectl's output stays English). */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "en|ko", description = "the window's language (default: the system's)")
    String language;

    /** Makes the chosen language the default locale, which the window's resource bundles follow. */
    void apply() {
        if (language != null && !language.isBlank()) {
            Locale.setDefault(Locale.forLanguageTag(language.trim()));
        }
    }
}
