package io.deckhand.app.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** CONTRACT PLACEHOLDER: timed mock exams that survive a crash and are stored in the collection. */
public final class ExamService {
    /** The CKA/CKAD-format preset over these decks: 2 hours, pass mark 66 %, hands-on questions. */
    public ExamSpec preset(String name, List<DeckId> decks) {
        throw new UnsupportedOperationException("being built");
    }

    /** Generates the questions and stores a new attempt. */
    public ExamAttempt start(ExamSpec spec) throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }

    /** Stores answers, flags, current question and time used, so a crash resumes here. Call on every change. */
    public void save(long attemptId, List<String> answers, java.util.Set<Integer> flagged, int current,
                     Duration timeUsed) throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }

    /** The attempt that was started and never submitted, if any. */
    public Optional<ExamAttempt> unfinished() throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }

    /** Grades and stores the attempt as submitted (also at time-out). */
    public ExamResult submit(long attemptId) throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }

    /** Every submitted attempt, oldest first (the score-trend chart). */
    public List<ExamResult> results() throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }

    /** The cards behind the questions answered wrong, for "study weak topics". */
    public List<CardId> missedCards(long attemptId) throws DeckhandException {
        throw new UnsupportedOperationException("being built");
    }
}
