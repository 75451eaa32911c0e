package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mock-exam attempts as stored: settings, the questions as they were shown (so later edits or
 * deleted cards change nothing), the answers given so far, and the grades once submitted. Plain
 * values only, so storage needs nothing from the quiz packages.
 */
public interface ExamRepository {
    /** An attempt's settings and progress; {@code score} is set once submitted. */
    record Attempt(long id, String name, List<DeckId> decks, List<String> tags, int questionCount,
                   Duration timeLimit, double passMark, List<String> typeCodes, long seed, Instant startedAt,
                   int current, Duration timeUsed, Optional<Instant> submittedAt, Optional<Double> score) {
        public Attempt {
            decks = List.copyOf(decks);
            tags = List.copyOf(tags);
            typeCodes = List.copyOf(typeCodes);
        }
    }

    /** One question as shown, the response given and, once submitted, its grade. */
    record Item(String typeCode, CardId cardId, String prompt, List<String> options, String answer, String topic,
                List<String> tags, String heading, String response, boolean flagged, Optional<Graded> grade) {
        public Item {
            options = List.copyOf(options);
            tags = List.copyOf(tags);
        }
    }

    record Graded(double score, boolean correct, List<Difference> differences) {
        public Graded {
            differences = List.copyOf(differences);
        }
    }

    /** A difference as stored; {@code kind} is the grader's kind name. */
    record Difference(String kind, String place, String expected, String actual) {
    }

    record Stored(Attempt attempt, List<Item> items) {
        public Stored {
            items = List.copyOf(items);
        }
    }

    /** Stores a new attempt (its id is ignored) with its questions; returns the new id. */
    long create(Attempt attempt, List<Item> items) throws DeckhandException;

    Optional<Stored> find(long id) throws DeckhandException;

    /** Ids of the attempts not yet submitted, the most recently started first. */
    List<Long> unfinished() throws DeckhandException;

    /**
     * Saves the responses, flags, current question and time used; writes only the questions that
     * changed. False when there is no unfinished attempt with this id.
     */
    boolean saveProgress(long id, List<String> responses, Set<Integer> flagged, int current, Duration timeUsed)
            throws DeckhandException;

    /** Marks the attempt submitted with one grade per question, in order. */
    void saveGrades(long id, List<Graded> grades, double score, Instant submittedAt) throws DeckhandException;

    /** Every submitted attempt with its questions, oldest first. */
    List<Stored> submitted() throws DeckhandException;

    void delete(long id) throws DeckhandException;
}
