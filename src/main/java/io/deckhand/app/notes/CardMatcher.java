package io.deckhand.app.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.note.Note;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the cards extracted from one note file with the notes saved from it earlier. First by key
 * ({@link NoteIdentity}), then, for what is left, by word overlap of front
 * and back of the same kind: an edited card keeps its identity (and its review history) as long as
 * it still reads mostly the same. Line numbers play no part.
 */
final class CardMatcher {
    /** Same heading: at least this share of words in common counts as the same card, edited. */
    static final double SAME_HEADING = 0.5;
    /** Heading renamed or card moved to another section of the same file: needs more overlap. */
    static final double OTHER_HEADING = 0.8;

    /** A draft and the saved note it continues (null = new), with the word overlap (1 for key matches). */
    record Match(CardDraft draft, String key, Note note, double similarity) {
    }

    private CardMatcher() {
    }

    /**
     * Matches drafts to saved notes: by key, then by words. {@code elsewhere}: the saved notes come
     * from another file, so even under the same heading the stricter overlap is needed.
     */
    static List<Match> match(List<CardDraft> drafts, List<String> keys, List<Note> saved, boolean elsewhere) {
        Match[] out = new Match[drafts.size()];
        Map<String, Note> byGuid = new HashMap<>();
        for (Note n : saved) byGuid.put(n.guid(), n);
        Set<Note> taken = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Note n = byGuid.get(keys.get(i));
            if (n != null && taken.add(n)) out[i] = new Match(drafts.get(i), keys.get(i), n, 1.0);
        }
        record Pair(int draft, Note note, double sim) {
        }
        List<Pair> pairs = new ArrayList<>();
        Map<Note, Set<String>> savedWords = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            if (out[i] != null) continue;
            CardDraft d = drafts.get(i);
            Set<String> words = words(d.front() + " " + d.back());
            for (Note n : saved) {
                if (taken.contains(n) || !n.noteType().equals(d.kind().code())) continue;
                double sim = jaccard(words, savedWords.computeIfAbsent(n, CardMatcher::words));
                boolean sameHeading = n.source() != null && d.source() != null
                        && n.source().headingPath().equals(d.source().headingPath());
                if (sim >= (sameHeading && !elsewhere ? SAME_HEADING : OTHER_HEADING)) pairs.add(new Pair(i, n, sim));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::sim).reversed().thenComparingInt(Pair::draft));
        for (Pair p : pairs) {
            if (out[p.draft()] != null || taken.contains(p.note())) continue;
            taken.add(p.note());
            out[p.draft()] = new Match(drafts.get(p.draft()), keys.get(p.draft()), p.note(), p.sim());
        }
        List<Match> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            result.add(out[i] != null ? out[i] : new Match(drafts.get(i), keys.get(i), null, 0));
        }
        return result;
    }

    private static Set<String> words(Note n) {
        return words(String.join(" ", n.fields()));
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / (a.size() + b.size() - common);
    }
}
