package dev.stsviz.lesson;

import dev.stsviz.console.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lesson format: a good file in all its parts, and each malformed input with its one message and line. */
class LessonParserTest {
    private static final String GOOD = """
            # Scaling, step by step

            Cluster: minikube
            Nodes: 3
            Profile: book
            Start: chapter

            <!-- a note for whoever edits the lesson:
                 it spans lines, and line numbers still count them -->
            An introduction for the teacher, not shown.

            ## Scale up
            Objects: pod/kubia-2, pvc/data-kubia-2
            Do: `kubectl scale sts kubia --replicas=3`
            Until: pod/kubia-2 Ready
            Until: new pvc/data-kubia-2 Bound

            Ask for a **third** replica with `kubectl scale`:
            - one pod more
            - one claim more

            ```
            ## not a heading inside a code block
            ```

            ### Predict: What is the new pod called?
            - [ ] kubia-x7k2p
            - [x] kubia-2
            - [ ] kubia-0

            The next **ordinal**.

            ### After
            kubia-2 runs.

            ## Lose a node
            Objects: node/{node of kubia-0}
            Do: sim disconnect {node of kubia-0}
            Until: pod/kubia-0 Terminating|Unknown

            The node **{node of kubia-0}** is cut off.

            ### Live
            Cut the node off with your cluster's command.

            ## Canary
            Do: kubectl patch sts kubia -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":2}}}}'

            A partition.
            """;

    @Test
    void aGoodLessonHasItsTitleSettingsAndSteps() {
        Lesson lesson = LessonParser.parse(GOOD, "good.md");
        assertThat(lesson.title()).isEqualTo("Scaling, step by step");
        assertThat(lesson.settings()).isEqualTo(new LessonSettings("minikube", 3, "book", false));
        assertThat(lesson.steps()).extracting(Step::title).containsExactly("Scale up", "Lose a node", "Canary");

        Step first = lesson.step(0);
        assertThat(first.line()).isEqualTo(12);
        assertThat(first.objects()).containsExactly(new ObjectRef(ResourceType.PODS, "kubia-2"), new ObjectRef(ResourceType.PVC, "data-kubia-2"));
        assertThat(first.action()).isEqualTo("kubectl scale sts kubia --replicas=3");
        assertThat(first.conditions()).containsExactly(
                new Condition(new ObjectRef(ResourceType.PODS, "kubia-2"), List.of("Ready"), false),
                new Condition(new ObjectRef(ResourceType.PVC, "data-kubia-2"), List.of("Bound"), true));
        assertThat(first.narration()).startsWith("Ask for a **third** replica").contains("- one claim more", "## not a heading inside a code block");
        assertThat(first.predict().question()).isEqualTo("What is the new pod called?");
        assertThat(first.predict().answers()).extracting(Predict.Answer::text).containsExactly("kubia-x7k2p", "kubia-2", "kubia-0");
        assertThat(first.predict().right().text()).isEqualTo("kubia-2");
        assertThat(first.predict().explanation()).isEqualTo("The next **ordinal**.");
        assertThat(first.after()).isEqualTo("kubia-2 runs.");
        assertThat(first.live()).isNull();
        assertThat(first.runsLive()).isTrue();

        Step second = lesson.step(1);
        assertThat(second.objects()).containsExactly(new ObjectRef(ResourceType.NODES, "{node of kubia-0}"));
        assertThat(second.action()).isEqualTo("sim disconnect {node of kubia-0}");
        assertThat(second.conditions().get(0).states()).containsExactly("Terminating", "Unknown");
        assertThat(second.live()).isEqualTo("Cut the node off with your cluster's command.");
        assertThat(second.runsLive()).isFalse();
        // JSON in a patch is not a role
        assertThat(lesson.step(2).action()).endsWith("{\"partition\":2}}}}'");
        assertThat(lesson.step(2).conditions()).isEmpty();
    }

    @Test
    void simulatorOnlyVerbsDoNotRunLiveButNodeFaultsDo() {
        Lesson lesson = LessonParser.parse("# T\n## A\nDo: sim wait 5m\n\nWait.\n## B\nDo: sim add-node\n\nAdd.\n"
                + "## C\nDo: sim reconnect {node of kubia-0}\n\nBack.\n", "t.md");
        assertThat(lesson.steps()).extracting(Step::runsLive).containsExactly(true, false, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no title                 | ## Step\\n\\nText.                                                   | bad.md:1: the first line must be the lesson's title
            empty file               | \\n\\n                                                               | bad.md:1: the first line must be the lesson's title
            no steps                 | # T\\n\\nJust an introduction.                                        | bad.md:4: the lesson has no steps
            unknown setting          | # T\\nColour: blue\\n## S\\n\\nText.                                   | bad.md:2: unknown setting "Colour"
            bad cluster              | # T\\nCluster: eks\\n## S\\n\\nText.                                   | bad.md:2: Cluster: "eks" is not one of minikube, kind, gke
            bad nodes                | # T\\nNodes: many\\n## S\\n\\nText.                                    | bad.md:2: Nodes: "many" is not a number of nodes from 1 to 1000
            section before a step    | # T\\n### After\\nText.                                                | bad.md:2: a "### " section belongs to a step
            step without title       | # T\\n##  \\nText.                                                     | bad.md:2: a step needs a title
            unknown step line        | # T\\n## S\\nWait: 5m\\n\\nText.                                       | bad.md:3: unknown step line "Wait:"
            no narration             | # T\\n## S\\nDo: kubectl get pods\\n## Next\\n\\nText.                  | bad.md:2: step "S" has no narration
            two actions              | # T\\n## S\\nDo: kubectl get pods\\nDo: kubectl get pvc\\n\\nText.      | bad.md:4: a step has at most one action
            empty action             | # T\\n## S\\nDo: ``\\n\\nText.                                         | bad.md:3: Do: needs a console command
            objects not TYPE/NAME    | # T\\n## S\\nObjects: kubia-0\\n\\nText.                               | bad.md:3: Objects: "kubia-0" is not TYPE/NAME
            unknown object type      | # T\\n## S\\nObjects: deployment/kubia\\n\\nText.                      | bad.md:3: Objects: unknown type "deployment"
            until without state      | # T\\n## S\\nUntil: pod/kubia-0\\n\\nText.                             | bad.md:3: Until: needs [new] TYPE/NAME STATE
            until with a bad state   | # T\\n## S\\nUntil: pod/kubia-0 1/1\\n\\nText.                         | bad.md:3: Until: "1/1" is not a state
            unknown role             | # T\\n## S\\nDo: sim disconnect {the broken node}\\n\\nText.           | bad.md:3: unknown role "{the broken node}"
            unknown role in text     | # T\\n## S\\n\\nThe {zone of kubia-0}.                                  | bad.md:2: unknown role "{zone of kubia-0}"
            unknown section          | # T\\n## S\\n\\nText.\\n### Quiz\\nQ?                                   | bad.md:5: unknown section "### Quiz"
            predict without question | # T\\n## S\\n\\nText.\\n### Predict\\n- [x] a\\n- [ ] b\\n\\nWhy.        | bad.md:5: ### Predict: needs the question
            predict with one answer  | # T\\n## S\\n\\nText.\\n### Predict: Q?\\n- [x] a\\n\\nWhy.              | bad.md:5: a Predict question has 2 to 4 answers (\"- [x] right\", \"- [ ] wrong\"), this one has 1
            predict with five        | # T\\n## S\\n\\nText.\\n### Predict: Q?\\n- [x] a\\n- [ ] b\\n- [ ] c\\n- [ ] d\\n- [ ] e\\n\\nWhy. | bad.md:5: a Predict question has 2 to 4 answers
            predict with two right   | # T\\n## S\\n\\nText.\\n### Predict: Q?\\n- [x] a\\n- [x] b\\n\\nWhy.    | bad.md:5: a Predict question has exactly one right answer marked "- [x]", this one has 2
            predict with none right  | # T\\n## S\\n\\nText.\\n### Predict: Q?\\n- [ ] a\\n- [ ] b\\n\\nWhy.    | bad.md:5: a Predict question has exactly one right answer marked "- [x]", this one has 0
            answer without box       | # T\\n## S\\n\\nText.\\n### Predict: Q?\\n- [x] a\\n- b\\n\\nWhy.        | bad.md:7: a Predict answer starts with "- [x] "
            predict without why      | # T\\n## S\\n\\nText.\\n### Predict: Q?\\n- [x] a\\n- [ ] b            | bad.md:5: a Predict question needs its explanation
            empty after              | # T\\n## S\\n\\nText.\\n### After\\n\\n## Next\\n\\nText.                | bad.md:5: ### After has no text
            unclosed code block      | # T\\n## S\\n\\nText.\\n```\\ncode                                      | bad.md:5: a code block opened with ``` is never closed
            """)
    void eachMalformedLessonGivesOneMessageWithFileAndLine(String what, String text, String message) {
        assertThatThrownBy(() -> LessonParser.parse(text.replace("\\n", "\n"), "bad.md"))
                .isInstanceOf(LessonException.class)
                .hasMessageStartingWith(message.replace("\\\"", "\""));
    }

    @Test
    void aFileThatCannotBeReadIsOneMessageNamingIt(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> LessonParser.parse(dir.resolve("missing.md")))
                .isInstanceOf(LessonException.class).hasMessageStartingWith("missing.md: cannot read the lesson");
        Path broken = Files.writeString(dir.resolve("broken.md"), "# T\n## S\nUntil: pod/kubia-0\n\nText.\n");
        assertThatThrownBy(() -> LessonParser.parse(broken)).hasMessageStartingWith("broken.md:3: Until: needs");
    }
}
