package dev.stsviz.app;

import dev.stsviz.lesson.LessonSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --lesson on the window and on screenshot: a malformed lesson or step is one message, settings fill in options. */
class LessonOptionTest {
    private final CommandLineRun cli = new CommandLineRun();

    @Test
    void aMalformedLessonIsOneLineNamingFileAndLineBeforeAnyWindowOpens(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.md"), "# T\n## S\nUntil: pod/kubia-0\n\nText.\n");
        assertThat(cli.execute("--lesson", broken.toString())).isEqualTo(2);
        assertThat(cli.err()).startsWith("stsviz: broken.md:3: Until: needs [new] TYPE/NAME STATE").doesNotContain("Exception", "\tat ");
        assertThat(cli.err().strip().lines()).hasSize(1);
    }

    @Test
    void screenshotRefusesAStepTheLessonDoesNotHave(@TempDir Path dir) {
        assertThat(cli.execute("screenshot", dir.resolve("x.png").toString(), "--lesson", "lessons/chapter10.md", "--step", "99")).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("stsviz screenshot: --step 99: the lesson has steps 1 to 20\n");
    }

    @Test
    void theLessonsSettingsFillInOnlyTheOptionsNotGiven() {
        CommandLine cli = Main.commandLine();
        cli.parseArgs("--cluster", "kind");
        StsvizCommand command = cli.getCommand();
        LessonOption.applySettings(new LessonSettings("gke", 2, "book", true), command.simulator, cli);
        assertThat(command.simulator.cluster).as("given on the command line").isEqualTo("kind");
        assertThat(command.simulator.nodes).isEqualTo(2);
        assertThat(command.simulator.profile).isEqualTo("book");
        assertThat(command.simulator.empty).isTrue();
    }
}
