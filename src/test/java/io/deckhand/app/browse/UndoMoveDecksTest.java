package io.deckhand.app.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undoing a move of cards takes away the decks the move made, unless they are in use since. */
class UndoMoveDecksTest {
    private TestCollection col;
    private Card pvc;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        pvc = col.services.library().addCard(new DeckName("K8s"), "What is a PVC?", "A claim", List.of());
        col.services.library().addCard(new DeckName("Linux"), "What does chmod do?", "Changes modes", List.of());
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private List<String> deckNames() throws Exception {
        return col.services.library().decks().stream().map(d -> d.name().value()).sorted().toList();
    }

    private String deckOf(Card c) throws Exception {
        var id = col.services.library().card(c.id()).deckId();
        return col.services.library().decks().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().name().value();
    }

    @Test
    void undoingAMoveIntoNewDecksRemovesThem() throws Exception {
        List<String> before = deckNames();
        col.services.browse().move(List.of(pvc.id()), "Exam::Week 1");
        assertEquals("Exam::Week 1", deckOf(pvc));
        col.services.study().undoHistory().undo();
        assertEquals("K8s", deckOf(pvc));
        assertEquals(before, deckNames());
    }

    @Test
    void aMadeDeckThatGotACardSinceStays() throws Exception {
        col.services.browse().move(List.of(pvc.id()), "Exam::Week 1");
        // Another window adds a card there (not on this window's undo history).
        var cards = new io.deckhand.storage.SqliteCardRepository(col.db, col.clock);
        var deck = col.services.library().decks().stream().filter(d -> d.name().value().equals("Exam::Week 1"))
                .findFirst().orElseThrow();
        col.db.inTransaction(() -> cards.insert(col.services.library().card(pvc.id()).noteId(), deck.id(),
                io.deckhand.domain.card.CardKind.BASIC, "What is etcd?", "The store", List.of(),
                io.deckhand.domain.schedule.SchedulingState.newCard(col.clock.instant())));
        col.services.study().undoHistory().undo();
        assertEquals("K8s", deckOf(pvc));
        assertEquals(true, deckNames().contains("Exam::Week 1"));
        assertEquals(true, deckNames().contains("Exam"));
    }

    @Test
    void undoingAMoveIntoAnExistingDeckKeepsIt() throws Exception {
        List<String> before = deckNames();
        col.services.browse().move(List.of(pvc.id()), "Linux");
        col.services.study().undoHistory().undo();
        assertEquals("K8s", deckOf(pvc));
        assertEquals(before, deckNames());
    }
}
