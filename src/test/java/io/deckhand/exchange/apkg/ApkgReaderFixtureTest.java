package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkgReaderFixtureTest {
    @TempDir
    Path temp;

    private ApkgReader reader() {
        return new ApkgReader(ZipLimits.DEFAULT, temp);
    }

    @Test
    void legacyPackageWithMediaKeepsTheSoundFileUntilClosed() throws Exception {
        Path apkg = SharedFixtures.require("fixtures/anki/ankitects-anki/media.apkg");
        Path mediaPath;
        try (ExtractedPackage pkg = reader().open(apkg)) {
            DeckPackage p = pkg.contents();
            assertEquals(1, p.notes().size());
            assertEquals("[sound:foo.wav]", p.notes().get(0).fields().get(0));
            assertEquals(1, p.media().size());
            assertEquals("foo.wav", p.media().get(0).name());
            mediaPath = p.media().get(0).content();
            assertEquals("abc\n", Files.readString(mediaPath));
            assertEquals(1, p.cards().size());
            assertEquals(CardKind.BASIC, p.cards().get(0).kind());
            assertEquals(CardState.NEW, p.cards().get(0).scheduling().state());
        }
        assertFalse(Files.exists(mediaPath), "temp media deleted on close");
        try (var left = Files.list(temp)) {
            assertEquals(0, left.count(), "nothing left in the temp folder");
        }
    }

    @Test
    void bareCollectionWithReviewsSubDecksTagsAndReversedCards() throws Exception {
        Path file = SharedFixtures.require("fixtures/anki/ankipandas/few_basic_cards.anki2");
        byte[] before = Files.readAllBytes(file);
        try (ExtractedPackage pkg = reader().open(file)) {
            DeckPackage p = pkg.contents();
            assertEquals(7, p.notes().size());
            assertEquals(12, p.cards().size());
            assertEquals(6, p.reviews().size());
            Set<String> deckNames = p.decks().stream().map(d -> d.name().value()).collect(Collectors.toSet());
            assertTrue(deckNames.contains("EnglishGerman"), deckNames.toString());
            PackageNote car = p.notes().stream().filter(n -> n.fields().get(0).equals("Car")).findFirst().orElseThrow();
            assertEquals(java.util.List.of("adjective", "english", "german", "noun"), car.tags());
            PackageCard reviewed = p.cards().stream().filter(c -> c.id() == 1555579345401L).findFirst().orElseThrow();
            assertEquals(CardState.REVIEW, reviewed.scheduling().state());
            assertEquals(4, reviewed.scheduling().scheduledDays());
            assertEquals(2, reviewed.scheduling().reps());
            assertTrue(reviewed.scheduling().lastReview() != null);
            assertTrue(p.cards().stream().anyMatch(c -> c.kind() == CardKind.REVERSED && c.ordinal() == 1));
            // rendered answer holds only the back, not a copy of the question
            PackageCard carCard = p.cards().stream().filter(c -> c.noteId() == car.id() && c.ordinal() == 0)
                    .findFirst().orElseThrow();
            assertEquals("Car", carCard.front());
            assertEquals("Auto", carCard.back());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the user's file is untouched");
    }

    @Test
    void modernPackageWithAnki21bZstdAndProtobufMeta() throws Exception {
        Path apkg = SharedFixtures.require("fixtures/anki/srs-converter/empty-latest.apkg");
        try (ExtractedPackage pkg = reader().open(apkg)) {
            DeckPackage p = pkg.contents();
            // read from the zstd collection.anki21b (schema 18): empty, unlike the placeholder
            // collection.anki2 beside it, which holds one "please update Anki" note
            assertTrue(p.notes().isEmpty());
            assertTrue(p.decks().isEmpty(), "the empty Default deck is not imported");
        }
    }

    @Test
    void legacy2PackageAndCollectionPackageReadTheAnki21Collection() throws Exception {
        for (String f : new String[] {"empty-legacy-2.apkg", "empty-legacy-2.colpkg"}) {
            try (ExtractedPackage pkg = reader().open(SharedFixtures.require("fixtures/anki/srs-converter/" + f))) {
                // read from collection.anki21 (schema 11), not the placeholder collection.anki2 beside it
                assertTrue(pkg.contents().notes().isEmpty(), f);
            }
        }
    }

    @Test
    void updatedPackagesShareTheGuid() throws Exception {
        String g1;
        String g2;
        try (ExtractedPackage a = reader().open(SharedFixtures.require("fixtures/anki/ankitects-anki/update1.apkg"));
             ExtractedPackage b = reader().open(SharedFixtures.require("fixtures/anki/ankitects-anki/update2.apkg"))) {
            g1 = a.contents().notes().get(0).guid();
            g2 = b.contents().notes().get(0).guid();
            assertEquals(java.util.List.of("hello", "world"), a.contents().notes().get(0).fields());
            assertEquals(java.util.List.of("goodbye", "world"), b.contents().notes().get(0).fields());
        }
        assertEquals(g1, g2);
    }
}
