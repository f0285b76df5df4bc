package dev.stsviz.lesson;

import dev.stsviz.console.CommandResult;
import dev.stsviz.console.ConsoleBackend;
import dev.stsviz.console.ScriptRunner;

import java.time.Duration;
import java.util.function.Function;

/**
 * Teaches a lesson without a window: performs a step's action through the console and lets time pass (virtual time
 * on the simulator, real time on a cluster) until its conditions hold. Screenshots of step N and tests use it.
 */
public final class LessonDriver {
    private final LessonRun run;
    private final ConsoleBackend backend;
    private final Function<String, CommandResult> console;
    private final boolean live;
    private final ObjectLookup lookup;

    /** @param live a live cluster: actions that cannot run there are left out (their conditions are still waited for) */
    public LessonDriver(LessonRun run, ConsoleBackend backend, Function<String, CommandResult> console, boolean live) {
        this.run = run;
        this.backend = backend;
        this.console = console;
        this.live = live;
        this.lookup = ObjectLookup.of(backend);
    }

    public LessonRun run() {
        return run;
    }

    public ObjectLookup lookup() {
        return lookup;
    }

    /** Goes to a step (0-based). */
    public void enter(int step) {
        run.enter(step, lookup);
    }

    /**
     * Performs the current step: its action (unless it cannot run here), then waits up to {@code timeout} for its
     * conditions. A role that is not known yet or a failed command ends the step there.
     */
    public Outcome perform(Duration timeout) {
        Step step = run.step();
        CommandResult result = null;
        boolean performed = step.hasAction() && (!live || step.runsLive());
        if (performed) {
            Roles.Resolved action = run.action(lookup);
            if (!action.complete()) {
                return new Outcome(step, CommandResult.error("the " + String.join(", ", action.unknown()) + " is not known yet"),
                        run.progress(lookup));
            }
            result = console.apply(action.text());
            if (!result.ok()) {
                return new Outcome(step, result, run.progress(lookup));
            }
            run.actionDone();
            if (!live) {
                backend.advance(ScriptRunner.TYPING_PAUSE); // as `run` does: the next step sees what the controllers did meanwhile
            }
        } else if (step.hasAction()) {
            run.actionDone(); // the teacher does it by hand on the cluster
        }
        backend.waitUntil(() -> run.progress(lookup).met(), timeout);
        return new Outcome(step, result, run.progress(lookup));
    }

    /** Performs steps 1..count (0: none), each after the one before completed; stops at the first that does not. */
    public Outcome performFirst(int count, Duration timeoutEach) {
        Outcome last = null;
        for (int i = 0; i < count; i++) {
            enter(i);
            last = perform(timeoutEach);
            if (!last.complete()) {
                return last;
            }
        }
        return last;
    }

    /** @param result the action's console result, null when it was not run */
    public record Outcome(Step step, CommandResult result, Progress progress) {
        public boolean complete() {
            return (result == null || result.ok()) && progress.met();
        }

        public String describe() {
            return "step \"" + step.title() + "\": " + (result != null && !result.ok() ? result.output().strip() : progress.describe());
        }
    }
}
