package io.deckhand.quiz.grade;

import java.util.List;

/** CONTRACT PLACEHOLDER: exact comparison until the real grader lands. */
public final class CommandGrader implements AnswerGrader {
    @Override
    public Grade grade(String expected, String answer) {
        return expected.strip().equals(answer.strip()) ? Grade.right()
                : new Grade(0, false, List.of(new Difference(Difference.Kind.WRONG, "answer", expected, answer)));
    }
}
