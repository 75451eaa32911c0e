package io.deckhand.notes;

import java.util.List;

/**
 * A card written in explicit markup, as found in a note: its type, raw text, 0-based line range,
 * the deck tag that applies (e.g. {@code #flashcards/k8s}, empty if none) and the front/back pairs it
 * yields (two for reversed cards, one per deletion group for clozes).
 */
public record ExplicitCard(Type type, String text, int firstLine, int lastLine, String deckTag, List<Side> sides) {
    public ExplicitCard {
        sides = List.copyOf(sides);
        deckTag = deckTag == null ? "" : deckTag;
    }

    public enum Type { BASIC, REVERSED, MULTILINE, MULTILINE_REVERSED, CLOZE }

    /** Front and back of one generated card, Markdown. */
    public record Side(String front, String back) {
    }
}
