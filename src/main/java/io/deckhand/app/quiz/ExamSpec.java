package io.deckhand.app.quiz;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.QuestionType;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * An exam to sit: {@code name} (e.g. "CKAD mock"), where questions come from, how many, the time
 * limit and the pass mark (0..1). Presets in the CKA/CKAD format: 2 hours, 66 %, hands-on types.
 */
public record ExamSpec(String name, List<DeckId> decks, List<String> tags, int questionCount, Duration timeLimit,
                       double passMark, Set<QuestionType> types, long seed) {
    public ExamSpec {
        decks = List.copyOf(decks);
        tags = List.copyOf(tags);
        types = Set.copyOf(types);
    }
}
