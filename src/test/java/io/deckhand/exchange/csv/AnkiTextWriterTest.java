package io.deckhand.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.StockNoteTypes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text file as stock Anki's importer reads it, and read back: note types, GUIDs, decks, fields, tags. */
class AnkiTextWriterTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static PackageCard card(long id, long note, int ord, CardKind kind) {
        return new PackageCard(id, note, 1, ord, kind, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0);
    }

    private static final DeckPackage PKG = new DeckPackage(List.of(new PackageDeck(1, new DeckName("K8s::Net"), "")),
            StockNoteTypes.all(), List.of(
                    new PackageNote(1, "g-basic", StockNoteTypes.BASIC_ID, List.of("<p>What is a Pod?</p>",
                            "<p>The smallest unit.</p>\n<p>It holds \"containers\".</p>"), List.of("cka", "pods"), NOW),
                    new PackageNote(2, "g-rev", StockNoteTypes.REVERSED_ID, List.of("PV", "PersistentVolume"), List.of(), NOW),
                    new PackageNote(3, "g-cloze", StockNoteTypes.CLOZE_ID, List.of("A {{c1::Pod}} runs {{c2::containers}}", ""),
                            List.of(), NOW)),
            List.of(card(1, 1, 0, CardKind.BASIC), card(2, 2, 0, CardKind.REVERSED), card(3, 2, 1, CardKind.REVERSED),
                    card(4, 3, 0, CardKind.CLOZE), card(5, 3, 1, CardKind.CLOZE)),
            List.of(), List.of(), List.of());

    @Test
    void headersAndNoteTypesAreAnkisOwn() {
        assertEquals("""
                #separator:tab
                #html:true
                #columns:GUID\tNotetype\tDeck\tField 1\tField 2\tTags
                #guid column:1
                #notetype column:2
                #deck column:3
                #tags column:6
                g-basic\tBasic\tK8s::Net\t<p>What is a Pod?</p>\t"<p>The smallest unit.</p>
                <p>It holds ""containers"".</p>"\tcka pods
                g-rev\tBasic (and reversed card)\tK8s::Net\tPV\tPersistentVolume\t
                g-cloze\tCloze\tK8s::Net\tA {{c1::Pod}} runs {{c2::containers}}\t\t
                """, new AnkiTextWriter().write(PKG));
    }

    @Test
    void readsBackWithTheSameNotesTypesAndCards() throws Exception {
        TextTable table = new AnkiTextReader().read(new AnkiTextWriter().write(PKG), AnkiTextReader.Options.AUTO);
        assertEquals(List.of(), table.problems());
        DeckPackage back = new TextDeckMapper().toPackage(table, ColumnMapping.defaults(table), new DeckName("Other"), NOW);
        assertEquals(List.of("g-basic", "g-rev", "g-cloze"), back.notes().stream().map(PackageNote::guid).toList());
        assertEquals(List.of(StockNoteTypes.BASIC_ID, StockNoteTypes.REVERSED_ID, StockNoteTypes.CLOZE_ID),
                back.notes().stream().map(PackageNote::noteTypeId).toList());
        assertEquals(List.of(CardKind.BASIC, CardKind.REVERSED, CardKind.REVERSED, CardKind.CLOZE, CardKind.CLOZE),
                back.cards().stream().map(PackageCard::kind).toList());
        assertEquals(List.of("cka", "pods"), back.notes().get(0).tags());
        assertEquals("The smallest unit.\n\nIt holds \"containers\".", back.cards().get(0).back());
        assertEquals(List.of("PV", "PersistentVolume"), back.cards().subList(1, 3).stream().map(PackageCard::front).toList());
        assertEquals(List.of("K8s::Net"), back.decks().stream().map(d -> d.name().value()).toList());
    }
}
