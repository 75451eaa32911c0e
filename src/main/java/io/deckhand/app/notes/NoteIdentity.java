package io.deckhand.app.notes;

import io.deckhand.app.library.Guids;
import io.deckhand.domain.card.CardDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one identity of a card made from a note, shared by the notes importer, File → Import of notes
 * and the bundled decks: the note's path relative to what was imported (so a vault can move), the
 * heading path, the kind and the normalised front. Never line numbers. The same question asked twice
 * in one note is numbered in note order.
 */
public final class NoteIdentity {
    private NoteIdentity() {
    }

    /** Keys for the drafts of one note, in order; {@code notePath} is relative to the imported folder. */
    public static List<String> keys(String notePath, List<CardDraft> drafts) {
        List<String> keys = new ArrayList<>(drafts.size());
        Set<String> used = new HashSet<>();
        Map<String, Integer> repeats = new HashMap<>();
        for (CardDraft d : drafts) {
            String heading = d.source() == null ? "" : d.source().heading();
            String base = Guids.of("note", notePath, heading, d.kind().code(), normalise(d.front()));
            String key = base;
            while (!used.add(key)) key = Guids.of(base, String.valueOf(repeats.merge(base, 1, Integer::sum)));
            keys.add(key);
        }
        return keys;
    }

    /**
     * Keys for drafts of any number of notes, each numbered within its own note (grouped by the
     * draft's source path), in the drafts' order.
     */
    public static List<String> keys(List<CardDraft> drafts) {
        Map<String, List<Integer>> byNote = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            CardDraft d = drafts.get(i);
            byNote.computeIfAbsent(d.source() == null ? "" : d.source().path(), k -> new ArrayList<>()).add(i);
        }
        String[] out = new String[drafts.size()];
        for (Map.Entry<String, List<Integer>> e : byNote.entrySet()) {
            List<CardDraft> group = new ArrayList<>(e.getValue().size());
            for (int i : e.getValue()) group.add(drafts.get(i));
            List<String> k = keys(e.getKey(), group);
            for (int j = 0; j < k.size(); j++) out[e.getValue().get(j)] = k.get(j);
        }
        return List.of(out);
    }

    /** What a note said when it was saved; the same rule as cards added by hand or from deck files. */
    public static String contentHash(CardDraft d) {
        return contentHash(d.front(), d.back());
    }

    static String contentHash(String front, String back) {
        return Guids.content(List.of(front, back));
    }

    /** Case and runs of white space do not change what a question asks. */
    static String normalise(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }
}
