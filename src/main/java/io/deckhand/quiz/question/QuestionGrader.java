package io.deckhand.quiz.question;

import io.deckhand.quiz.grade.AnswerGrader;
import io.deckhand.quiz.grade.CommandGrader;
import io.deckhand.quiz.grade.Difference;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.grade.ManifestGrader;
import io.deckhand.quiz.grade.TextGrader;
import java.util.List;

/**
 * Grades a response to a question with the grader its type needs: a choice is right when it is the
 * right option's text; a command by {@link CommandGrader}, a manifest by {@link ManifestGrader},
 * every other typed answer by {@link TextGrader}. Thread-safe.
 */
public final class QuestionGrader {
    private final AnswerGrader commands = new CommandGrader();
    private final AnswerGrader manifests = new ManifestGrader();
    private final AnswerGrader text = new TextGrader();

    public Grade grade(Question question, String response) {
        String answer = response == null ? "" : response;
        return switch (question.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> answer.strip().equals(question.answer().strip()) ? Grade.right()
                    : new Grade(0, false, List.of(new Difference(Difference.Kind.WRONG, "answer", question.answer(),
                    answer.isBlank() ? null : answer.strip())));
            case COMMAND -> commands.grade(question.answer(), answer);
            case MANIFEST -> manifests.grade(question.answer(), answer);
            case CLOZE, FILL_FIELD, DIAGRAM_NODE, TYPED -> text.grade(question.answer(), answer);
        };
    }
}
