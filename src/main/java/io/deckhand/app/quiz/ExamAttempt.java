package io.deckhand.app.quiz;

import io.deckhand.quiz.question.Question;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An exam in progress or finished, as stored. {@code answers} has one entry per question ("" =
 * unanswered); {@code flagged} holds question indexes marked for review; {@code current} is the
 * question on screen; {@code timeUsed} is exam time spent so far (the clock stops while the app is
 * closed, so a crash costs no time).
 */
public record ExamAttempt(long id, ExamSpec spec, Instant startedAt, List<Question> questions, List<String> answers,
                          Set<Integer> flagged, int current, Duration timeUsed, Optional<Instant> submittedAt) {
    public ExamAttempt {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        flagged = Set.copyOf(flagged);
    }

    public Duration remaining() {
        Duration left = spec.timeLimit().minus(timeUsed);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
