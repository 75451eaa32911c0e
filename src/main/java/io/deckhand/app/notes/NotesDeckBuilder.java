package io.deckhand.app.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.notes.NoteParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a deck file from a note with the extractor (how the bundled {@code decks/kubernetes.json} is
 * made from {@code seeds/}). Guids come from {@link NoteIdentity}, so they survive edits elsewhere in the note.
 */
public final class NotesDeckBuilder {
    private final NoteParser parser;

    public NotesDeckBuilder(NoteParser parser) {
        this.parser = parser;
    }

    public DeckFile build(String name, String description, String notePath, String text, List<String> tags) {
        List<DeckFile.Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (CardDraft d : parser.parse(notePath, text).drafts()) {
            String guid = NoteIdentity.guid(d, used);
            List<String> allTags = new ArrayList<>(tags);
            for (String t : d.tags()) if (!allTags.contains(t)) allTags.add(t);
            CardDraft card = new CardDraft(d.kind(), d.front(), d.back(), d.deck().isEmpty() ? name : d.deck(),
                    allTags, d.source());
            entries.add(new DeckFile.Entry(guid, card));
        }
        return new DeckFile(name, description, entries);
    }
}
