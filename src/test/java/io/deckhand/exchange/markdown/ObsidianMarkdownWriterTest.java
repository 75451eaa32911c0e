package io.deckhand.exchange.markdown;

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

class ObsidianMarkdownWriterTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static PackageCard card(long id, long note, long deck, CardKind kind) {
        return new PackageCard(id, note, deck, 0, kind, "f", "b", SchedulingState.newCard(NOW), false, false, false, 0);
    }

    @Test
    void writesBasicReversedMultilineAndClozeInSpacedRepetitionSyntax() {
        var decks = List.of(new PackageDeck(1, new DeckName("K8s::Core Concepts"), ""));
        var notes = List.of(
                new PackageNote(1, "a", StockNoteTypes.BASIC_ID, List.of("What is a Pod?", "Smallest unit"), List.of(), NOW),
                new PackageNote(2, "b", StockNoteTypes.REVERSED_ID, List.of("PV", "PersistentVolume"), List.of(), NOW),
                new PackageNote(3, "c", StockNoteTypes.BASIC_ID, List.of("Two steps?", "one<br>two"), List.of(), NOW),
                new PackageNote(4, "d", StockNoteTypes.CLOZE_ID, List.of("A {{c1::Pod}} runs {{c2::containers::what}}", ""), List.of(), NOW));
        var cards = List.of(card(1, 1, 1, CardKind.BASIC), card(2, 2, 1, CardKind.REVERSED), card(3, 3, 1, CardKind.BASIC),
                card(4, 4, 1, CardKind.CLOZE), card(5, 4, 1, CardKind.CLOZE));
        var pkg = new DeckPackage(decks, StockNoteTypes.all(), notes, cards, List.of(), List.of(), List.of());
        assertEquals("""
                ---
                deckhand-decks:
                  "#flashcards/K8s/Core-Concepts": "K8s::Core Concepts"
                ---
                # Export

                ## K8s / Core Concepts

                #flashcards/K8s/Core-Concepts

                What is a Pod?::Smallest unit

                PV:::PersistentVolume

                Two steps?
                ?
                one
                two

                A ==Pod== runs ==containers;;what==
                """, new ObsidianMarkdownWriter().write(pkg, "Export"));
    }
}
