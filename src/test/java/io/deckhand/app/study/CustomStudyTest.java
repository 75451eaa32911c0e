package io.deckhand.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which cards a custom study session holds, on a real SQLite collection. */
class CustomStudyTest {
    private TestCollection col;
    private StudyService study;
    private DeckId k8s;
    private Card pvc;
    private Card service;
    private Card chmod;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        study = col.services.study();
        pvc = col.services.library().addCard(new DeckName("K8s::Storage"), "What is a PVC?", "A claim", List.of("storage"));
        service = col.services.library().addCard(new DeckName("K8s"), "What is a Service?", "A stable address", List.of("net"));
        chmod = col.services.library().addCard(new DeckName("Linux"), "What does chmod do?", "Changes modes", List.of("storage"));
        k8s = col.services.library().decks().stream().filter(d -> d.name().value().equals("K8s")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private static CustomStudy of(CustomStudy.Mode mode, int days, String tag, CardKind kind, int limit) {
        return new CustomStudy(mode, days, tag, kind, limit, false);
    }

    /** Answers a card Good until it is a review card due in some days. */
    private void graduate(Card c) throws Exception {
        for (int i = 0; i < 4 && col.services.library().card(c.id()).scheduling().state().code() != 2; i++) {
            study.answer(c.id(), Rating.GOOD, Duration.ofSeconds(2));
            col.clock.advance(Duration.ofMinutes(15));
        }
    }

    @Test
    void byTagTakesTheDeckAndItsSubDecksOnly() throws Exception {
        assertEquals(List.of(pvc.id()), study.customStudy(k8s, of(CustomStudy.Mode.TAG, 1, "storage", null, 100)));
        assertEquals(List.of(), study.customStudy(k8s, of(CustomStudy.Mode.TAG, 1, "nothing", null, 100)));
    }

    @Test
    void byKindAndTheLimit() throws Exception {
        assertEquals(2, study.customStudy(k8s, of(CustomStudy.Mode.KIND, 1, "", CardKind.BASIC, 100)).size());
        assertEquals(1, study.customStudy(k8s, of(CustomStudy.Mode.KIND, 1, "", CardKind.BASIC, 1)).size());
        assertEquals(List.of(), study.customStudy(k8s, of(CustomStudy.Mode.KIND, 1, "", CardKind.MANIFEST, 100)));
    }

    @Test
    void suspendedCardsAreLeftOut() throws Exception {
        col.services.browse().setSuspended(List.of(pvc.id()), true);
        assertEquals(List.of(service.id()), study.customStudy(k8s, of(CustomStudy.Mode.KIND, 1, "", CardKind.BASIC, 100)));
    }

    @Test
    void studyAheadTakesReviewsDueWithinTheDaysButNotToday() throws Exception {
        graduate(pvc);
        Card now = col.services.library().card(pvc.id());
        long daysAhead = Duration.between(col.clock.instant(), now.scheduling().due()).toDays() + 1;
        assertTrue(daysAhead >= 2, "due in " + daysAhead + " days");
        // Not within one day ahead, but within the days up to its due date.
        assertEquals(List.of(), study.customStudy(k8s, of(CustomStudy.Mode.AHEAD, 1, "", null, 100)));
        assertEquals(List.of(pvc.id()), study.customStudy(k8s, of(CustomStudy.Mode.AHEAD, (int) daysAhead + 1, "", null, 100)));
        // New cards are never studied ahead.
        assertTrue(!study.customStudy(k8s, of(CustomStudy.Mode.AHEAD, 365, "", null, 100)).contains(service.id()));
    }

    @Test
    void forgottenCardsAreThoseAnsweredAgainWithinTheDays() throws Exception {
        study.answer(service.id(), Rating.AGAIN, Duration.ofSeconds(2));
        study.answer(pvc.id(), Rating.GOOD, Duration.ofSeconds(2));
        study.answer(chmod.id(), Rating.AGAIN, Duration.ofSeconds(2));
        assertEquals(List.of(service.id()), study.customStudy(k8s, of(CustomStudy.Mode.FORGOTTEN, 1, "", null, 100)));
        col.clock.advance(Duration.ofDays(3));
        assertEquals(List.of(), study.customStudy(k8s, of(CustomStudy.Mode.FORGOTTEN, 1, "", null, 100)));
        assertEquals(List.of(service.id()), study.customStudy(k8s, of(CustomStudy.Mode.FORGOTTEN, 4, "", null, 100)));
    }

    @Test
    void valuesThatCannotBeUsedAreRefusedInTheUsersWords() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> study.customStudy(k8s, of(CustomStudy.Mode.TAG, 1, "two tags", null, 100)));
        assertTrue(e.getMessage().contains("one tag"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> study.customStudy(k8s, of(CustomStudy.Mode.AHEAD, 0, "", null, 100)));
        assertThrows(InvalidInputException.class, () -> study.customStudy(k8s, of(CustomStudy.Mode.KIND, 1, "", null, 100)));
        assertThrows(InvalidInputException.class, () -> study.customStudy(k8s, of(CustomStudy.Mode.KIND, 1, "", CardKind.BASIC, 0)));
    }

    @Test
    void readingASessionChangesNoCard() throws Exception {
        Card before = col.services.library().card(pvc.id());
        List<CardId> ids = study.customStudy(k8s, of(CustomStudy.Mode.TAG, 1, "storage", null, 100));
        assertEquals(List.of(pvc.id()), ids);
        assertEquals(before, col.services.library().card(pvc.id()));
    }
}
