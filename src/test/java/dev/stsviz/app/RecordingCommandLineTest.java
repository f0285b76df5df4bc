package dev.stsviz.app;

import dev.stsviz.cluster.Kinds;
import dev.stsviz.cluster.history.History;
import dev.stsviz.cluster.history.HistoryCursor;
import dev.stsviz.cluster.history.Marker;
import dev.stsviz.cluster.history.Recording;
import dev.stsviz.cluster.history.RecordingFile;
import dev.stsviz.cluster.history.RecordingSource;
import dev.stsviz.view.ViewSource;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** run --record writes a recording of the run; replay refuses a bad file in one line; a recording becomes a window source. */
class RecordingCommandLineTest {
    private static final String SCRIPT = "kubectl get pods\nsim wait 2m\nkubectl scale sts kubia --replicas=3\nsim wait 2m\n"
            + "kubectl delete pod kubia-0\nsim wait-until pod/kubia-0 Ready\nkubectl get pods\n";
    private final CommandLineRun cli = new CommandLineRun();

    @TempDir
    Path dir;

    @Test
    void runRecordWritesTheRunAndPrintsTheSameTranscript() throws Exception {
        Path script = Files.writeString(dir.resolve("s.txt"), SCRIPT);
        assertThat(cli.execute("run", script.toString(), "--profile", "book")).isZero();
        String transcript = cli.out();
        cli.clear();
        Path file = dir.resolve("run.stsrec");
        assertThat(cli.execute("run", script.toString(), "--profile", "book", "--record", file.toString())).isZero();
        assertThat(cli.out()).as("recording changes nothing in the transcript").isEqualTo(transcript);
        assertThat(cli.err()).isEmpty();

        Recording recording = RecordingFile.read(file);
        assertThat(recording.warning()).isNull();
        assertThat(recording.header().source()).isEqualTo("simulator");
        assertThat(recording.header().context()).isEqualTo("minikube");
        assertThat(recording.header().profile()).isEqualTo("book");
        assertThat(recording.header().serverVersion()).isEqualTo("v1.24.10");
        History history = recording.history();
        assertThat(history.markers()).extracting(Marker::label)
                .contains("sts kubia scaled 2 → 3", "pod kubia-2 created", "pod kubia-0 Terminating", "pod kubia-0 deleted");
        assertThat(java.time.Duration.between(history.startTime(), history.endTime())).isGreaterThan(java.time.Duration.ofMinutes(4));
        HistoryCursor end = new HistoryCursor(history);
        end.moveTo(history.end());
        assertThat(end.state().list(Pod.class, Kinds.POD)).extracting(p -> p.getMetadata().getName())
                .containsExactly("kubia-0", "kubia-1", "kubia-2");
    }

    @Test
    void runRecordToAMissingDirectoryOrALiveClusterIsOneLine() throws Exception {
        String script = Files.writeString(dir.resolve("s.txt"), SCRIPT).toString();
        assertThat(cli.execute("run", script, "--record", dir.resolve("no/such/dir/x.stsrec").toString())).isEqualTo(2);
        assertThat(cli.err()).endsWith(": no such directory\n").startsWith("stsviz run: --record ").hasLineCount(1);
        cli.clear();
        assertThat(cli.execute("run", script, "--context", "somewhere", "--record", dir.resolve("x.stsrec").toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("stsviz run: --record records the simulator").hasLineCount(1);
    }

    @Test
    void replayOfABadFileIsOneLineAndExit2() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "these are not the changes you are looking for\n");
        assertThat(cli.execute("replay", text.toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("stsviz replay: " + text + ": not a stsviz recording: the file is not gzip-compressed\n");
        cli.clear();
        assertThat(cli.execute("replay", dir.resolve("missing.stsrec").toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("stsviz replay: " + dir.resolve("missing.stsrec") + ": no such file\n");
    }

    @Test
    void aRecordingIsAWindowSourceThatAnswersFromTheMomentShownAndRefusesChanges() throws Exception {
        Path script = Files.writeString(dir.resolve("s.txt"), SCRIPT);
        Path file = dir.resolve("run.stsrec");
        assertThat(cli.execute("run", script.toString(), "--record", file.toString())).isZero();
        Recording recording = RecordingFile.read(file);
        RecordingSource source = new RecordingSource(recording, "run.stsrec", () -> 0L);
        ViewSource view = RecordingViewSource.of(source);
        assertThat(view.replay()).isTrue();
        assertThat(view.live()).isFalse();
        assertThat(view.timeline()).isSameAs(source);

        assertThat(view.console().apply("kubectl get pods").output()).contains("kubia-2");
        History history = recording.history();
        source.show(history.momentAt(history.startTime().plusSeconds(60)));
        assertThat(view.console().apply("kubectl get pods").output()).as("before the scale").doesNotContain("kubia-2").contains("kubia-1");
        var delete = view.console().apply("kubectl delete pod kubia-0");
        assertThat(delete.ok()).isFalse();
        assertThat(delete.output()).isEqualTo("error: a recording cannot be changed");

        Path again = dir.resolve("again.stsrec");
        assertThat(view.recordings().save(again)).isEqualTo(String.format(java.util.Locale.ROOT, "saved %,d changes to again.stsrec", history.end()));
        Recording reopened = RecordingFile.read(again);
        assertThat(reopened.header()).isEqualTo(recording.header());
        assertThat(reopened.history().end()).isEqualTo(history.end());
        assertThat(reopened.history().markers()).isEqualTo(history.markers());
    }
}
