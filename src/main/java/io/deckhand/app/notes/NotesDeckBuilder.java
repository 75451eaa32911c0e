package io.deckhand.app.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.notes.NoteParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a deck file from a note with the extractor (how the bundled {@code decks/kubernetes.json} is
 * made from {@code seeds/}). Each card's guid comes from the note's path, the heading path and the
 * card's kind and front, never from line numbers, so editing elsewhere in the note keeps it stable.
 */
public final class NotesDeckBuilder {
    private final NoteParser parser;

    public NotesDeckBuilder(NoteParser parser) {
        this.parser = parser;
    }

    public DeckFile build(String name, String description, String notePath, String text, List<String> tags) {
        return entries(name, description, notePath, parser.parse(notePath, text).drafts(), tags);
    }

    /**
     * A deck file from cards already extracted from notes (File → Import of Markdown notes), with
     * the same stable guids, so importing the notes again updates these cards instead of adding.
     */
    public static DeckFile fromDrafts(String name, List<CardDraft> drafts) {
        return entries(name, "", null, drafts, List.of());
    }

    private static DeckFile entries(String name, String description, String notePath, List<CardDraft> drafts,
                                    List<String> tags) {
        List<DeckFile.Entry> entries = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (CardDraft d : drafts) {
            String path = notePath != null ? notePath : d.source().path();
            String identity = path + "\u0000" + d.source().heading() + "\u0000" + d.kind().code() + "\u0000"
                    + d.front();
            String guid = guid(identity);
            // The same question asked twice under one heading: number the repeats, in note order.
            while (!used.add(guid)) {
                int n = repeats.merge(identity, 1, Integer::sum);
                guid = guid(identity + "\u0000" + n);
            }
            List<String> allTags = new ArrayList<>(tags);
            for (String t : d.tags()) if (!allTags.contains(t)) allTags.add(t);
            CardDraft card = new CardDraft(d.kind(), d.front(), d.back(), d.deck().isEmpty() ? name : d.deck(),
                    allTags, d.source());
            entries.add(new DeckFile.Entry(guid, card));
        }
        return new DeckFile(name, description, entries);
    }

    static String guid(String identity) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 10; i++) sb.append(String.format("%02x", h[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
