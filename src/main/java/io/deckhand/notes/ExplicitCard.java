package io.deckhand.notes;

import io.deckhand.domain.schedule.CarriedSchedule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A card written in explicit markup, as found in a note: its type, raw text, 0-based line range,
 * the deck tags that apply (e.g. {@code #flashcards/k8s}; several when one line names several topics,
 * none if none), the card's own tags (other tags opening its line after a deck tag, without '#'), the
 * front/back pairs it yields (two for reversed cards, one per deletion group for clozes) and the review
 * state its schedule comment gives each of them (by index; null: new).
 */
public record ExplicitCard(Type type, String text, int firstLine, int lastLine, List<String> deckTags,
                           List<String> ownTags, List<Side> sides, List<CarriedSchedule> schedules) {
    public ExplicitCard {
        sides = List.copyOf(sides);
        deckTags = deckTags == null ? List.of() : List.copyOf(deckTags);
        ownTags = ownTags == null ? List.of() : List.copyOf(ownTags);
        schedules = schedules == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(schedules));
    }

    /** The first deck tag, empty if none. */
    public String deckTag() {
        return deckTags.isEmpty() ? "" : deckTags.get(0);
    }

    /** The schedule comment's state for side {@code i}, null when it has none (a new card). */
    public CarriedSchedule scheduleOf(int i) {
        return i < schedules.size() ? schedules.get(i) : null;
    }

    public enum Type { BASIC, REVERSED, MULTILINE, MULTILINE_REVERSED, CLOZE }

    /** Front and back of one generated card, Markdown. */
    public record Side(String front, String back) {
    }
}
