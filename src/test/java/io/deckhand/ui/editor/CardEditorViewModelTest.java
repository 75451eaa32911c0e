package io.deckhand.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CardEditorViewModelTest {
    private TestCollection col;
    private final List<DeckhandException> errors = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
    }

    @AfterEach
    void tearDown() {
        if (col != null) col.close();
    }

    @Test
    void addsACardToANewSubDeck() throws Exception {
        var vm = CardEditorViewModel.forNewCard(col.services.library(), new SameThreadTaskRunner(), (e, u) -> errors.add(e), null);
        assertFalse(vm.validProperty().get(), "empty front cannot be saved");
        vm.deckProperty().set("K8s :: Storage");
        vm.frontProperty().set("  What is a PVC?  ");
        vm.backProperty().set("A claim on storage.");
        vm.tagsProperty().set("storage, cka storage");
        assertTrue(vm.validProperty().get());
        AtomicReference<Card> saved = new AtomicReference<>();
        vm.save(saved::set);

        Card c = col.services.library().card(saved.get().id());
        assertEquals("What is a PVC?", c.front());
        assertEquals(List.of("storage", "cka"), c.tags());
        assertTrue(col.services.library().decks().stream()
                .anyMatch(d -> d.id().equals(c.deckId()) && d.name().equals(new DeckName("K8s::Storage"))));
        assertTrue(errors.isEmpty());
    }

    @Test
    void editLoadsTheCardAndSavesChanges() throws Exception {
        Card card = col.services.library().addCard(new DeckName("K8s"), "Q", "A", List.of("x"));
        var vm = CardEditorViewModel.forCard(col.services.library(), new SameThreadTaskRunner(), (e, u) -> errors.add(e), card.id());
        assertEquals("Q", vm.frontProperty().get());
        assertEquals("A", vm.backProperty().get());
        assertEquals("x", vm.tagsProperty().get());
        assertEquals("K8s", vm.deckProperty().get());
        vm.backProperty().set("A, **better**");
        vm.deckProperty().set("K8s::Basics");
        vm.save(c -> { });
        Card after = col.services.library().card(card.id());
        assertEquals("A, **better**", after.back());
        assertEquals(card.scheduling(), after.scheduling(), "editing keeps the schedule");
    }

    @Test
    void aBadDeckNameCannotBeSaved() throws Exception {
        var vm = CardEditorViewModel.forNewCard(col.services.library(), new SameThreadTaskRunner(), (e, u) -> errors.add(e), "K8s");
        vm.frontProperty().set("Q");
        vm.deckProperty().set(" :: ");
        assertFalse(vm.validProperty().get());
    }

    @Property
    void tagsNeverContainBlanksSeparatorsOrDuplicates(@ForAll String typed) {
        List<String> tags = CardEditorViewModel.parseTags(typed);
        assertEquals(tags.size(), tags.stream().distinct().count());
        for (String t : tags) {
            assertFalse(t.isEmpty());
            assertFalse(t.contains(",") || t.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)), t);
        }
    }
}
