package dev.stsviz.lesson;

import java.util.List;

/**
 * A parsed lesson file.
 *
 * @param source   where it was read from (the file name errors and the pane show)
 * @param settings how the simulator should start for it
 */
public record Lesson(String title, String source, LessonSettings settings, List<Step> steps) {
    public Lesson {
        steps = List.copyOf(steps);
    }

    public Step step(int index) {
        return steps.get(index);
    }

    public int size() {
        return steps.size();
    }
}
