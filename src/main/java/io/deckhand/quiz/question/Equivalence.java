package io.deckhand.quiz.question;

import io.deckhand.quiz.grade.AnswerGrader;
import io.deckhand.quiz.grade.CommandGrader;
import io.deckhand.quiz.grade.TextGrader;

/** Whether two answers say the same thing, as the graders judge it (either way round). */
final class Equivalence {
    private final AnswerGrader commands = new CommandGrader();
    private final AnswerGrader text = new TextGrader();

    boolean same(AnswerKind kind, String a, String b) {
        if (a.equals(b) || CardText.normalise(a).equals(CardText.normalise(b))) return true;
        AnswerGrader g = kind == AnswerKind.COMMAND ? commands : text;
        try {
            return g.grade(a, b).correct() || g.grade(b, a).correct();
        } catch (RuntimeException e) {
            return true; // a grader that cannot tell must not let a possibly right option through
        }
    }
}
