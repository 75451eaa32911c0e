package io.deckhand.app.browse;

import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.schedule.CardState;
import java.time.LocalDate;
import java.util.List;

/**
 * One card as the browser lists it. {@code due} is the study day it falls due (null for new
 * cards); {@code ease} is SM-2's factor (2.5 = 250%) and {@code difficulty} FSRS's 1-10 (0 before
 * the first answer); {@code flag} 0 (none) to 7; {@code buried} while buried by hand.
 */
public record BrowseRow(CardId id, String deck, String front, String back, CardKind kind, CardState state,
                        LocalDate due, int intervalDays, double ease, double difficulty, int reviews, int lapses,
                        List<String> tags, boolean suspended, int flag, boolean buried) {
    public BrowseRow {
        tags = List.copyOf(tags);
    }
}
