package io.deckhand.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Deckhand's note through Anki's hidden field: exact back, never confused with other text. */
class DeckhandCarryTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Property
    void whatIsCarriedComesBackExactly(@ForAll String front, @ForAll String back, @ForAll String field, @ForAll String tag,
                                       @ForAll String cardTag) {
        var carried = new DeckhandCarry.Carried("guid-1", List.of(field, back), List.of(tag, cardTag),
                new SourceRef("notes/k8s.md", 3, 9, List.of("Pods", field)), "hash",
                List.of(new DeckhandCarry.CarriedCard(2, CardKind.MANIFEST, front, back, List.of(cardTag)),
                        new DeckhandCarry.CarriedCard(3, CardKind.BASIC, back, front, null)), "seen");
        assertEquals(carried, DeckhandCarry.decode(DeckhandCarry.encode(carried)).orElseThrow());
    }

    @Property
    void anyOtherTextIsNotACarriedNote(@ForAll String field) {
        assertTrue(DeckhandCarry.decode(field).isEmpty() || field.strip().startsWith("deckhand1:"));
        assertTrue(DeckhandCarry.decode("deckhand1:" + field).isEmpty() || field.matches("[A-Za-z0-9+/=]*"));
    }

    private static DeckPackage exported(List<String> visible) {
        return exported(visible, List.of("cka"), List.of("cka"), null);
    }

    /** {@code ankiTags}: the note's tags as Anki has them; {@code carriedTags}/{@code cardTags}: what Deckhand wrote. */
    private static DeckPackage exported(List<String> visible, List<String> ankiTags, List<String> carriedTags,
                                        List<String> cardTags) {
        var yaml = "```yaml\napiVersion: v1\nkind: Pod\n```";
        var carried = new DeckhandCarry.Carried("note-7", List.of("What is this?", yaml), carriedTags, null, "h",
                List.of(new DeckhandCarry.CarriedCard(0, CardKind.MANIFEST, "What is this?", yaml, cardTags)),
                DeckhandCarry.seen(List.of("What is this?", "<pre>apiVersion: v1</pre>")));
        List<String> fields = new java.util.ArrayList<>(visible);
        fields.add(DeckhandCarry.encode(carried));
        var types = DeckhandCarry.noteTypes("");
        return new DeckPackage(List.of(new PackageDeck(1, new DeckName("K8s"), "")), types,
                List.of(new PackageNote(1_700_000_000_000L, "note-7/1", DeckhandCarry.noteTypeId(StockNoteTypes.BASIC_ID),
                        fields, ankiTags, NOW)),
                List.of(new PackageCard(1_700_000_000_001L, 1_700_000_000_000L, 1, 0, CardKind.BASIC, "What is this?",
                        "apiVersion: v1", SchedulingState.newCard(NOW), false, false, false, 0)),
                List.of(), List.of(), List.of());
    }

    @Test
    void anUntouchedNoteComesBackAsDeckhandHadIt() {
        DeckPackage back = DeckhandCarry.restore(exported(List.of("What is this?", "<pre>apiVersion: v1</pre>")));
        assertEquals("note-7", back.notes().get(0).guid());
        assertEquals(List.of("What is this?", "```yaml\napiVersion: v1\nkind: Pod\n```"), back.notes().get(0).fields());
        assertEquals(CardKind.MANIFEST, back.cards().get(0).kind());
        assertEquals("```yaml\napiVersion: v1\nkind: Pod\n```", back.cards().get(0).back());
    }

    @Test
    void aNoteEditedInAnkiKeepsTheEditAndItsIdentity() {
        DeckPackage back = DeckhandCarry.restore(exported(List.of("What is this?", "<pre>apiVersion: v2</pre>")));
        assertEquals("note-7", back.notes().get(0).guid(), "still updates the same note");
        assertEquals(CardKind.MANIFEST, back.cards().get(0).kind());
        assertEquals("apiVersion: v1", back.cards().get(0).back(), "the side as read from Anki's fields, not the carried one");
    }

    private static final List<String> PAGE = List.of("What is this?", "<pre>apiVersion: v1</pre>");

    @Test
    void eachCardGetsItsOwnCarriedTagsWhileAnkisNoteTagsAreUnchanged() {
        // Deckhand wrote "cka" and "study guide" (a space becomes "_" in Anki) on the note, the card had "cka" only
        DeckPackage back = DeckhandCarry.restore(exported(PAGE, List.of("study_guide", "CKA"),
                List.of("cka", "study guide"), List.of("cka")));
        assertEquals(List.of("cka", "study guide"), back.notes().get(0).tags(), "Deckhand's spelling, not Anki's");
        assertEquals(List.of("cka"), back.cards().get(0).tags());
    }

    @Test
    void tagsChangedInAnkiWinForEveryCard() {
        DeckPackage back = DeckhandCarry.restore(exported(PAGE, List.of("cka", "networking"), List.of("cka"), List.of("cka")));
        assertEquals(List.of("cka", "networking"), back.notes().get(0).tags());
        assertEquals(List.of("cka", "networking"), back.cards().get(0).tags());
    }

    @Test
    void aCardCarriedWithoutTagsTakesItsNotes() {
        DeckPackage back = DeckhandCarry.restore(exported(PAGE, List.of("cka"), List.of("cka"), null));
        assertEquals(null, back.cards().get(0).tags());
        assertEquals(List.of("cka"), back.cards().get(0).tagsOr(back.notes().get(0).tags()));
    }

    @Test
    void aPackageWithoutTheFieldIsLeftAsItIs() {
        DeckPackage plain = new DeckPackage(List.of(), StockNoteTypes.all(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertSame(plain, DeckhandCarry.restore(plain));
    }
}
