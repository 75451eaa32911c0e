package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes outlined in nested bullets: an item with points under it heads those points. */
class OutlineNotesTest {
    private static final String NOTE = """
            # Storage

            - PersistentVolume (PV)
                - a piece of storage in the cluster
                - lifecycle independent of any pod
            - Access modes
                - ReadWriteOnce: mounted read-write by a single node
                - ReadOnlyMany: mounted read-only by many nodes
            - Reclaim policies: Retain, Delete

            StorageClass - describes a class of storage that volumes are provisioned from.
            """;

    private static List<String> paths(String note) {
        List<Block> blocks = new MarkdownStructurer().structure(note).blocks();
        RuleContext cx = new RuleContext(blocks, new CardSink(), "n.md", List.of(), new boolean[blocks.size()]);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < cx.size(); k++) {
            out.add(cx.at(k).getClass().getSimpleName() + "@" + cx.at(k).first() + " " + cx.path(k));
        }
        return out;
    }

    @Test
    void itemsWithNestedPointsHeadThemUntilTheirLastLine() {
        assertEquals(List.of(
                "Heading@1 [Storage]",
                "ItemList@3 [Storage]",
                "Heading@3 [Storage, PersistentVolume (PV)]",
                "ItemList@4 [Storage, PersistentVolume (PV)]",
                "Heading@6 [Storage, Access modes]",
                "ItemList@7 [Storage, Access modes]",
                "Prose@11 [Storage]"), paths(NOTE));
    }

    @Test
    void nestedPointsBecomeCardsUnderTheirItem() {
        List<CardDraft> cards = new NoteParser().parse("storage.md", NOTE).drafts();
        assertTrue(cards.stream().anyMatch(c -> c.source().headingPath().equals(List.of("Storage", "Access modes"))
                && c.back().contains("ReadWriteOnce")), cards.toString());
        assertTrue(cards.stream().anyMatch(c -> c.source().headingPath().equals(List.of("Storage"))
                && c.front().contains("StorageClass")), "the definition after the list is under Storage again");
    }

    @Test
    void aFlatListStaysOneBlock() {
        assertEquals(List.of("Heading@1 [K]", "ItemList@3 [K]"), paths("# K\n\n- a\n- b\n"));
    }

    @Test
    void toDoListsAreNotKnowledge() {
        assertEquals(List.of("Heading@1 [Today]"), paths("""
                # Today

                - [ ] Book the CKA exam
                - [x] Finish the storage lab
                - Lunch with Sam
                """));
        assertEquals(List.of("Heading@1 [Kinds]", "ItemList@3 [Kinds]"),
                paths("# Kinds\n\n- Pod\n- Service\n- [ ] look up EndpointSlice\n"));
    }

    @Test
    void pointsThatSayWhatTheirItemIsAnswerWhatItIs() {
        List<CardDraft> cards = new NoteParser().parse("storage.md", NOTE).drafts();
        CardDraft pv = cards.stream().filter(c -> c.front().endsWith("What is **PersistentVolume (PV)**?"))
                .findFirst().orElseThrow(() -> new AssertionError(cards.toString()));
        assertTrue(pv.back().contains("a piece of storage in the cluster") && pv.back().contains("lifecycle"));
    }
}
