package io.deckhand.app.browse;

import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.schedule.CardState;
import java.time.LocalDate;
import java.util.List;

/** One card as the browser lists it; {@code due} is the study day it falls due (null for new cards). */
public record BrowseRow(CardId id, String deck, String front, CardKind kind, CardState state, LocalDate due,
                        int intervalDays, List<String> tags, boolean suspended) {
    public BrowseRow {
        tags = List.copyOf(tags);
    }
}
