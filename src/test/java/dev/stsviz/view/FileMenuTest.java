package dev.stsviz.view;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Save / Open recording run in the background and report one line; the menu hides when it offers nothing. */
@ExtendWith(ApplicationExtension.class)
class FileMenuTest {
    private final ActionRunner background = new ActionRunner();
    private Label status;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private FileMenu menu;
    private FileMenu empty;

    @Start
    void start(Stage stage) {
        status = new Label();
        ViewSource.Recordings recordings = new ViewSource.Recordings() {
            @Override
            public String save(Path file) {
                calls.add("save " + file);
                return "saved 1,204 changes to " + file.getFileName();
            }

            @Override
            public void open(Path file) throws IOException {
                calls.add("open " + file);
                throw new IOException("bad.stsrec line 3: not a recording\n\tat somewhere");
            }
        };
        menu = new FileMenu(recordings, background, status::setText, (save, owner) -> Path.of(save ? "x.stsrec" : "bad.stsrec"));
        empty = new FileMenu(null, background, status::setText, (save, owner) -> null);
        stage.setScene(new Scene(new VBox(menu, empty, status), 600, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.close();
    }

    private MenuItem item(String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void awaitStatus(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(status.getText()));
    }

    @Test
    void saveAndOpenReportOneLine(FxRobot robot) throws Exception {
        robot.interact(() -> item("save-recording").fire());
        awaitStatus("saved 1,204 changes to x.stsrec");
        robot.interact(() -> item("open-recording").fire());
        awaitStatus("bad.stsrec line 3: not a recording");
        assertThat(calls).containsExactly("save x.stsrec", "open bad.stsrec");
    }

    @Test
    void withoutRecordingsTheMenuIsHiddenUntilTheExportIsOffered(FxRobot robot) {
        assertThat(empty.isVisible()).isFalse();
        assertThat(menu.isVisible()).isTrue();
        List<String> exported = new CopyOnWriteArrayList<>();
        robot.interact(() -> empty.offerExport(() -> exported.add("range")));
        assertThat(empty.isVisible()).isTrue();
        robot.interact(() -> empty.getItems().get(0).fire());
        assertThat(exported).containsExactly("range");
    }
}
