package io.deckhand.quiz.question;

import io.deckhand.domain.card.CardId;
import java.util.List;
import java.util.Objects;

/**
 * One generated question. {@code prompt} and {@code answer} are Markdown (a manifest answer is the
 * YAML text); {@code options} is empty unless the type is multiple choice or true/false, and then
 * holds the right answer exactly once. Answers to choice questions are the chosen option's text.
 */
public record Question(QuestionType type, CardId cardId, String prompt, List<String> options, String answer) {
    public Question {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        options = List.copyOf(options);
    }
}
