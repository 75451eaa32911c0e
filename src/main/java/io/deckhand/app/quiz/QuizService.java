package io.deckhand.app.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;
import java.util.List;
import java.util.Optional;

/** CONTRACT PLACEHOLDER: quiz mode, one question at a time with immediate feedback. */
public final class QuizService {
    /** The questions for a quiz; the same request (and seed) gives the same questions. */
    public List<Question> questions(QuizRequest request) throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }

    /** Grades one response; with {@code feedScheduler} the card is answered Again (wrong) or Good (right). */
    public Grade answer(Question question, String response, boolean feedScheduler) throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }

    /** The card a question came from, to show after the answer. */
    public Optional<Card> card(CardId id) throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }
}
