package io.deckhand.ui.deck;

import io.deckhand.app.study.DeckSummary;
import java.util.List;

/** How a deck's name reads in the overview: its own level as the title, the parents above it. */
record DeckSummaryText(String path, String title) {
    static DeckSummaryText of(DeckSummary d) {
        List<String> parts = d.name().parts();
        String parents = String.join(" \u203a ", parts.subList(0, parts.size() - 1));
        return new DeckSummaryText(parents, d.name().leaf());
    }
}
