package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A highlight in a long paragraph makes a cloze card of its sentence, not of the whole paragraph. */
class ClozeContextTest {
    private static final String FILLER = "Operating it with limited resources is suitable only for testing purposes. "
            + "For production, advanced hardware configuration is required and documented at length. "
            + "Resource requirements are described in the reference pages of the project. ";

    private List<CardDraft> clozes(String note) {
        return new NoteParser().parse("n.md", note).drafts().stream().filter(d -> d.kind() == CardKind.CLOZE).toList();
    }

    @Test
    void aShortParagraphStaysWhole() {
        List<CardDraft> cards = clozes("The ==kubelet== runs on every node. It reports to the API server.\n");
        assertEquals(1, cards.size());
        assertEquals("The kubelet runs on every node. It reports to the API server.", cards.get(0).back());
    }

    @Test
    void eachDeletionInALongParagraphKeepsItsSentenceAfterTheFirst() {
        String note = "etcd is the key value store that holds all cluster data. " + FILLER
                + "Always keep a ==backup plan== for the data. " + FILLER
                + "Snapshots are taken with ==etcdctl snapshot save==.\n";
        List<CardDraft> cards = clozes(note);
        assertEquals(2, cards.size(), cards.toString());
        assertEquals("etcd is the key value store that holds all cluster data. Always keep a backup plan for the data.",
                cards.get(0).back());
        assertEquals("etcd is the key value store that holds all cluster data. Always keep a [...] for the data.",
                cards.get(0).front());
        assertEquals("etcd is the key value store that holds all cluster data. "
                + "Snapshots are taken with etcdctl snapshot save.", cards.get(1).back());
    }

    @Test
    void aDeletionInTheFirstSentenceKeepsThatSentenceAlone() {
        List<CardDraft> cards = clozes("==etcd== is the key value store that holds all cluster data. " + FILLER + FILLER);
        assertEquals(1, cards.size());
        assertEquals("etcd is the key value store that holds all cluster data.", cards.get(0).back());
    }

    @Test
    void aDeletionAcrossASentenceEndKeepsTheWholeParagraph() {
        String note = "Intro sentence here. " + FILLER + "Remember ==this. And that== together. " + FILLER;
        List<CardDraft> cards = clozes(note);
        assertTrue(cards.stream().allMatch(c -> c.back().contains("Intro sentence here.")
                && c.back().contains("Remember this. And that together.")), cards.toString());
    }
}
