package dev.stsviz.lesson;

import java.util.List;

/** A question the class answers by show of hands; the right answer and why are revealed once the step is complete. */
public record Predict(String question, List<Answer> answers, String explanation) {
    public Predict {
        answers = List.copyOf(answers);
    }

    public record Answer(String text, boolean right) {
    }

    public Answer right() {
        return answers.stream().filter(Answer::right).findFirst().orElseThrow();
    }
}
