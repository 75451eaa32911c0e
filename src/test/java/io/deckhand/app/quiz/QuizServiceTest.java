package io.deckhand.app.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.storage.SqliteReviewLogRepository;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuizServiceTest {
    private QuizFixture fx;
    private SqliteReviewLogRepository log;

    @BeforeEach
    void open() throws Exception {
        fx = QuizFixture.inMemory();
        log = new SqliteReviewLogRepository(fx.db);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private QuizRequest request(String deck, List<String> tags, int count, boolean feed) throws Exception {
        return new QuizRequest(List.of(fx.deck(deck)), tags, count, Set.of(QuestionType.TYPED), 7, feed);
    }

    private static Set<CardId> cardsOf(List<Question> qs) {
        return qs.stream().map(Question::cardId).collect(Collectors.toSet());
    }

    @Test
    void questionsComeFromTheDeckAndItsSubDecksButNotFromSuspendedOrOtherCards() throws Exception {
        Card top = fx.add("K8s", "q1", "a1");
        Card sub = fx.add("K8s::Storage", "q2", "a2");
        Card suspended = fx.add("K8s::Storage", "q3", "a3");
        fx.db.inTransaction(() -> {
            fx.cards.updateContent(new Card(suspended.id(), suspended.noteId(), suspended.deckId(), suspended.kind(),
                    suspended.front(), suspended.back(), suspended.tags(), suspended.scheduling(), true));
            return null;
        });
        fx.add("K8sOther", "q4", "a4");
        fx.add("Linux", "q5", "a5");

        List<Question> qs = fx.quiz.questions(request("K8s", List.of(), 10, false));
        assertEquals(Set.of(top.id(), sub.id()), cardsOf(qs));
    }

    @Test
    void tagsFilterTheCardsAndATagFindsTheTagsBelowIt() throws Exception {
        Card storage = fx.add("K8s", "q1", "a1", "k8s::storage");
        Card exact = fx.add("K8s", "q2", "a2", "K8S");
        fx.add("K8s", "q3", "a3", "k8sx", "linux");
        fx.add("K8s", "q4", "a4");

        assertEquals(Set.of(storage.id(), exact.id()), cardsOf(fx.quiz.questions(request("K8s", List.of("k8s"), 10, false))));
        assertEquals(Set.of(storage.id()), cardsOf(fx.quiz.questions(request("K8s", List.of("k8s::storage"), 10, false))));
        assertEquals(4, fx.quiz.questions(request("K8s", List.of(), 10, false)).size());
        assertTrue(fx.quiz.questions(request("K8s", List.of("k8s_"), 10, false)).isEmpty(), "_ is not a wildcard");
    }

    @Test
    void tagsAloneSearchEveryDeck() throws Exception {
        Card k8s = fx.add("K8s::Storage", "q1", "a1", "exam");
        Card linux = fx.add("Linux", "q2", "a2", "exam");
        fx.add("Linux", "q3", "a3");
        List<Question> qs = fx.quiz.questions(new QuizRequest(List.of(), List.of("exam"), 10, Set.of(QuestionType.TYPED), 1, false));
        assertEquals(Set.of(k8s.id(), linux.id()), cardsOf(qs));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> fx.quiz.questions(
                new QuizRequest(List.of(), List.of(" "), 10, Set.of(), 1, false)));
        assertTrue(e.getMessage().contains("deck or tag"), e.getMessage());
    }

    @Test
    void theSameRequestGivesTheSameQuestions() throws Exception {
        fx.commands("K8s", 12);
        QuizRequest r = request("K8s", List.of(), 5, false);
        assertEquals(fx.quiz.questions(r), fx.quiz.questions(r));
        assertEquals(5, fx.quiz.questions(r).size());
    }

    @Test
    void aCountOutsideTheLimitsOrNoDeckIsRefused() throws Exception {
        fx.add("K8s", "q", "a");
        assertThrows(InvalidInputException.class, () -> fx.quiz.questions(request("K8s", List.of(), 0, false)));
        assertThrows(InvalidInputException.class, () -> fx.quiz.questions(
                new QuizRequest(List.of(), List.of(), 5, Set.of(), 1, false)));
        assertThrows(InvalidInputException.class, () -> fx.quiz.questions(
                new QuizRequest(List.of(new io.deckhand.domain.deck.DeckId(999)), List.of(), 5, Set.of(), 1, false)));
    }

    @Test
    void aWrongAnswerFedToTheSchedulerIsLoggedAsAgainAndARightOneAsGood() throws Exception {
        Card wrong = fx.add("K8s", "Create a pod", "kubectl run web --image=nginx");
        Card right = fx.add("K8s", "List pods", "kubectl get pods");
        Question qWrong = new Question(QuestionType.COMMAND, wrong.id(), wrong.front(), List.of(), wrong.back());
        Question qRight = new Question(QuestionType.COMMAND, right.id(), right.front(), List.of(), right.back());

        Grade g = fx.quiz.answer(qWrong, "kubectl run web", true);
        assertFalse(g.correct());
        List<ReviewLogEntry> entries = fx.db.read(() -> log.forCard(wrong.id()));
        assertEquals(1, entries.size());
        assertEquals(Rating.AGAIN, entries.get(0).rating());
        assertEquals(CardState.LEARNING, fx.quiz.card(wrong.id()).orElseThrow().scheduling().state());

        assertTrue(fx.quiz.answer(qRight, "kubectl get pods", true).correct());
        assertEquals(Rating.GOOD, fx.db.read(() -> log.forCard(right.id())).get(0).rating());
        assertFalse(fx.services.study().canUndo(), "a quiz answer is not undone from a study session");
    }

    @Test
    void withTheSchedulerOffAnAnswerChangesNothing() throws Exception {
        Card card = fx.add("K8s", "Create a pod", "kubectl run web --image=nginx");
        Question q = new Question(QuestionType.COMMAND, card.id(), card.front(), List.of(), card.back());
        assertFalse(fx.quiz.answer(q, "wrong", false).correct());
        assertEquals(0L, fx.db.read(log::count));
        assertEquals(card.scheduling(), fx.quiz.card(card.id()).orElseThrow().scheduling());
    }

    @Test
    void aCardDeletedDuringTheQuizIsGradedButNotFed() throws Exception {
        Card card = fx.add("K8s", "Create a pod", "kubectl run web --image=nginx");
        Question q = new Question(QuestionType.COMMAND, card.id(), card.front(), List.of(), card.back());
        fx.db.inTransaction(() -> {
            fx.cards.delete(card.id());
            return null;
        });
        assertTrue(fx.quiz.answer(q, card.back(), true).correct());
        assertEquals(0L, fx.db.read(log::count));
        assertTrue(fx.quiz.card(card.id()).isEmpty());
    }
}
