package dev.stsviz.cluster.history;

import dev.stsviz.sim.SimulatedClusterSource;
import dev.stsviz.sim.Simulation;
import dev.stsviz.sim.context.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving a history and opening it again gives the same history, moment by moment; a damaged file opens or says why. */
class RecordingFileTest {
    private static History story;

    @TempDir
    Path dir;

    @BeforeAll
    static void recordTheStory() {
        story = RecordedStory.history(History.DEFAULT_BUDGET);
    }

    @Test
    void saveThenOpenGivesTheSameHistoryAtEveryMoment() throws Exception {
        Path file = dir.resolve("story.stsrec");
        RecordingFile.write(file, RecordedStory.HEADER, story);
        Recording opened = RecordingFile.read(file);

        assertThat(opened.warning()).isNull();
        assertThat(opened.header()).isEqualTo(RecordedStory.HEADER);
        assertThat(story.markers()).extracting(Marker::kind)
                .contains(Marker.Kind.SCALED, Marker.Kind.POD_DELETED, Marker.Kind.NODE_NOT_READY, Marker.Kind.POD_TERMINATING,
                        Marker.Kind.POD_FORCE_DELETED, Marker.Kind.NODE_READY);
        assertSameFrom(story, story.start(), opened.history(), 0);
        assertThat(opened.history().markers()).isEqualTo(story.markers());
        for (int m = 0; m < story.end(); m = story.nextChange(m)) {
            assertThat(opened.history().nextChange(m)).as("the next change after moment %d", m).isEqualTo(story.nextChange(m));
        }
    }

    @Test
    void aHistoryCutByItsBudgetIsSavedWithTheStateAtTheCut() throws Exception {
        History cut = RecordedStory.history(40_000);
        assertThat(cut.start()).as("the oldest part was dropped").isPositive();
        Path file = dir.resolve("cut.stsrec");
        RecordingFile.write(file, RecordedStory.HEADER, cut);
        History opened = RecordingFile.read(file).history();

        int baseSize = cut.stateAt(cut.start()).size();
        assertThat(baseSize).isPositive();
        assertThat(opened.end()).isEqualTo(baseSize + cut.end() - cut.start());
        assertSameFrom(cut, cut.start(), opened, baseSize);
    }

    @Test
    void aStreamingRecordingEqualsTheWindowsHistoryAndACrashedOneOpensUpToItsLastLine() throws Exception {
        SimulatedClusterSource sim = new SimulatedClusterSource(() -> Simulation.chapterCluster(3, Profile.MODERN), () -> 0L);
        History shown = new History(History.DEFAULT_BUDGET, 16);
        new TimeShiftedSource(sim, shown);
        Path file = dir.resolve("streamed.stsrec");
        RecordingWriter writer = RecordingFile.streaming(file, RecordedStory.HEADER, sim::now);
        writer.attachTo(sim.state());
        try {
            sim.start(false);
            RecordedStory.play(sim);
            // not closed yet, as if the app had died: every line written so far is readable
            Recording crashed = RecordingFile.read(file);
            assertThat(crashed.warning()).startsWith("the file is cut short after line ").endsWith(": opened up to there");
            assertSameFrom(shown, 0, crashed.history(), 0);
        } finally {
            sim.close();
            writer.close();
        }
        Recording closed = RecordingFile.read(file);
        assertThat(closed.warning()).isNull();
        assertThat(writer.failure()).isNull();
        assertSameFrom(shown, 0, closed.history(), 0);
    }

    @Test
    void aFileCutAnywhereOpensUpToItsLastCompleteLineOrSaysWhy() throws Exception {
        Path file = dir.resolve("whole.stsrec");
        RecordingFile.write(file, RecordedStory.HEADER, story);
        byte[] bytes = Files.readAllBytes(file);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cuts.add(i);
        }
        for (int at = 40; at < bytes.length; at += Math.max(1, bytes.length / 150)) {
            cuts.add(at);
        }
        for (int i = 1; i <= 12; i++) {
            cuts.add(bytes.length - i);
        }
        int opened = 0;
        for (int at : cuts) {
            Path part = dir.resolve("cut-" + at + ".stsrec");
            Files.write(part, java.util.Arrays.copyOf(bytes, at));
            try {
                Recording r = RecordingFile.read(part);
                opened++;
                assertThat(r.warning()).as("cut at byte %d", at).isNotNull().doesNotContain("\n");
                History h = r.history();
                assertThat(h.end()).isLessThanOrEqualTo(story.end());
                assertThat(h.end() == 0 || story.nextChange(story.previousChange(h.end())) == h.end())
                        .as("cut at byte %d opens at the end of a batch (moment %d)", at, h.end()).isTrue();
                assertSameAt(story, h.end(), h, h.end());
            } catch (RecordingException e) {
                assertThat(e.getMessage()).as("cut at byte %d", at).isNotBlank().doesNotContain("\n");
            }
        }
        assertThat(opened).as("most cuts open").isGreaterThan(cuts.size() / 2);
    }

    @Test
    void malformedFilesSayWhatAndWhereInOneLine() throws Exception {
        assertThat(error(Files.writeString(dir.resolve("plain.txt"), "{\"format\":\"stsviz-recording\"}\n")))
                .isEqualTo("not a stsviz recording: the file is not gzip-compressed");
        assertThat(error(Files.write(dir.resolve("empty"), new byte[0]))).isEqualTo("the file is empty");
        assertThat(error(gzip(""))).isEqualTo("not a stsviz recording: no header line");
        assertThat(error(gzip("{\"hello\":1}\n"))).isEqualTo("line 1: not a stsviz recording (its header has no \"format\":\"stsviz-recording\")");
        assertThat(error(gzip(header(2) + batch(1000, "[]"))))
                .isEqualTo("line 1: format version 2 is newer than this stsviz reads (1): open it with a newer stsviz");
        assertThat(error(gzip(header(1) + batch(1000, "[]") + "{\"t\":2000,\"c\":[\n")))
                .startsWith("line 3: not valid JSON: ");
        assertThat(error(gzip(header(1) + batch(1000, "[{\"op\":\"patch\"}]"))))
                .isEqualTo("line 2: change 1: unknown op \"patch\" (upsert or delete)");
        assertThat(error(gzip(header(1) + batch(1000, "[{\"op\":\"upsert\",\"object\":{\"kind\":\"Pod\"}}]"))))
                .isEqualTo("line 2: change 1: an upsert needs an object with kind and metadata.name");
        assertThat(error(gzip(header(1) + "{\"c\":[]}\n"))).isEqualTo("line 2: no time \"t\" (epoch milliseconds)");
        assertThat(error(gzip(header(1) + batch(1000, "[{\"op\":\"upsert\",\"object\":{\"apiVersion\":\"v1\",\"kind\":\"Pod\","
                + "\"metadata\":{\"name\":\"x\"},\"spec\":{\"containers\":7}}}]")))).startsWith("line 2: change 1: cannot read Pod x: ");
        assertThat(error(dir.resolve("missing.stsrec"))).isEqualTo("no such file");
        StringBuilder long1204 = new StringBuilder(header(1));
        for (int i = 2; i < 1204; i++) {
            long1204.append(batch(1000L + i, "[]"));
        }
        assertThat(error(gzip(long1204 + "nonsense\n"))).startsWith("line 1,204: not valid JSON");
    }

    @Test
    void oversizedLinesAndFilesAreRefusedAtTheirLimits() throws Exception {
        RecordingReader.Limits small = new RecordingReader.Limits(1024, 4096);
        Path longLine = gzip(header(1) + batch(1000, "[" + "{\"op\":\"delete\",\"kind\":\"Pod\",\"name\":\"p\"},".repeat(40) + "{}]"));
        assertThatRead(longLine, small).isEqualTo("line 2: longer than 1024 bytes (the limit for one line)");
        Path big = gzip(header(1) + batch(1000, "[]").repeat(300));
        int line = 1;
        for (int total = header(1).length(); total <= 4096; total += batch(1000, "[]").length()) {
            line++;
        }
        assertThatRead(big, small).isEqualTo("line " + line + ": the recording is larger than 4096 bytes uncompressed (the limit)");
        assertThat(RecordingReader.Limits.DEFAULT.line()).isEqualTo("64 MiB");
        assertThat(RecordingReader.Limits.DEFAULT.total()).isEqualTo("2 GiB");
    }

    @Test
    void aRecordingOfAnUnknownKindKeepsItAsAGenericObject() throws Exception {
        Path file = gzip(header(1) + batch(1000, "[{\"op\":\"upsert\",\"object\":{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\","
                + "\"metadata\":{\"name\":\"w\",\"namespace\":\"default\"},\"spec\":{\"size\":3}}}]")
                + batch(2000, "[{\"op\":\"delete\",\"kind\":\"Widget\",\"namespace\":\"default\",\"name\":\"w\"}]"));
        History h = RecordingFile.read(file).history();
        HistoryCursor cursor = new HistoryCursor(h);
        cursor.moveTo(1);
        assertThat(RecordedStory.json(cursor.state().all())).contains("\"kind\":\"Widget\"", "\"size\":3");
        cursor.moveTo(2);
        assertThat(cursor.state().size()).isZero();
    }

    // ---- helpers ----

    /**
     * Moment {@code from + i} of {@code a} shows what moment {@code to + i} of {@code b} shows, at the same time, for
     * every i: {@code a}'s states straight from the history, {@code b}'s through a cursor moving forward, as the window's.
     */
    private static void assertSameFrom(History a, int from, History b, int to) {
        assertThat(b.end() - to).as("moments after the start").isEqualTo(a.end() - from);
        HistoryCursor cb = new HistoryCursor(b);
        for (int i = 0; from + i <= a.end(); i++) {
            cb.moveTo(to + i);
            assertThat(RecordedStory.json(cb.state().all())).as("moment %d", from + i).isEqualTo(state(a, from + i));
            if (i > 0) {
                assertThat(b.timeOf(to + i)).as("time of moment %d", from + i).isEqualTo(a.timeOf(from + i));
            }
        }
    }

    private static void assertSameAt(History a, int ma, History b, int mb) {
        assertThat(state(b, mb)).isEqualTo(state(a, ma));
    }

    private static String state(History h, int moment) {
        return RecordedStory.json(new ArrayList<>(h.stateAt(moment).values()));
    }

    private static String error(Path file) {
        try {
            RecordingFile.read(file);
        } catch (RecordingException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError(file + " opened");
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertThatRead(Path file, RecordingReader.Limits limits) {
        try {
            RecordingFile.read(file, limits);
        } catch (RecordingException e) {
            return assertThat(e.getMessage());
        }
        throw new AssertionError(file + " opened");
    }

    private static String header(int version) {
        return "{\"format\":\"stsviz-recording\",\"version\":" + version + ",\"source\":\"simulator\",\"start\":\"2026-11-28T09:00:00Z\"}\n";
    }

    private static String batch(long t, String changes) {
        return "{\"t\":" + t + ",\"c\":" + changes + "}\n";
    }

    private Path gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(Files.createTempFile(dir, "r", ".stsrec"), bytes.toByteArray());
    }

}
