package io.deckhand.app.quiz;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.QuestionType;
import java.util.List;
import java.util.Set;

/**
 * What to quiz on: cards in these decks (and their sub-decks) carrying any of {@code tags} (empty =
 * any), up to {@code count} questions of {@code types}. {@code feedScheduler}: a wrong answer is
 * recorded as Again and a right one as Good on the card.
 */
public record QuizRequest(List<DeckId> decks, List<String> tags, int count, Set<QuestionType> types, long seed,
                          boolean feedScheduler) {
    public QuizRequest {
        decks = List.copyOf(decks);
        tags = List.copyOf(tags);
        types = Set.copyOf(types);
    }
}
