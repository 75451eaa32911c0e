package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link AcrossNotes.Running} keeps only counts and fronts of earlier cards, not their words: fed in
 * batches of any size it marks the cards a plain comparison of every pair of word sets marks.
 */
class AcrossNotesPropertiesTest {
    private static final GateConfig CONFIG = GateConfig.load();

    @Property(tries = 200)
    void batchesMarkWhatAPlainPairwiseComparisonMarks(@ForAll("cards") List<CardDraft> cards,
                                                      @ForAll @IntRange(min = 1, max = 7) int batch) {
        AcrossNotes.Running running = new AcrossNotes.Running();
        List<CardDraft> actual = new ArrayList<>();
        for (int from = 0; from < cards.size(); from += batch) {
            actual.addAll(running.next(cards.subList(from, Math.min(cards.size(), from + batch))));
        }
        assertEquals(plain(cards), actual);
    }

    /** Every card against every earlier one of another note, straight from the gate's settings. */
    private static List<CardDraft> plain(List<CardDraft> cards) {
        int minWords = (int) CONFIG.number("duplicate.minWords");
        double overlap = CONFIG.number("duplicate.overlap");
        double penalty = CONFIG.number("penalty.nearDuplicate");
        List<Set<String>> words = new ArrayList<>();
        for (CardDraft d : cards) words.add(CardText.contentWords(d.front() + " " + d.back(), CONFIG.stopWords()));
        List<CardDraft> out = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            CardDraft d = cards.get(i);
            int best = -1;
            double bestOverlap = 0;
            for (int j = 0; j < i && words.get(i).size() >= minWords; j++) {
                if (words.get(j).size() < minWords
                        || Objects.equals(d.source().path(), cards.get(j).source().path())) {
                    continue;
                }
                long shared = words.get(i).stream().filter(words.get(j)::contains).count();
                double jaccard = (double) shared / (words.get(i).size() + words.get(j).size() - shared);
                if (jaccard >= overlap && jaccard > bestOverlap) {
                    best = j;
                    bestOverlap = jaccard;
                }
            }
            if (best < 0) {
                out.add(d);
                continue;
            }
            List<String> reasons = new ArrayList<>(d.quality().reasons());
            reasons.add("Nearly the same as a card from " + cards.get(best).source().path() + " (\u201c"
                    + CardText.shortened(CardText.plain(CardText.question(cards.get(best).front())), 60) + "\u201d).");
            double score = Math.max(0, Math.min(1, Math.round(d.quality().score() * (1 - penalty) * 100) / 100.0));
            out.add(d.withQuality(new Quality(score, reasons, score >= CONFIG.number("threshold"))));
        }
        return out;
    }

    @Provide
    Arbitrary<List<CardDraft>> cards() {
        Arbitrary<String> words = Arbitraries.of("beans", "garlic", "frost", "spring", "autumn", "sown", "planted",
                "deep", "cloves", "outdoors", "late", "early", "soil", "water").list().ofMinSize(1).ofMaxSize(8)
                .map(w -> String.join(" ", w));
        Arbitrary<CardDraft> card = Combinators.combine(Arbitraries.of("a.md", "b.md", "c.md"), words, words)
                .as((path, front, back) -> new CardDraft(CardKind.BASIC, front + "?", back + ".", "", List.of(),
                        new SourceRef(path, 1, 1, List.of())).withQuality(new Quality(1, List.of(), true)));
        return card.list().ofMaxSize(40);
    }
}
