package io.deckhand.app.quiz;

import io.deckhand.domain.card.Card;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.util.List;
import java.util.Set;

/** Makes questions from cards ({@code QuestionGenerator::generate} in the app); deterministic for a seed. */
@FunctionalInterface
public interface QuestionSource {
    List<Question> generate(List<Card> cards, Set<QuestionType> types, int count, long seed);
}
