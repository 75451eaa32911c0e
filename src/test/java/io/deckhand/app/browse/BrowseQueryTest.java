package io.deckhand.app.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BrowseQueryTest {
    @Test
    void splitsFiltersFromWords() {
        BrowseQuery q = BrowseQuery.parse("  Tag:Net deck:K8s::Storage \"pod spec\" yaml ");
        assertEquals(List.of("net"), q.tags());
        assertEquals(List.of("k8s::storage"), q.decks());
        assertEquals(List.of("pod spec", "yaml"), q.words());
    }

    @Property
    void anyTextParsesAndAnEmptyQueryMatchesEverything(@ForAll String text, @ForAll String front) {
        BrowseQuery.parse(text);
        assertTrue(BrowseQuery.parse("").matches("D", front, "", List.of()));
    }

    @Property
    void aWordFromTheFrontAlwaysMatches(@ForAll("word") String word) {
        assertTrue(BrowseQuery.parse(word).matches("D", "before " + word + " after", "", List.of()));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> word() {
        return net.jqwik.api.Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
    }
}
