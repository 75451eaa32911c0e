package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkgReaderModernTest {
    @TempDir
    Path temp;

    private PackageCard card(DeckPackage p, long id) {
        return p.cards().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void readsSchema18WithProtobufConfigsZstdMediaAndFsrsState() throws Exception {
        Path apkg = ModernApkgBuilder.build(temp);
        try (ExtractedPackage pkg = new ApkgReader().open(apkg)) {
            DeckPackage p = pkg.contents();
            assertEquals(List.of("K8s", "K8s::Storage"),
                    p.decks().stream().map(d -> d.name().value()).sorted().toList());
            assertEquals(2, p.notes().size());
            assertEquals(List.of("cka", "storage"), p.notes().get(0).tags());

            PackageCard reviewed = card(p, 10);
            assertEquals(CardKind.REVERSED, reviewed.kind());
            assertEquals("What is a PV?", reviewed.front());
            assertEquals("A **PersistentVolume** ![](pv.png)", reviewed.back());
            assertEquals(CardState.REVIEW, reviewed.scheduling().state());
            assertTrue(reviewed.hasMemoryState());
            assertEquals(12.5, reviewed.scheduling().stability());
            assertEquals(4.25, reviewed.scheduling().difficulty());
            assertEquals(1, reviewed.flag());
            assertEquals(ModernApkgBuilder.CHILD_DECK, reviewed.deckId());

            PackageCard reverse = card(p, 11);
            assertTrue(reverse.suspended());
            assertEquals("A **PersistentVolume** ![](pv.png)", reverse.front());
            assertEquals("What is a PV?", reverse.back());

            PackageCard cloze1 = card(p, 20);
            assertEquals(CardKind.CLOZE, cloze1.kind());
            assertTrue(cloze1.buried());
            assertEquals("A **\\[...\\]** runs containers", cloze1.front());
            PackageCard cloze2 = card(p, 21);
            assertEquals("A Pod runs **\\[what\\]**", cloze2.front());
            assertTrue(cloze2.back().contains("**containers**"), cloze2.back());
            assertTrue(cloze2.back().endsWith("extra"), cloze2.back());

            assertEquals(2, p.reviews().size(), "the manual reschedule row is skipped");
            assertEquals(Rating.GOOD, p.reviews().get(1).rating());
            assertEquals(12, p.reviews().get(1).intervalDays());
            assertFalse(p.warnings().isEmpty());

            assertEquals(1, p.media().size());
            assertEquals("pv.png", p.media().get(0).name());
            assertEquals("PNG", Files.readString(p.media().get(0).content()));
        }
    }
}
