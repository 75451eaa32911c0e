package io.deckhand.app.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A submitted exam: score (0..1) against the pass mark, time used, topics weakest first, and every
 * question with its grade.
 */
public record ExamResult(long attemptId, String name, Instant submittedAt, double score, double passMark,
                         Duration timeUsed, List<TopicScore> topics, List<QuestionResult> questions) {
    public ExamResult {
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
    }

    public boolean passed() {
        return score >= passMark;
    }
}
