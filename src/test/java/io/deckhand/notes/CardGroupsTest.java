package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static io.deckhand.notes.NoteCards.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cards made from one fact share a group (one note with several cards); other cards have none. */
class CardGroupsTest {
    @Test
    void bothSidesOfAReversedCardShareAGroupAndABasicCardHasNone() {
        List<CardDraft> cards = md("# Net\n\nWhat port does DNS use::53\n\nService:::Stable name for pods\n");
        CardDraft basic = one(cards, CardKind.BASIC, "What port does DNS use");
        assertEquals("", basic.group());
        List<CardDraft> reversed = cards.stream().filter(c -> c.kind() == CardKind.REVERSED).toList();
        assertEquals(2, reversed.size());
        assertFalse(reversed.get(0).group().isEmpty());
        assertEquals(reversed.get(0).group(), reversed.get(1).group());
    }

    @Test
    void twoReversedCardsAreTwoGroups() {
        List<CardDraft> cards = md("Service:::Stable name for pods\n\nIngress:::HTTP routing into the cluster\n");
        assertEquals(4, cards.size());
        assertEquals(2, cards.stream().map(CardDraft::group).distinct().count());
    }

    @Test
    void aClozesDeletionsShareAGroup() {
        List<CardDraft> cards = md("The {{c1::kubelet}} runs on every {{c2::node}}.\n");
        assertEquals(2, cards.size());
        assertFalse(cards.get(0).group().isEmpty());
        assertEquals(cards.get(0).group(), cards.get(1).group());
    }

    @Test
    void aCommandAndItsReverseShareAGroupAndTheNextCommandHasItsOwn() {
        List<CardDraft> cards = txt("Nodes\nkubectl cordon node1\n- marks the node unschedulable for new pods\n"
                + "kubectl uncordon node1\n- marks the node schedulable again for new pods\n");
        CardDraft what = one(cards, CardKind.COMMAND, "What does `kubectl cordon node1` do?");
        CardDraft which = one(cards, CardKind.COMMAND, "Which command marks the node unschedulable");
        assertFalse(what.group().isEmpty());
        assertEquals(what.group(), which.group());
        CardDraft other = one(cards, CardKind.COMMAND, "What does `kubectl uncordon node1` do?");
        assertNotEquals(what.group(), other.group());
    }

    @Test
    void theItemsOfADefinitionListAreNotOneFact() {
        List<CardDraft> cards = txt("Plugins\n- CRIO: container runtime interface implementation\n"
                + "- CNI: container network interface for pod networking\n");
        cards.stream().filter(c -> c.kind() == CardKind.DEFINITION).forEach(c -> assertEquals("", c.group(), c.front()));
    }
}
