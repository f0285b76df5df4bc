/**
 * Guided lessons: a Markdown file of steps (narration, the objects a step talks about, an optional console action, a
 * Predict question, completion conditions on the cluster state), parsed into records, with the nodes a step names by
 * role ({@code {node of kubia-0}}) resolved from the current state. No JavaFX: the view's Lesson pane and the headless
 * commands (screenshots, tests) share the parser, the completion check and the step-by-step run.
 *
 * <p>Sits between {@code view} and {@code console}: conditions reuse the console's {@code sim wait-until} states
 * ({@link dev.stsviz.console.ObjectStates}), actions are console lines. Checks are pure and cheap (a few lookups),
 * so the view evaluates them on every publisher pulse.
 */
package dev.stsviz.lesson;
