package io.deckhand.exchange;

import java.util.Objects;

/** One card template of a note type: question and answer formats in Anki's template syntax. */
public record CardTemplate(int ordinal, String name, String questionFormat, String answerFormat) {
    public CardTemplate {
        if (ordinal < 0) throw new IllegalArgumentException("template ordinal cannot be negative");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(questionFormat, "questionFormat");
        Objects.requireNonNull(answerFormat, "answerFormat");
    }
}
