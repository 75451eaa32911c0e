package io.deckhand.app.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamServiceTest {
    @TempDir
    Path dir;

    private QuizFixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = QuizFixture.inMemory();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ExamSpec spec(int count, DeckId... decks) {
        return new ExamSpec("CKAD mock", List.of(decks), List.of(), count, Duration.ofHours(2), 0.66,
                Set.of(QuestionType.COMMAND), 42);
    }

    private static Map<String, Integer> perDeck(QuizFixture fx, List<Question> qs) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (Question q : qs) {
            Card c = fx.quiz.card(q.cardId()).orElseThrow();
            String deck = fx.services.library().decks().stream().filter(d -> d.id().equals(c.deckId()))
                    .findFirst().orElseThrow().name().value();
            out.merge(deck, 1, Integer::sum);
        }
        return out;
    }

    @Test
    void thePresetIsTheCkaFormat() {
        ExamSpec p = fx.exams.preset("CKA mock", List.of(new DeckId(1)));
        assertEquals(ExamService.PRESET_QUESTIONS, p.questionCount());
        assertEquals(Duration.ofHours(2), p.timeLimit());
        assertEquals(0.66, p.passMark());
        assertEquals(Set.of(QuestionType.COMMAND, QuestionType.MANIFEST, QuestionType.FILL_FIELD), p.types());
        assertEquals("CKA mock", p.name());
    }

    @Test
    void questionsAreSpreadOverTheSubDecksInProportionToTheirCards() throws Exception {
        fx.commands("K8s::Workloads", 30);
        fx.commands("K8s::Storage", 10);
        fx.commands("K8s::Network", 20);
        List<Question> qs = fx.exams.questions(spec(12, fx.deck("K8s")));
        assertEquals(12, qs.size());
        assertEquals(Map.of("K8s::Workloads", 6, "K8s::Storage", 2, "K8s::Network", 4), perDeck(fx, qs));
        assertEquals(qs, fx.exams.questions(spec(12, fx.deck("K8s"))), "the same seed sets the same exam");
    }

    @Test
    void anExamSetByTagsIsSpreadOverTheTags() throws Exception {
        fx.commands("K8s", 12, "cka");
        fx.commands("Linux", 4, "lfcs");
        fx.commands("Linux", 4);
        for (long seed = 1; seed <= 10; seed++) {
            List<Question> qs = fx.exams.questions(new ExamSpec("x", List.of(), List.of("lfcs", "cka"), 4,
                    Duration.ofHours(2), 0.66, Set.of(QuestionType.COMMAND), seed));
            assertEquals(Map.of("K8s", 3, "Linux", 1), perDeck(fx, qs), "seed " + seed);
        }
    }

    @Test
    void aTopicWithFewHandsOnCardsLeavesItsShareToTheOthers() throws Exception {
        fx.commands("K8s::Workloads", 10);
        for (int i = 0; i < 30; i++) fx.add("K8s::Concepts", "What is thing " + i + "?", "A thing " + i);
        fx.commands("K8s::Concepts", 1);
        List<Question> qs = fx.exams.questions(spec(8, fx.deck("K8s")));
        assertEquals(8, qs.size());
        assertEquals(Map.of("K8s::Workloads", 7, "K8s::Concepts", 1), perDeck(fx, qs));
    }

    @Test
    void anExamReadsOnlyAsManyCardsAsItsTopicsNeed() throws Exception {
        fx.commands("K8s", 300);
        assertEquals(2, fx.exams.questions(spec(2, fx.deck("K8s"))).size());
        assertEquals(TopicSpread.MIN_READ, fx.largestPool);
    }

    @Test
    void aTopicWhoseFirstCardsGiveNoQuestionReadsOnUntilOneDoes() throws Exception {
        for (int i = 0; i < 200; i++) fx.add("K8s", "What is thing " + i + "?", "A thing " + i);
        Card only = fx.commands("K8s", 1).get(0);
        for (long seed = 1; seed <= 5; seed++) {
            List<Question> qs = fx.exams.questions(new ExamSpec("x", List.of(fx.deck("K8s")), List.of(), 1,
                    Duration.ofHours(2), 0.66, Set.of(QuestionType.COMMAND), seed));
            assertEquals(List.of(only.id()), qs.stream().map(Question::cardId).toList(), "seed " + seed);
        }
    }

    @Test
    void tooFewCardsMakeAShorterExamWithLessTime() throws Exception {
        fx.commands("K8s", 5);
        ExamAttempt a = fx.exams.start(spec(20, fx.deck("K8s")));
        assertEquals(5, a.questions().size());
        assertEquals(Duration.ofMinutes(30), a.spec().timeLimit());
    }

    @Test
    void noUsableCardsIsExplained() throws Exception {
        fx.add("K8s", "What is a pod?", "The smallest unit");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fx.exams.start(spec(5, fx.deck("K8s"))));
        assertTrue(e.getMessage().contains("command"), e.getMessage());
        assertTrue(fx.exams.unfinished().isEmpty());
    }

    @Test
    void anAttemptSurvivesClosingTheCollectionWithItsAnswersFlagsPlaceAndTime() throws Exception {
        Path file = dir.resolve("collection.sqlite");
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        ExamAttempt started;
        List<String> answers = new ArrayList<>();
        try (QuizFixture disk = QuizFixture.onDisk(file, clock)) {
            disk.commands("K8s", 6);
            started = disk.exams.start(spec(4, disk.deck("K8s")));
            answers.addAll(started.answers());
            answers.set(1, started.questions().get(1).answer());
            answers.set(3, "kubectl get po");
            disk.exams.save(started.id(), answers, Set.of(0, 3), 3, Duration.ofMinutes(17));
        }
        try (QuizFixture reopened = QuizFixture.onDisk(file, clock)) {
            ExamAttempt resumed = reopened.exams.unfinished().orElseThrow();
            assertEquals(started.id(), resumed.id());
            assertEquals(started.questions(), resumed.questions());
            assertEquals(answers, resumed.answers());
            assertEquals(Set.of(0, 3), resumed.flagged());
            assertEquals(3, resumed.current());
            assertEquals(Duration.ofMinutes(17), resumed.timeUsed());
            assertEquals(Duration.ofMinutes(103), resumed.remaining());
            assertEquals(started.spec(), resumed.spec());
            assertTrue(resumed.submittedAt().isEmpty());
        }
    }

    @Test
    void savingAgainReplacesOnlyWhatChanged() throws Exception {
        fx.commands("K8s", 3);
        ExamAttempt a = fx.exams.start(spec(3, fx.deck("K8s")));
        fx.exams.save(a.id(), List.of("x", "", "z"), Set.of(2), 2, Duration.ofSeconds(30));
        fx.exams.save(a.id(), List.of("x", "y", ""), Set.of(), 1, Duration.ofSeconds(50));
        ExamAttempt now = fx.exams.unfinished().orElseThrow();
        assertEquals(List.of("x", "y", ""), now.answers());
        assertEquals(Set.of(), now.flagged());
        assertEquals(1, now.current());
        assertEquals(Duration.ofSeconds(50), now.timeUsed());
    }

    @Test
    void submitGradesTheAttemptAndBreaksItDownByTopicWeakestFirst() throws Exception {
        fx.commands("K8s::Workloads", 4, "pods");
        fx.commands("K8s::Storage", 4);
        ExamAttempt a = fx.exams.start(spec(8, fx.deck("K8s")));
        List<String> answers = new ArrayList<>();
        Set<CardId> wrong = new java.util.LinkedHashSet<>();
        for (Question q : a.questions()) {
            // three Storage questions wrong, the fourth and every Workloads question right
            if (q.prompt().contains("Storage") && wrong.size() < 3) {
                answers.add("kubectl delete everything");
                wrong.add(q.cardId());
            } else {
                answers.add(q.answer());
            }
        }
        fx.clock.advance(Duration.ofMinutes(40));
        fx.exams.save(a.id(), answers, Set.of(), 0, Duration.ofMinutes(40));
        ExamResult r = fx.exams.submit(a.id());

        assertEquals(5.0 / 8, r.score(), 1e-9);
        assertFalse(r.passed());
        assertEquals(0.66, r.passMark());
        assertEquals(Duration.ofMinutes(40), r.timeUsed());
        assertEquals(fx.clock.instant(), r.submittedAt());
        assertEquals("K8s::Storage", r.topics().get(0).topic());
        assertEquals(4, r.topics().get(0).questions());
        assertEquals(0.25, r.topics().get(0).score(), 1e-9);
        assertTrue(r.topics().stream().anyMatch(t -> t.topic().equals("#pods") && t.score() == 1.0 && t.questions() == 4));
        assertTrue(r.topics().stream().anyMatch(t -> t.topic().equals("K8s::Workloads") && t.score() == 1.0));
        for (QuestionResult qr : r.questions()) {
            assertEquals(wrong.contains(qr.question().cardId()), !qr.grade().correct());
            if (!qr.grade().correct()) assertEquals(qr.question().answer(), qr.grade().differences().get(0).expected());
        }
        assertEquals(List.copyOf(wrong), fx.exams.missedCards(a.id()), "each missed card once, in exam order");
        assertTrue(fx.exams.unfinished().isEmpty());
        assertEquals(r, fx.exams.submit(a.id()), "submitting twice gives the stored result");
        assertThrows(InvalidInputException.class,
                () -> fx.exams.save(a.id(), answers, Set.of(), 0, Duration.ofMinutes(41)));
    }

    @Test
    void unansweredQuestionsScoreNothingAndHeadingsOfNotesAreTopics() throws Exception {
        fx.fromNotes("K8s", "Expose it", "kubectl expose deploy web --port 80",
                List.of("Kubernetes", "Services", "ClusterIP"));
        fx.fromNotes("K8s", "Scale it", "kubectl scale deploy web --replicas 3", List.of("Kubernetes", "Workloads"));
        ExamAttempt a = fx.exams.start(spec(2, fx.deck("K8s")));
        int scale = a.questions().get(0).prompt().equals("Scale it") ? 0 : 1;
        List<String> answers = new ArrayList<>(List.of("", ""));
        answers.set(scale, "kubectl scale deploy web --replicas 3");
        fx.exams.save(a.id(), answers, Set.of(), 0, Duration.ofMinutes(3));
        ExamResult r = fx.exams.submit(a.id());
        assertEquals(0.5, r.score());
        assertEquals(List.of("Kubernetes > Services", "K8s", "Kubernetes > Workloads"),
                r.topics().stream().map(TopicScore::topic).toList(),
                "weakest first; the top heading every question shares is left out");
        assertFalse(r.questions().get(1 - scale).grade().correct());
    }

    @Test
    void aDeckFromNotesIsSpreadOverItsSections() throws Exception {
        for (int i = 0; i < 9; i++) {
            fx.fromNotes("K8s", "Pods task " + i, "kubectl run p" + i + " --image=nginx", List.of("Pods"));
        }
        for (int i = 0; i < 3; i++) {
            fx.fromNotes("K8s", "Storage task " + i, "kubectl get pvc pvc" + i, List.of("Storage", "PVC"));
        }
        for (long seed = 1; seed <= 20; seed++) {
            ExamSpec s = new ExamSpec("x", List.of(fx.deck("K8s")), List.of(), 4, Duration.ofHours(2), 0.66,
                    Set.of(QuestionType.COMMAND), seed);
            List<Question> qs = fx.exams.questions(s);
            assertEquals(3, qs.stream().filter(q -> q.prompt().startsWith("Pods")).count(), "seed " + seed);
            assertEquals(1, qs.stream().filter(q -> q.prompt().startsWith("Storage")).count(), "seed " + seed);
        }
    }

    @Test
    void resultsAreOldestFirstAndSurviveDeletingTheCards() throws Exception {
        List<Card> cards = fx.commands("K8s", 2);
        ExamAttempt first = fx.exams.start(spec(2, fx.deck("K8s")));
        fx.exams.save(first.id(), first.questions().stream().map(Question::answer).toList(), Set.of(), 0,
                Duration.ofMinutes(5));
        fx.exams.submit(first.id());
        fx.clock.advance(Duration.ofDays(1));
        ExamAttempt second = fx.exams.start(spec(2, fx.deck("K8s")));
        fx.exams.save(second.id(), List.of("nope", "nope"), Set.of(), 0, Duration.ofMinutes(5));
        fx.exams.submit(second.id());

        fx.db.inTransaction(() -> {
            for (Card c : cards) fx.cards.delete(c.id());
            return null;
        });
        List<ExamResult> results = fx.exams.results();
        assertEquals(List.of(first.id(), second.id()), results.stream().map(ExamResult::attemptId).toList());
        assertEquals(List.of(1.0, 0.0), results.stream().map(ExamResult::score).toList());
        assertEquals(first.questions(), results.get(0).questions().stream().map(QuestionResult::question).toList());
        assertTrue(fx.exams.missedCards(second.id()).isEmpty(), "deleted cards cannot be studied");
    }

    @Test
    void anAttemptWhoseTimeRanOutIsSubmittedInsteadOfResumed() throws Exception {
        fx.commands("K8s", 2);
        ExamAttempt a = fx.exams.start(spec(2, fx.deck("K8s")));
        fx.exams.save(a.id(), List.of(a.questions().get(0).answer(), ""), Set.of(), 1, Duration.ofHours(2));
        assertTrue(fx.exams.unfinished().isEmpty());
        ExamResult r = fx.exams.results().get(0);
        assertEquals(a.id(), r.attemptId());
        assertEquals(0.5, r.score());
        assertEquals(Duration.ofHours(2), r.timeUsed());
    }

    @Test
    void startingAnotherExamClosesTheUnfinishedOne() throws Exception {
        fx.commands("K8s", 3);
        ExamAttempt untouched = fx.exams.start(spec(2, fx.deck("K8s")));
        ExamAttempt answered = fx.exams.start(spec(2, fx.deck("K8s")));
        assertTrue(fx.exams.result(untouched.id()).isEmpty());
        fx.exams.save(answered.id(), List.of("kubectl x", ""), Set.of(), 0, Duration.ofMinutes(1));
        ExamAttempt third = fx.exams.start(spec(2, fx.deck("K8s")));
        assertEquals(List.of(answered.id()), fx.exams.results().stream().map(ExamResult::attemptId).toList());
        assertEquals(third.id(), fx.exams.unfinished().orElseThrow().id());
        fx.exams.discard(third.id());
        assertTrue(fx.exams.unfinished().isEmpty());
    }

    @Test
    void badSettingsAndBadSavesAreRefusedAndChangeNothing() throws Exception {
        fx.commands("K8s", 2);
        DeckId deck = fx.deck("K8s");
        assertThrows(InvalidInputException.class, () -> fx.exams.start(spec(0, deck)));
        assertThrows(InvalidInputException.class, () -> fx.exams.start(new ExamSpec("x", List.of(deck), List.of(), 2,
                Duration.ofHours(2), 1.5, Set.of(QuestionType.COMMAND), 1)));
        assertThrows(InvalidInputException.class, () -> fx.exams.start(new ExamSpec("x", List.of(deck), List.of(), 2,
                Duration.ZERO, 0.66, Set.of(QuestionType.COMMAND), 1)));
        assertThrows(InvalidInputException.class, () -> fx.exams.start(spec(2, new DeckId(999))));
        assertTrue(fx.exams.unfinished().isEmpty());
        ExamAttempt a = fx.exams.start(spec(2, deck));
        assertThrows(InvalidInputException.class, () -> fx.exams.save(a.id(), List.of("a", "b"), Set.of(), 5, Duration.ZERO));
        assertThrows(InvalidInputException.class, () -> fx.exams.save(a.id(), List.of("a", "b"), Set.of(), 0,
                Duration.ofSeconds(-1)));
        assertThrows(InvalidInputException.class, () -> fx.exams.save(a.id() + 100, List.of("a", "b"), Set.of(), 0,
                Duration.ZERO));
        assertEquals(List.of("", ""), fx.exams.unfinished().orElseThrow().answers());
    }
}
