package io.deckhand.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.SiblingBury;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cards made from one fact wait until the next day once one of them is answered (as Anki buries siblings). */
class SiblingBuryTest {
    private TestCollection col;
    private StudyService study;
    private DeckId deck;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        // A command and its reverse come from lines 10-11 of the notes; the third card from elsewhere.
        DeckFile file = new DeckFile("K8s", "", List.of(
                entry("g1", "What does `kubectl get pods` do?", "Lists the pods.", 10, 11),
                entry("g2", "Which command lists the pods?", "`kubectl get pods`", 10, 11),
                entry("g3", "What is a Pod?", "The smallest deployable unit.", 20, 21)));
        col.db.inTransaction(() -> col.services.library().addEntries(file));
        study = col.services.study();
        deck = study.deckTree().stream().filter(d -> d.name().value().equals("K8s")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private static DeckFile.Entry entry(String guid, String front, String back, int first, int last) {
        return new DeckFile.Entry(guid, new CardDraft(CardKind.COMMAND, front, back, "K8s", List.of(),
                new SourceRef("k8s.md", first, last, List.of("Pods"))));
    }

    private String nextFront() throws Exception {
        return study.next(deck).orElseThrow().card().front();
    }

    @Test
    void theReverseWaitsUntilTomorrowAndUndoBringsItBack() throws Exception {
        assertEquals("What does `kubectl get pods` do?", nextFront());
        study.answer(study.next(deck).orElseThrow().card().id(), Rating.GOOD, Duration.ofSeconds(3));

        assertEquals("What is a Pod?", nextFront(), "the reverse is not next");
        assertEquals(1, study.remaining(deck).newCount(), "the buried reverse is not counted");
        assertEquals(1, study.deckTree().stream().filter(d -> d.id().equals(deck)).findFirst().orElseThrow()
                .counts().newCount());

        study.undoLastAnswer();
        assertEquals(3, study.remaining(deck).newCount(), "undo unburies");
        assertEquals("What does `kubectl get pods` do?", nextFront());

        study.answer(study.next(deck).orElseThrow().card().id(), Rating.GOOD, Duration.ofSeconds(3));
        col.clock.advance(Duration.ofDays(1));
        assertEquals(2, study.remaining(deck).newCount(), "the next day the reverse is back");
    }

    @ParameterizedTest
    @CsvSource({"none, Which command lists the pods?", "review interday, Which command lists the pods?",
            "new, What is a Pod?"})
    void thePresetSaysWhetherNewSiblingsAreBuried(String setting, String expectedNext) throws Exception {
        var presetId = col.services.deckOptions().deckNamed("K8s").presetId();
        col.db.inTransaction(() -> {
            new io.deckhand.storage.SqliteSettingsRepository(col.db).put(SiblingBury.settingKey(presetId), setting);
            return null;
        });
        study.answer(study.next(deck).orElseThrow().card().id(), Rating.GOOD, Duration.ofSeconds(3));
        assertEquals(expectedNext, nextFront());
    }

    @Test
    void theSettingReadsBackAndDefaultsToAllOn() {
        for (SiblingBury b : List.of(SiblingBury.ALL, SiblingBury.NONE, new SiblingBury(true, false, true),
                new SiblingBury(false, true, false))) {
            assertEquals(b, SiblingBury.parse(b.code()));
        }
        assertEquals(SiblingBury.ALL, SiblingBury.parse(null));
        assertEquals(SiblingBury.ALL, SiblingBury.parse("bury everything"));
    }
}
