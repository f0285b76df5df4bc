package dev.stsviz.lesson;

/**
 * What a lesson assumes of the simulator, each null when the lesson does not say (the command line's options hold).
 *
 * @param cluster the simulator preset: minikube, kind or gke
 * @param nodes   how many nodes
 * @param profile modern or book
 * @param empty   true: start with nodes and StorageClasses only; false: with the chapter's objects
 */
public record LessonSettings(String cluster, Integer nodes, String profile, Boolean empty) {
    public static final LessonSettings NONE = new LessonSettings(null, null, null, null);
}
