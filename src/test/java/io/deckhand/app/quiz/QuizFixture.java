package io.deckhand.app.quiz;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.quiz.grade.Difference;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteDeckRepository;
import io.deckhand.storage.SqliteExamRepository;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Quiz and exam services over a real SQLite collection, with a stand-in question maker so these
 * tests check the services (pools, spread, storage, grading flow), not question generation:
 * a card whose answer starts with "kubectl" makes one COMMAND question, any card makes a TYPED one.
 * The stand-in grader accepts exactly the expected answer.
 */
final class QuizFixture implements AutoCloseable {
    final MutableClock clock;
    final Database db;
    final AppServices services;
    final SqliteDeckRepository decks;
    final SqliteCardRepository cards;
    final SqliteNoteRepository notes;
    final QuizService quiz;
    final ExamService exams;
    int generatorCalls;
    int largestPool;

    QuizFixture(Database db, MutableClock clock) throws DeckhandException {
        this.db = db;
        this.clock = clock;
        services = Bootstrap.wire(db, clock);
        decks = new SqliteDeckRepository(db, clock);
        cards = new SqliteCardRepository(db, clock);
        notes = new SqliteNoteRepository(db, clock);
        quiz = new QuizService(db, decks, cards, services.study(), this::generate, QuizFixture::grade);
        exams = new ExamService(db, decks, cards, new SqliteExamRepository(db), this::generate,
                QuizFixture::grade, clock);
    }

    static QuizFixture inMemory() throws DeckhandException {
        return new QuizFixture(Database.openInMemory(), new MutableClock(Instant.parse("2026-03-02T10:00:00Z")));
    }

    static QuizFixture onDisk(Path file, MutableClock clock) throws DeckhandException {
        return new QuizFixture(Database.open(file), clock);
    }

    List<Question> generate(List<Card> pool, java.util.Set<QuestionType> types, int count, long seed) {
        generatorCalls++;
        largestPool = Math.max(largestPool, pool.size());
        List<Question> out = new ArrayList<>();
        for (Card c : pool) {
            if (types.contains(QuestionType.COMMAND) && c.back().startsWith("kubectl")) {
                out.add(new Question(QuestionType.COMMAND, c.id(), c.front(), List.of(), c.back()));
            } else if (types.contains(QuestionType.TYPED)) {
                out.add(new Question(QuestionType.TYPED, c.id(), c.front(), List.of(), c.back()));
            }
        }
        Collections.shuffle(out, new Random(seed));
        return out.size() > count ? out.subList(0, count) : out;
    }

    static Grade grade(Question q, String response) {
        return q.answer().strip().equals(response.strip()) ? Grade.right()
                : new Grade(0, false, List.of(new Difference(Difference.Kind.WRONG, "answer", q.answer(), response)));
    }

    Card add(String deck, String front, String back, String... tags) throws DeckhandException {
        Card c = services.library().addCard(new DeckName(deck), front, back, List.of(tags));
        clock.advance(java.time.Duration.ofMillis(1));
        return c;
    }

    /** Cards whose answers are commands: {@code n} of them in {@code deck}. */
    List<Card> commands(String deck, int n, String... tags) throws DeckhandException {
        List<Card> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(add(deck, "Task " + deck + " " + i, "kubectl get pods -n ns" + i, tags));
        }
        return out;
    }

    /** A card from notes, under the given headings. */
    Card fromNotes(String deck, String front, String back, List<String> headings) throws DeckhandException {
        return db.inTransaction(() -> {
            DeckId id = services.library().ensureDeck(new DeckName(deck)).id();
            var note = notes.insert("guid-" + front, "basic", List.of(front, back),
                    new SourceRef("notes/k8s.md", 1, 2, headings), "");
            return cards.insert(note.id(), id, CardKind.BASIC, front, back, List.of(),
                    SchedulingState.newCard(clock.instant()));
        });
    }

    DeckId deck(String name) throws DeckhandException {
        return db.read(() -> decks.findByName(new DeckName(name))).orElseThrow().id();
    }

    @Override
    public void close() {
        db.close();
    }
}
