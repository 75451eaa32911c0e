package io.deckhand.notes.gate;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.Quality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The gate's near-duplicate check over a whole extraction: the gate compares the cards of one note,
 * and two notes of a vault often say the same thing (a concept note and an overview, two cheat
 * sheets). A card nearly the same as a card of an earlier note loses the same points as within a
 * note; the earlier card stays. Uses the gate's thresholds.
 */
public final class AcrossNotes {
    /** Words on more cards than this are too common to find duplicates by (keeps the check linear). */
    private static final int MAX_POSTINGS = 400;

    private static final class Holder {
        static final GateConfig CONFIG = GateConfig.load();
    }

    private AcrossNotes() {
    }

    /** The drafts, in order, with a card that repeats one of an earlier note marked down. */
    public static List<CardDraft> markDuplicates(List<CardDraft> drafts) {
        return new Running().next(drafts);
    }

    /**
     * The same check fed batch by batch, in note order (a streamed extraction): each card is compared
     * with every card before it. Keeps each earlier card's words, note and front, not the cards.
     */
    public static final class Running {
        private final GateConfig config = Holder.CONFIG;
        private final int minWords = (int) config.number("duplicate.minWords");
        private final double overlap = config.number("duplicate.overlap");
        private final double penalty = config.number("penalty.nearDuplicate");
        private final double threshold = config.number("threshold");
        private final SharedWords postings = new SharedWords(MAX_POSTINGS);
        /**
         * Per earlier card only what a later card is compared by: its number of words (the words
         * themselves are in {@code postings}), its note and, for cards in the index, its front.
         * Keeping every card's word set made memory grow with the vault.
         */
        private int[] wordCounts = new int[64];
        private final List<String> paths = new ArrayList<>();
        private final List<String> fronts = new ArrayList<>();

        /** This batch's drafts, in order, marked against all earlier ones (and each other). */
        public List<CardDraft> next(List<CardDraft> batch) {
            List<CardDraft> out = new ArrayList<>(batch);
            for (int b = 0; b < batch.size(); b++) {
                CardDraft d = batch.get(b);
                int i = paths.size();
                Set<String> w = CardText.contentWords(d.front() + " " + d.back(), config.stopWords());
                if (i == wordCounts.length) wordCounts = Arrays.copyOf(wordCounts, i * 2);
                wordCounts[i] = w.size();
                paths.add(d.source() == null ? null : d.source().path());
                // Only a card in the index can be named as the earlier one.
                fronts.add(w.size() < minWords ? null : d.front());
                if (w.size() < minWords) continue;
                postings.count(w);
                int best = -1;
                double bestOverlap = 0;
                for (int k = 0; k < postings.candidates(); k++) {
                    int j = postings.candidate(k);
                    int c = postings.shared(j);
                    double jaccard = (double) c / (w.size() + wordCounts[j] - c);
                    // Within one note the gate has compared them already.
                    if (jaccard >= overlap && (jaccard > bestOverlap || jaccard == bestOverlap && j < best)
                            && !Objects.equals(paths.get(i), paths.get(j))) {
                        best = j;
                        bestOverlap = jaccard;
                    }
                }
                if (best >= 0) {
                    Quality q = d.quality();
                    List<String> reasons = new ArrayList<>(q.reasons());
                    reasons.add("Nearly the same as a card from " + paths.get(best) + " (\u201c"
                            + CardText.shortened(CardText.plain(CardText.question(fronts.get(best))), 60) + "\u201d).");
                    double score = Math.max(0, Math.min(1, Math.round(q.score() * (1 - penalty) * 100) / 100.0));
                    out.set(b, d.withQuality(new Quality(score, reasons, score >= threshold)));
                }
                postings.add(i, w);
            }
            return out;
        }
    }
}
