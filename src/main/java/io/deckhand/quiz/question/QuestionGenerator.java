package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;
import java.util.List;
import java.util.Set;

/** CONTRACT PLACEHOLDER: turns cards into questions, deterministic for a seed. */
public final class QuestionGenerator {
    /** Up to {@code count} questions of the given types from {@code cards}; the same seed gives the same list. */
    public List<Question> generate(List<Card> cards, Set<QuestionType> types, int count, long seed) {
        throw new UnsupportedOperationException("question generation is being built");
    }
}
