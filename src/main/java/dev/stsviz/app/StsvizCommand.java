package dev.stsviz.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code stsviz [--cluster minikube|kind|gke] [--nodes N] [--profile modern|book|v1.24] [--timings default|fast] [--runtime kubia|instant] [--seed N] [--empty] [--lesson FILE]}: opens the window on the simulator, or with
 * {@code --context C} on a live cluster; subcommands run headless.
 */
@Command(name = "stsviz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, subcommands = {RunCommand.class, ReplayCommand.class, ScreenshotCommand.class, ExportCommand.class, dev.stsviz.bench.BenchCommand.class},
        description = "Makes Kubernetes StatefulSet behaviour visible (Kubernetes in Action, chapter 10).")
public final class StsvizCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SimulatorOptions simulator;

    @Mixin
    LiveOptions live;

    @Mixin
    LanguageOption language;

    @picocli.CommandLine.Option(names = "--lesson", paramLabel = "FILE",
            description = "Open the Lesson pane (F1) with this lesson, e.g. lessons/chapter10.md; its settings choose the simulated cluster "
                    + "unless --cluster, --nodes, --profile or --empty say otherwise.")
    java.nio.file.Path lesson;

    @picocli.CommandLine.Option(names = "--record", paramLabel = "FILE",
            description = "Record what the window shows to this file as it happens (a recording: open it with `replay FILE`).")
    java.nio.file.Path record;

    @Override
    public Integer call() {
        dev.stsviz.lesson.Lesson opened = null;
        if (lesson != null) {
            try {
                opened = LessonOption.load(lesson); // a malformed lesson is reported before a window opens
            } catch (dev.stsviz.lesson.LessonException e) {
                spec.commandLine().getErr().println("stsviz: " + e.getMessage());
                return 2;
            }
            LessonOption.applySettings(opened.settings(), simulator, spec.commandLine());
        }
        simulator.check(spec.commandLine()); // a bad option is reported before a window opens
        language.apply();
        AppContext context = new AppContext(cluster -> simulator.simulation(spec.commandLine(), cluster),
                simulator.preset(spec.commandLine()), live.kubeconfig, live.context, live.namespace, live.readOnly);
        context.lesson = opened;
        context.profile = simulator.profile(spec.commandLine());
        if (record != null) {
            String problem = RecordTarget.problem(record);
            if (problem != null) { // reported before a window opens
                spec.commandLine().getErr().println("stsviz: --record " + record + ": " + problem);
                return 2;
            }
            context.record = record;
        }
        context.prepareSimulator(); // builds while the toolkit starts
        GuiLauncher.launch(context);
        return 0;
    }
}
