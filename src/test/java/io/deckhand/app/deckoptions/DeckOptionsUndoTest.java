package io.deckhand.app.deckoptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.SiblingBury;
import io.deckhand.support.TestCollection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving a deck's options is one entry of the undo history; undo puts every part back. */
class DeckOptionsUndoTest {
    private TestCollection col;
    private DeckOptionsService options;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        options = col.services.deckOptions();
        col.services.library().addCard(new DeckName("K8s::Storage"), "What is a PVC?", "A claim", List.of());
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private DeckId deck(String name) throws Exception {
        return options.deckNamed(name).id();
    }

    @Test
    void undoingASaveRestoresThePresetItsDecksAndTheBurying() throws Exception {
        DeckId k8s = deck("K8s");
        DeckPreset base = options.presetOf(k8s);
        DeckPreset other = options.createPreset("Exam week", base.id());
        SiblingBury buryBefore = options.siblingBury(other.id());
        options.saveForDeck(k8s, other.id(), DeckOptions.of(other).with("new-per-day", "3"), true,
                new SiblingBury(false, true, false));
        assertEquals(other.id(), options.presetOf(deck("K8s::Storage")).id());
        assertEquals("Save options of K8s", col.services.study().undoHistory().nextLabel().orElseThrow());

        col.services.study().undoHistory().undo();
        assertEquals(base.id(), options.presetOf(k8s).id());
        assertEquals(base.id(), options.presetOf(deck("K8s::Storage")).id());
        assertEquals(other, options.presets().stream().filter(p -> p.id().equals(other.id())).findFirst().orElseThrow());
        assertEquals(buryBefore, options.siblingBury(other.id()));
    }
}
