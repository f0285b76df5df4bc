package dev.stsviz.view;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * File › Save recording…, Open recording… (when the app offers recordings) and, when the export is wired in, Export
 * GIF of this range…. Files are written and read on the background executor; the outcome is one line in the status
 * bar. Hidden while it offers nothing.
 */
final class FileMenu extends MenuButton {
    static final String EXTENSION = "*.stsrec";

    /** Asks for a file; null when the user cancelled. Tests give their own. */
    interface FilePicker {
        Path pick(boolean save, Window owner);
    }

    private final FilePicker picker;

    FileMenu(ViewSource.Recordings recordings, ActionRunner background, Consumer<String> report, FilePicker picker) {
        super(Texts.get("file.menu"));
        this.picker = picker;
        setId("file-menu");
        setMinWidth(Region.USE_PREF_SIZE);
        setTooltip(new Tooltip(Texts.get("file.menu.tip")));
        if (recordings != null) {
            MenuItem save = new MenuItem(Texts.get("file.save"));
            save.setId("save-recording");
            save.setOnAction(e -> withFile(true, file -> background.run(() -> {
                try {
                    return recordings.save(file);
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(oneLine(x), x);
                }
            }, report, report)));
            MenuItem open = new MenuItem(Texts.get("file.open"));
            open.setId("open-recording");
            open.setOnAction(e -> withFile(false, file -> background.run(() -> {
                try {
                    recordings.open(file);
                    return Texts.get("file.opened", file.getFileName());
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(oneLine(x), x);
                }
            }, report, report)));
            getItems().addAll(save, open);
        }
        showIfUseful();
    }

    /** The window's choosers: recordings end in .stsrec. */
    static FilePicker chooser() {
        return (save, owner) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get(save ? "file.save.title" : "file.open.title"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("file.filter"), EXTENSION),
                    new FileChooser.ExtensionFilter(Texts.get("file.filter.all"), "*"));
            File f = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
            return f == null ? null : f.toPath();
        };
    }

    /** The export's hook: adds "Export GIF of this range…", which runs {@code action} on the FX thread. */
    void offerExport(Runnable action) {
        MenuItem export = new MenuItem(Texts.get("file.export"));
        export.setId("export-range");
        export.setOnAction(e -> action.run());
        getItems().add(export);
        showIfUseful();
    }

    private void withFile(boolean save, Consumer<Path> then) {
        Path file = picker.pick(save, getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            then.accept(file);
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private void showIfUseful() {
        boolean useful = !getItems().isEmpty();
        setVisible(useful);
        setManaged(useful);
    }
}
