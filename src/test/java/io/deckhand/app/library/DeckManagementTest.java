package io.deckhand.app.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeckManagementTest {
    private TestCollection col;
    private LibraryService library;
    private Card pvc;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        library = col.services.library();
        pvc = library.addCard(new DeckName("K8s::Storage"), "What is a PVC?", "A claim", List.of());
        library.addCard(new DeckName("K8s::Storage::CSI"), "What is CSI?", "A driver interface", List.of());
        library.addCard(new DeckName("K8s"), "What is a pod?", "Containers together", List.of());
        library.addCard(new DeckName("Linux"), "chmod?", "modes", List.of());
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private List<String> names() throws Exception {
        return library.decks().stream().map(d -> d.name().value()).sorted().toList();
    }

    private DeckId id(String name) throws Exception {
        return library.decks().stream().filter(d -> d.name().value().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void renameTakesTheSubDecksAlongAndUndoPutsItBack() throws Exception {
        library.renameDeck(id("K8s::Storage"), "K8s::Volumes");
        assertEquals(List.of("K8s", "K8s::Volumes", "K8s::Volumes::CSI", "Linux"), names());
        assertEquals(id("K8s::Volumes"), library.card(pvc.id()).deckId());
        assertEquals("Rename deck Storage", col.services.study().undoHistory().nextLabel().orElseThrow());
        col.services.study().undoHistory().undo();
        assertEquals(List.of("K8s", "K8s::Storage", "K8s::Storage::CSI", "Linux"), names());
    }

    @Test
    void renameOntoAnotherDeckIsRefused() throws Exception {
        var e = assertThrows(InvalidInputException.class, () -> library.renameDeck(id("Linux"), "k8s"));
        assertEquals("There is already a deck K8s.", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> library.renameDeck(id("Linux"), "  "));
        assertEquals("Type a name for the deck.", e.getMessage());
        assertEquals(List.of("K8s", "K8s::Storage", "K8s::Storage::CSI", "Linux"), names());
    }

    @Test
    void renameChangingOnlyCaseWorks() throws Exception {
        library.renameDeck(id("Linux"), "LINUX");
        assertTrue(names().contains("LINUX"));
    }

    @Test
    void moveUnderAnotherDeckOrToTheTop() throws Exception {
        library.moveDeck(id("K8s::Storage"), id("Linux"));
        assertEquals(List.of("K8s", "Linux", "Linux::Storage", "Linux::Storage::CSI"), names());
        library.moveDeck(id("Linux::Storage::CSI"), null);
        assertEquals(List.of("CSI", "K8s", "Linux", "Linux::Storage"), names());
        var e = assertThrows(InvalidInputException.class, () -> library.moveDeck(id("Linux"), id("Linux::Storage")));
        assertEquals("A deck cannot be moved into itself or one of its sub-decks.", e.getMessage());
        col.services.study().undoHistory().undo();
        col.services.study().undoHistory().undo();
        assertEquals(List.of("K8s", "K8s::Storage", "K8s::Storage::CSI", "Linux"), names());
    }

    @Test
    void deleteTakesSubDecksAndCardsAndUndoBringsThemBack() throws Exception {
        col.services.study().answer(pvc.id(), Rating.GOOD, Duration.ofSeconds(1));
        assertEquals(3, library.cardsInDeck(id("K8s")));
        assertEquals(3, library.deleteDeck(id("K8s")));
        assertEquals(List.of("Linux"), names());
        assertEquals(1, library.cardCount());
        assertEquals("Delete deck K8s", col.services.study().undoHistory().nextLabel().orElseThrow());
        col.services.study().undoHistory().undo();
        assertEquals(List.of("K8s", "K8s::Storage", "K8s::Storage::CSI", "Linux"), names());
        assertEquals(4, library.cardCount());
        assertEquals(id("K8s::Storage"), library.card(pvc.id()).deckId());
        assertEquals(pvc.id(), col.services.study().undoLastAnswer().orElseThrow());
    }

    @Test
    void createsSubDecksAndRefusesDuplicates() throws Exception {
        Deck made = library.createDeck(id("K8s"), "Net");
        assertEquals("K8s::Net", made.name().value());
        var e = assertThrows(InvalidInputException.class, () -> library.createDeck(id("K8s"), "net"));
        assertEquals("There is already a deck K8s::Net.", e.getMessage());
        col.services.study().undoHistory().undo();
        assertTrue(!names().contains("K8s::Net"));
    }

    @Test
    void editIsUndoable() throws Exception {
        library.editCard(pvc.id(), "What is a PersistentVolumeClaim?", "A claim", List.of("x"), new DeckName("K8s::Storage"));
        assertEquals("Edit card", col.services.study().undoHistory().nextLabel().orElseThrow());
        col.services.study().undoHistory().undo();
        assertEquals(pvc, library.card(pvc.id()));
    }
}
