package io.deckhand.app.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.bootstrap.BundledDeckResources;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.support.TestCollection;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryServiceTest {

    @Test
    void editMovesCardToNewDeckCreatingParents() throws Exception {
        try (TestCollection col = new TestCollection()) {
            LibraryService lib = col.services.library();
            Card card = lib.addCard(new DeckName("A"), "front", "back", List.of("t1"));
            Card edited = lib.editCard(card.id(), "front 2", "back 2", List.of("t2", "t3"), new DeckName("B::C"));
            assertEquals("front 2", lib.card(card.id()).front());
            assertEquals(List.of("t2", "t3"), lib.card(card.id()).tags());
            assertEquals(edited.deckId(), lib.card(card.id()).deckId());
            assertEquals(List.of("A", "B", "B::C"), lib.decks().stream().map(d -> d.name().value()).toList());
            assertEquals(card.scheduling(), lib.card(card.id()).scheduling(), "editing keeps scheduling");
        }
    }

    @Test
    void deckNamesDeeperOrLongerThanTheLimitAreRefusedWithoutOverflowingTheStack() throws Exception {
        try (TestCollection col = new TestCollection()) {
            LibraryService lib = col.services.library();
            String deep = "level::".repeat(8_000) + "leaf";
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> lib.addCard(new DeckName(deep), "front", "back", List.of()));
            assertTrue(e.getMessage().contains("8001 levels") && e.getMessage().contains("at most "
                    + LibraryService.MAX_DECK_DEPTH), e.getMessage());
            assertTrue(e.getMessage().length() < 300, "the name is shortened in the message");
            InvalidInputException wide = assertThrows(InvalidInputException.class,
                    () -> lib.addCard(new DeckName("x".repeat(LibraryService.MAX_DECK_NAME + 1)), "f", "b", List.of()));
            assertTrue(wide.getMessage().contains("characters"), wide.getMessage());
            assertEquals(0, lib.cardCount());
            assertTrue(lib.decks().isEmpty());

            String deepest = "d::".repeat(LibraryService.MAX_DECK_DEPTH - 1) + "leaf";
            lib.addCard(new DeckName(deepest), "front", "back", List.of());
            assertEquals(LibraryService.MAX_DECK_DEPTH, lib.decks().size(), "the deepest allowed name with its parents");
        }
    }

    @Test
    void emptySidesAreRefusedAndNothingChanges() throws Exception {
        try (TestCollection col = new TestCollection()) {
            LibraryService lib = col.services.library();
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> lib.addCard(new DeckName("A"), "  ", "back", List.of()));
            assertTrue(e.getMessage().contains("front"));
            assertEquals(0, lib.cardCount());
            assertTrue(lib.decks().isEmpty());
        }
    }

    @Test
    void everyBundledDeckLoadsOnceIntoANewCollection() throws Exception {
        List<DeckFile> bundled = BundledDeckResources.load();
        assertTrue(!bundled.isEmpty(), "at least one bundled deck");
        int expected = bundled.stream().mapToInt(d -> d.cards().size()).sum();
        try (TestCollection col = new TestCollection()) {
            LibraryService lib = col.services.library();
            assertEquals(expected, lib.loadBundledDecksIfNew(BundledDeckResources::load));
            assertEquals(expected, lib.cardCount());
            assertEquals(0, lib.loadBundledDecksIfNew(BundledDeckResources::load), "loaded only once");
        }
    }
}
