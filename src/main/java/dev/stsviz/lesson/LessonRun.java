package dev.stsviz.lesson;

import io.fabric8.kubernetes.api.model.HasMetadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a class is in a lesson: the current step, the roles resolved so far, what the step's {@code new} conditions
 * compare against, and whether its action ran. Not thread-safe: the window uses it on the FX thread, headless runs on
 * one thread.
 */
public final class LessonRun {
    private final Lesson lesson;
    private final String namespace;
    private final Roles roles = new Roles();
    private int index = -1;
    private Map<Integer, String> baseline = Map.of();
    private boolean actionDone;

    public LessonRun(Lesson lesson, String namespace) {
        this.lesson = lesson;
        this.namespace = namespace;
    }

    public Lesson lesson() {
        return lesson;
    }

    public int index() {
        return index;
    }

    public Step step() {
        return lesson.step(index);
    }

    public boolean hasNext() {
        return index + 1 < lesson.size();
    }

    public boolean hasPrevious() {
        return index > 0;
    }

    /** Goes to a step (0-based): its roles are resolved anew and its {@code new} conditions remember today's objects. */
    public void enter(int step, ObjectLookup lookup) {
        if (step < 0 || step >= lesson.size()) {
            throw new IllegalArgumentException("no step " + (step + 1) + " (the lesson has " + lesson.size() + ")");
        }
        roles.forgetFrom(step);
        index = step;
        actionDone = false;
        Map<Integer, String> uids = new HashMap<>();
        List<String> names = conditionNames(lookup);
        for (int i = 0; i < step().conditions().size(); i++) {
            Condition c = step().conditions().get(i);
            HasMetadata object = names.get(i) == null ? null : lookup.get(c.object().type(), namespace, names.get(i));
            if (c.fresh() && object != null) {
                uids.put(i, object.getMetadata().getUid());
            }
        }
        baseline = uids;
    }

    /** The step's text (narration, action, live text...) with its roles resolved. */
    public Roles.Resolved resolve(String text, ObjectLookup lookup) {
        return roles.resolve(text, lookup, namespace, index);
    }

    /** The action to run, roles resolved; null when the step has none. */
    public Roles.Resolved action(ObjectLookup lookup) {
        return step().hasAction() ? resolve(step().action(), lookup) : null;
    }

    /** The objects to outline, roles resolved; those not known yet are left out. */
    public List<ObjectRef> objects(ObjectLookup lookup) {
        List<ObjectRef> out = new ArrayList<>();
        for (ObjectRef o : step().objects()) {
            Roles.Resolved name = resolve(o.name(), lookup);
            if (name.complete()) {
                out.add(new ObjectRef(o.type(), name.text()));
            }
        }
        return out;
    }

    public void actionDone() {
        actionDone = true;
    }

    public boolean actionRan() {
        return actionDone;
    }

    /** Whether the step is complete now, and what it waits for. */
    public Progress progress(ObjectLookup lookup) {
        return StepCheck.check(step(), conditionNames(lookup), lookup, namespace, baseline, actionDone);
    }

    private List<String> conditionNames(ObjectLookup lookup) {
        List<String> names = new ArrayList<>();
        for (Condition c : step().conditions()) {
            Roles.Resolved name = resolve(c.object().name(), lookup);
            names.add(name.complete() ? name.text() : null);
        }
        return names;
    }
}
