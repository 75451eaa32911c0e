package io.deckhand.exchange.json;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deckhand's own deck file (the format of the bundled decks in {@code decks/}). See
 * {@code docs/deck-format.md}. Each card carries its note's {@code guid} so re-importing updates in
 * place; entries sharing a guid are the cards of one note, in order. {@code presets} and
 * {@code deckPresets} (deck name to preset name) carry deck options; a preset's id means nothing
 * outside the file.
 */
public record DeckFile(String name, String description, List<Entry> cards, List<DeckPreset> presets,
                       Map<String, String> deckPresets) {
    public static final String FORMAT = "deckhand.deck";
    /** The newest version this build reads and writes. */
    public static final int VERSION = 2;

    public DeckFile {
        Objects.requireNonNull(name);
        description = description == null ? "" : description;
        cards = List.copyOf(cards);
        presets = List.copyOf(presets);
        deckPresets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deckPresets));
    }

    /** A file of cards only (version 1 content). */
    public DeckFile(String name, String description, List<Entry> cards) {
        this(name, description, cards, List.of(), Map.of());
    }

    /** The lowest version that holds everything in this file: 1 for plain cards, so v1 files stay v1. */
    public int version() {
        boolean v2 = !presets.isEmpty() || !deckPresets.isEmpty()
                || cards.stream().anyMatch(Entry::needsVersion2)
                || cards.stream().map(Entry::guid).distinct().count() < cards.size();
        return v2 ? 2 : 1;
    }

    /**
     * One card and its note's identity. {@code fields}: the note's fields when they are not simply
     * front and back (cloze notes), else empty. {@code scheduling} null: not exported (the card
     * starts new on import). {@code reviews}: its review log, oldest first.
     */
    public record Entry(String guid, CardDraft card, List<String> fields, SchedulingState scheduling,
                        boolean suspended, List<Review> reviews) {
        public Entry {
            Objects.requireNonNull(guid);
            Objects.requireNonNull(card);
            fields = List.copyOf(fields);
            reviews = List.copyOf(reviews);
        }

        public Entry(String guid, CardDraft card) {
            this(guid, card, List.of(), null, false, List.of());
        }

        boolean needsVersion2() {
            return !fields.isEmpty() || scheduling != null || suspended || !reviews.isEmpty();
        }
    }

    /** One review-log row: when, the answer, whole days since the previous review, time taken, the states around it. */
    public record Review(Instant reviewedAt, Rating rating, int elapsedDays, Duration answerTime,
                         SchedulingState before, SchedulingState after) {
        public Review {
            Objects.requireNonNull(reviewedAt);
            Objects.requireNonNull(rating);
            Objects.requireNonNull(answerTime);
            Objects.requireNonNull(before);
            Objects.requireNonNull(after);
            if (elapsedDays < 0) throw new IllegalArgumentException("elapsed days cannot be negative");
        }
    }
}
