package dev.stsviz.app;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * {@code --version}: this build's version and the JavaFX and Java actually in use, which is what a bug report from
 * an installed copy needs. Reads no native library, so it works headless and on any platform.
 */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "stsviz " + property(VersionProvider.class, "version.properties", "version"),
            // javafx.properties sits at the root of javafx.base, on the classpath and on the module path alike
            "JavaFX " + property(javafx.beans.Observable.class, "/javafx.properties", "javafx.runtime.version"),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.vm.name")
                    + ") on " + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }

    private static String property(Class<?> anchor, String resource, String key) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(key, "unknown");
            return value.startsWith("${") ? "unknown" : value; // not filtered: run from an IDE's own build
        } catch (IOException e) {
            return "unknown";
        }
    }
}
