package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link SharedWords} counts what a plain count over all earlier cards' word sets counts. */
class SharedWordsTest {
    @Property(tries = 300)
    void countsTheWordsEachEarlierCardShares(@ForAll("cards") List<Set<String>> cards) {
        int maxPostings = 3;
        SharedWords index = new SharedWords(maxPostings);
        for (int i = 0; i < cards.size(); i++) {
            Set<String> words = cards.get(i);
            Map<Integer, Integer> expected = new HashMap<>();
            for (String word : words) {
                List<Integer> holders = new java.util.ArrayList<>();
                for (int j = 0; j < i; j++) if (cards.get(j).contains(word)) holders.add(j);
                if (holders.size() > maxPostings) continue; // too common: not counted
                for (int j : holders) expected.merge(j, 1, Integer::sum);
            }
            index.count(words);
            Map<Integer, Integer> actual = new HashMap<>();
            for (int k = 0; k < index.candidates(); k++) actual.put(index.candidate(k), index.shared(index.candidate(k)));
            assertEquals(expected, actual, "card " + i);
            index.add(i, words);
        }
    }

    @Provide
    Arbitrary<List<Set<String>>> cards() {
        return Arbitraries.of("a", "b", "c", "d", "e", "f", "g").set().ofMaxSize(5).map(HashSet::new)
                .map(s -> (Set<String>) s).list().ofMaxSize(120);
    }
}
