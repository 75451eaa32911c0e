package io.deckhand.app.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckName;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the user decided about a plan: which planned cards (by key) to apply, edited drafts by key,
 * the deck for new cards that name none, and which orphans to delete (the rest are kept).
 */
public record ImportChoices(Set<String> selected, Map<String, CardDraft> edits, DeckName targetDeck,
                            Set<NoteId> deleteOrphans) {
    public ImportChoices {
        selected = Set.copyOf(selected);
        edits = Map.copyOf(edits);
        Objects.requireNonNull(targetDeck, "targetDeck");
        deleteOrphans = Set.copyOf(deleteOrphans);
    }

    /** Everything the plan proposes, unedited, keeping every orphan. */
    public static ImportChoices all(ImportPlan plan, DeckName targetDeck) {
        Set<String> keys = new java.util.HashSet<>();
        for (ImportPlan.PlannedCard c : plan.cards()) keys.add(c.key());
        return new ImportChoices(keys, Map.of(), targetDeck, Set.of());
    }
}
