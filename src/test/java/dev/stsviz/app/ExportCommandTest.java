package dev.stsviz.app;

import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stsviz export FILE ...}: the frames it says it wrote, and one line with exit code 2 for each mistake (the
 * recording is handed over by the test: the file format is the reader's business).
 */
class ExportCommandTest {
    private static History history;
    private static Path recordingFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void toolkitAndRecording(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        history = RecordedChapter.record();
        recordingFile = Files.writeString(dir.resolve("chapter.stsrec"), "handed over by the test's reader\n");
    }

    private int export(String... args) {
        ExportCommand command = new ExportCommand();
        command.reader = file -> new Recording(new RecordingHeader(1, "simulator", "minikube", "v1.30.0", "modern",
                Instant.EPOCH), history, null);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = recordingFile.toString();
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void writesTheFramesItSaysAndSaysSoOnOneLine(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("demo.gif");
        int exit = export("--from", "30s", "--to", "1m10s", "--speed", "20", "--fps", "1", "--width", "400", "--height", "240",
                "--out", gif.toString());

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        // 30s, 50s, 1m10s
        assertThat(out.toString()).isEqualTo("wrote 3 frames 400x240 to " + gif + " (30s..1m10s at ×20, 1 fps)" + System.lineSeparator());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            assertThat(reader.read(2).getWidth()).isEqualTo(400);
            assertThat(reader.read(2).getHeight()).isEqualTo(240);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aTrailingSlashMakesADirectoryOfPngFrames(@TempDir Path dir) throws Exception {
        Path frames = dir.resolve("frames");
        int exit = export("--from", "50s", "--speed", "10", "--fps", "1", "--width", "320", "--height", "200", "--out", frames + "/");

        assertThat(err.toString()).isEmpty();
        assertThat(exit).isZero();
        // 50s, 1m, 1m10s: --to defaults to the recording's end, its last change, a little after 1m10s
        assertThat(length()).isBetween(java.time.Duration.ofSeconds(70), java.time.Duration.ofSeconds(80));
        assertThat(out.toString()).isEqualTo("wrote 3 frames 320x200 to " + frames + "/ (50s.." + ExportRange.format(length())
                + " at ×10, 1 fps)" + System.lineSeparator());
        try (Stream<Path> files = Files.list(frames)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("frame-0001.png", "frame-0002.png", "frame-0003.png");
        }
    }

    @Test
    void eachMistakeIsOneLineAndExitCodeTwoAndWritesNothing(@TempDir Path dir) {
        String gif = dir.resolve("x.gif").toString();
        assertRefused("--fps 0: give 1 to 30 frames per second", "--fps", "0", "--out", gif);
        assertRefused("--fps 31: give 1 to 30 frames per second", "--fps", "31", "--out", gif);
        assertRefused("--speed 0: give a speed above 0", "--speed", "0", "--out", gif);
        assertRefused("--speed -2: give a speed above 0", "--speed", "-2", "--out", gif);
        assertRefused("--from 1m is after --to 30s", "--from", "1m", "--to", "30s", "--out", gif);
        assertRefused("--to 5m is beyond the recording, which is " + ExportRange.format(length()) + " long", "--to", "5m", "--out", gif);
        assertRefused("--from 2m is after --to " + ExportRange.format(length()), "--from", "2m", "--out", gif);
        assertRefused("frames is more than the 3,000 an export makes: raise --speed, lower --fps or shorten --from..--to", "--speed", "0.3", "--fps", "30", "--out", gif);
        assertRefused("--from soon: not a time (examples: 40s, 6m, 1h2m)", "--from", "soon", "--out", gif);
        assertRefused("--width 20 --height 720: give 160 to 4096 pixels each", "--width", "20", "--out", gif);
        assertRefused("--out " + dir.resolve("x.png") + ": give a .gif file, or a directory (ending in /) for PNG frames",
                "--out", dir.resolve("x.png").toString());
        assertThat(dir.toFile().list()).as("nothing written").isEmpty();
    }

    @Test
    void anUnwritableOutIsRefusedBeforeAnythingIsRendered(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "");
        assertRefused("--out " + file.resolve("demo.gif") + ": cannot write there (" + file + " is not a writable directory)",
                "--out", file.resolve("demo.gif").toString());
        assertRefused("--out " + file.resolve("frames") + "/: cannot create that directory", "--out", file.resolve("frames") + "/");
    }

    @Test
    void aMissingOrUnreadableRecordingIsOneLine(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.stsrec");
        CommandLineRun run = new CommandLineRun();
        assertThat(run.execute("export", missing.toString(), "--out", dir.resolve("x.gif").toString())).isEqualTo(2);
        assertThat(run.err()).isEqualTo("stsviz export: no such file: " + missing + System.lineSeparator());

        Path garbage = Files.writeString(dir.resolve("garbage.stsrec"), "\u0000not a recording\n");
        run.clear();
        assertThat(run.execute("export", garbage.toString(), "--out", dir.resolve("x.gif").toString())).isEqualTo(2);
        assertThat(run.err()).startsWith("stsviz export: " + garbage + ": ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(dir.resolve("x.gif")).doesNotExist();
    }

    /** How long the recording is: from its first change to its last. */
    private static java.time.Duration length() {
        return java.time.Duration.between(history.startTime(), history.endTime());
    }

    private void assertRefused(String message, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int exit = export(args);
        assertThat(err.toString()).as("for %s", String.join(" ", args)).startsWith("stsviz export: ").contains(message);
        assertThat(err.toString().strip().lines()).as("one line").hasSize(1);
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }
}
