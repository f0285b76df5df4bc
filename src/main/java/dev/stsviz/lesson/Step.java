package dev.stsviz.lesson;

import java.util.List;

/**
 * One step of a lesson. Text may name nodes by role ({@code {node of kubia-0}}), resolved when shown or run.
 *
 * @param line       where the step starts in the file (1-based)
 * @param narration  Markdown: paragraphs, **bold**, `code`, lists
 * @param objects    what the diagram outlines, as TYPE/NAME
 * @param action     a console line (null: none)
 * @param conditions all must hold for the step to be complete (none: complete once the action ran, or at once)
 * @param predict    a question for the class (null: none)
 * @param after      Markdown shown once the step is complete (null: none)
 * @param live       what to do instead of the action on a live cluster (null: the action runs there)
 */
public record Step(int line, String title, String narration, List<ObjectRef> objects, String action, List<Condition> conditions,
                   Predict predict, String after, String live) {
    public Step {
        objects = List.copyOf(objects);
        conditions = List.copyOf(conditions);
    }

    public boolean hasAction() {
        return action != null;
    }

    /** Whether "Do it" may run the action on a live cluster: no live text, and no simulator-only verb. */
    public boolean runsLive() {
        return action != null && live == null && !LiveSupport.simulatorOnly(action);
    }
}
