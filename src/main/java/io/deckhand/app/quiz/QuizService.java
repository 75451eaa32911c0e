package io.deckhand.app.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.app.study.StudyService;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Quiz mode: one question at a time with immediate feedback. */
public final class QuizService {
    /** Most questions one quiz may ask (a quiz is a short session; an exam has its own limit). */
    public static final int MAX_QUESTIONS = 500;

    private final Transactions tx;
    private final DeckRepository decks;
    private final CardRepository cards;
    private final StudyService study;
    private final QuestionSource generator;
    private final ResponseGrader grader;

    public QuizService(Transactions tx, DeckRepository decks, CardRepository cards, StudyService study,
                       QuestionSource generator, ResponseGrader grader) {
        this.tx = tx;
        this.decks = decks;
        this.cards = cards;
        this.study = study;
        this.generator = generator;
        this.grader = grader;
    }

    /**
     * The questions for a quiz; the same request (and seed) gives the same questions. No types = every
     * type. Empty when the decks have no cards that make questions of these types.
     */
    public List<Question> questions(QuizRequest request) throws DeckhandException {
        if (request.count() < 1 || request.count() > MAX_QUESTIONS) {
            throw new InvalidInputException("Ask for 1 to " + MAX_QUESTIONS + " questions (not " + request.count() + ").");
        }
        List<Card> pool = tx.read(() -> QuizCards.scope(decks, request.decks(), request.tags()).cards(cards));
        if (pool.isEmpty()) return List.of();
        return generator.generate(pool, typesOrAll(request.types()), request.count(), request.seed());
    }

    /**
     * Grades one response; with {@code feedScheduler} the card is answered Again (wrong) or Good
     * (right) through the study scheduler, logged like a study answer but not undoable from a study
     * session. A card deleted since the question was made is graded and not fed.
     */
    public Grade answer(Question question, String response, boolean feedScheduler) throws DeckhandException {
        Grade grade = grader.grade(question, response == null ? "" : response);
        if (feedScheduler && tx.read(() -> cards.find(question.cardId())).isPresent()) {
            study.answerOutsideSession(question.cardId(), grade.correct() ? Rating.GOOD : Rating.AGAIN, Duration.ZERO);
        }
        return grade;
    }

    /** The card a question came from, to show after the answer. */
    public Optional<Card> card(CardId id) throws DeckhandException {
        return tx.read(() -> cards.find(id));
    }

    static Set<QuestionType> typesOrAll(Set<QuestionType> types) {
        return types.isEmpty() ? EnumSet.allOf(QuestionType.class) : types;
    }
}
