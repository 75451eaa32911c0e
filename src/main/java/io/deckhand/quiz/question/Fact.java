package io.deckhand.quiz.question;

import io.deckhand.domain.card.Card;

/**
 * One question-and-answer pair read from a card: {@code prompt} is Markdown, {@code answer} the
 * plain answer as graded (a command without backticks). A card may give several (a definition
 * gives "what is T?" and "which term is this?").
 */
public record Fact(Card card, String prompt, String answer, AnswerKind kind) {
    /** The answer as Markdown for an option: commands as code spans so the card view shows them as code. */
    public String display() {
        return kind == AnswerKind.COMMAND ? CardText.codeSpan(answer) : answer;
    }

    /** The question without its heading context, normalised, to tell two cards asking the same thing. */
    String questionKey() {
        return CardText.normalise(CardText.question(prompt));
    }
}
