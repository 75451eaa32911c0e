package io.deckhand.app.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.notes.NoteParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Builds a deck file from a note with the extractor (how the bundled {@code decks/kubernetes.json} is
 * made from {@code seeds/}). Guids come from {@link NoteIdentity}, so they survive edits elsewhere in the note.
 */
public final class NotesDeckBuilder {
    private final NoteParser parser;

    public NotesDeckBuilder(NoteParser parser) {
        this.parser = parser;
    }

    /** The cards the import preview would propose ticked: those below the quality gate are left out. */
    public DeckFile build(String name, String description, String notePath, String text, List<String> tags) {
        return entries(name, description, notePath, parser.parse(notePath, text).drafts(), tags, true);
    }

    /**
     * A deck file from cards already extracted from notes (File → Import of Markdown notes), with
     * the same stable guids, so importing the notes again updates these cards instead of adding.
     */
    public static DeckFile fromDrafts(String name, List<CardDraft> drafts) {
        return entries(name, "", null, drafts, List.of(), false, d -> null);
    }

    /**
     * As {@link #fromDrafts(String, List)}, each card starting as {@code schedule} says (the review
     * state a schedule comment in the notes carried; null: new).
     */
    public static DeckFile fromDrafts(String name, List<CardDraft> drafts,
                                      java.util.function.Function<CardDraft, io.deckhand.domain.schedule.SchedulingState> schedule) {
        return entries(name, "", null, drafts, List.of(), false, schedule);
    }

    private static DeckFile entries(String name, String description, String notePath, List<CardDraft> drafts,
                                    List<String> tags, boolean passedOnly) {
        return entries(name, description, notePath, drafts, tags, passedOnly, d -> null);
    }

    private static DeckFile entries(String name, String description, String notePath, List<CardDraft> drafts,
                                    List<String> tags, boolean passedOnly,
                                    java.util.function.Function<CardDraft, io.deckhand.domain.schedule.SchedulingState> schedule) {
        List<DeckFile.Entry> entries = new ArrayList<>();
        // Keys over every card, as the notes importer computes them, so a re-sync finds the same guids.
        List<String> guids = NoteIdentity.keys(drafts);
        // the cards of one fact are one note: they share the guid of the fact's first card, as the notes importer does
        Map<String, String> factGuids = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            CardDraft d = drafts.get(i);
            if (passedOnly && !d.quality().passed()) continue;
            String own = guids.get(i);
            String guid = d.group().isEmpty() ? own : factGuids.computeIfAbsent(factKey(d), k -> own);
            List<String> allTags = new ArrayList<>(tags);
            for (String t : d.tags()) if (!allTags.contains(t)) allTags.add(t);
            CardDraft card = new CardDraft(d.kind(), d.front(), d.back(), d.deck().isEmpty() ? name : d.deck(),
                    allTags, d.source());
            var state = schedule.apply(d);
            entries.add(state == null ? new DeckFile.Entry(guid, card)
                    : new DeckFile.Entry(guid, card, List.of(), state, false, List.of()));
        }
        return new DeckFile(name, description, entries);
    }

    /**
     * Each entry's own key, as its guid was before the cards of one fact shared their first card's
     * (the keys of the entries' cards, numbered within their note file in the file's order).
     */
    public static List<String> formerGuids(DeckFile file) {
        return NoteIdentity.keys(file.cards().stream().map(DeckFile.Entry::card).toList());
    }

    /** Groups are named within one note file. */
    private static String factKey(CardDraft d) {
        return (d.source() == null ? "" : d.source().path()) + "\0" + d.group();
    }
}
