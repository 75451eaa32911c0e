package io.deckhand.app.deckoptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.app.study.StudyCard;
import io.deckhand.app.study.StudyService;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.SiblingBury;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeckOptionsServiceTest {
    private TestCollection col;
    private DeckOptionsService options;
    private StudyService study;

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        options = col.services.deckOptions();
        study = col.services.study();
    }

    @AfterEach
    void close() {
        col.close();
    }

    private List<Card> addCards(String deck, int n) throws Exception {
        List<Card> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(col.services.library().addCard(new DeckName(deck), "Q" + i, "A" + i, List.of()));
            col.clock.advance(Duration.ofMillis(1));
        }
        return out;
    }

    private DeckSummary summary(String name) throws Exception {
        return study.deckTree().stream().filter(d -> d.name().value().equals(name)).findFirst().orElseThrow();
    }

    private DeckPreset set(DeckId deck, String key, String value) throws Exception {
        DeckPreset p = options.presetOf(deck);
        return options.updateOptions(p.id(), DeckOptions.of(p).with(key, value));
    }

    /** Brings the deck's first card to the review state, then returns what the study screen would show. */
    private StudyCard reviewCard(DeckId deck) throws Exception {
        StudyCard first = study.next(deck).orElseThrow();
        study.answer(first.card().id(), Rating.EASY, Duration.ofSeconds(1));
        col.clock.advance(Duration.ofDays(40));
        return study.next(deck).orElseThrow();
    }

    @Test
    void switchingThePresetToSm2ChangesHowCardsAreScheduled() throws Exception {
        addCards("K8s", 1);
        DeckId deck = summary("K8s").id();
        set(deck, "fuzz", "off");
        var fsrsNew = study.next(deck).orElseThrow().intervalLabels();

        DeckPreset sm2 = set(deck, "scheduler", "sm2");
        assertEquals(SchedulerKind.SM2, sm2.scheduler());
        assertEquals(SchedulerKind.SM2, options.presetOf(deck).scheduler(), "stored");
        var sm2New = study.next(deck).orElseThrow().intervalLabels();
        assertEquals(fsrsNew.get(Rating.AGAIN), sm2New.get(Rating.AGAIN), "same first learning step");
        assertNotEquals(fsrsNew.get(Rating.EASY), sm2New.get(Rating.EASY),
                "FSRS's first Easy interval comes from its weights, SM-2's from the easy interval");
        assertEquals("4d", sm2New.get(Rating.EASY), "Anki's default easy interval");
    }

    @Test
    void lowerDesiredRetentionGivesLongerReviewIntervals() throws Exception {
        addCards("K8s", 1);
        DeckId deck = summary("K8s").id();
        set(deck, "fuzz", "off");
        var card = reviewCard(deck);
        String at90 = card.intervalLabels().get(Rating.GOOD);
        set(deck, "retention", "0.75");
        var same = study.next(deck).orElseThrow();
        assertEquals(card.card().id(), same.card().id());
        String at75 = same.intervalLabels().get(Rating.GOOD);
        assertTrue(days(at75) > days(at90), at75 + " vs " + at90);
    }

    private static double days(String label) {
        double n = Double.parseDouble(label.replaceAll("[a-z<]+$", ""));
        if (label.endsWith("mo")) return n * 365 / 12;
        if (label.endsWith("y")) return n * 365;
        if (label.endsWith("d")) return n;
        throw new AssertionError("not a day-scale label: " + label);
    }

    @Test
    void dailyLimitsChangeTheDeckCounts() throws Exception {
        addCards("K8s::Storage", 30);
        DeckId deck = summary("K8s").id();
        assertEquals(20, summary("K8s").counts().newCount());
        set(deck, "new-per-day", "7");
        assertEquals(7, summary("K8s").counts().newCount());
        assertEquals(7, study.remaining(deck).newCount());
        set(deck, "new-per-day", "0");
        assertEquals(0, summary("K8s").counts().newCount());
        assertTrue(study.next(deck).isEmpty(), "nothing to study with no new cards allowed");
    }

    @Test
    void badStepTextIsRefusedAndNothingChanges() throws Exception {
        addCards("K8s", 30);
        DeckId deck = summary("K8s").id();
        DeckPreset before = options.presetOf(deck);
        DeckOptions edited = DeckOptions.of(before).with("new-per-day", "50").with("learning-steps", "1m ten minutes");
        var e = assertThrows(InvalidInputException.class, () -> options.updateOptions(before.id(), edited));
        assertTrue(e.getMessage().startsWith("Learning steps: \"ten\" is not a step"), e.getMessage());
        assertEquals(before, options.presetOf(deck));
        assertEquals(20, summary("K8s").counts().newCount());
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheirName() throws Exception {
        DeckPreset p = options.presets().get(0);
        DeckOptions o = DeckOptions.of(p);
        assertTrue(assertThrows(InvalidInputException.class, () -> options.updateOptions(p.id(), o.with("retention", "0.5")))
                .getMessage().startsWith("Desired retention must be between 70% and 99%"));
        assertTrue(assertThrows(InvalidInputException.class, () -> options.updateOptions(p.id(), o.with("new-per-day", "-1")))
                .getMessage().startsWith("New cards per day must be from 0"));
        assertTrue(assertThrows(InvalidInputException.class, () -> options.updateOptions(p.id(), o.with("max-interval", "0")))
                .getMessage().startsWith("Maximum interval (days) must be from 1"));
        assertThrows(InvalidInputException.class, () -> o.with("scheduler", "leitner"));
        assertThrows(InvalidInputException.class, () -> o.with("colour", "red"));
        assertEquals(p, options.presets().get(0));
        assertEquals(0.85, options.updateOptions(p.id(), o.with("retention", "85%")).desiredRetention());
        assertEquals(0.7, options.updateOptions(p.id(), o.with("retention", "0.70")).desiredRetention());
    }

    @Test
    void aCopiedPresetCanBeGivenToADeckAndItsSubDecks() throws Exception {
        addCards("K8s::Storage", 1);
        addCards("K8s::Network::DNS", 1);
        addCards("Linux", 1);
        DeckId k8s = summary("K8s").id();
        DeckPreset base = set(k8s, "new-per-day", "9");
        DeckPreset exam = options.createPreset("  CKA exam ", base.id());
        assertEquals("CKA exam", exam.name());
        assertEquals(9, exam.newPerDay(), "options copied");
        assertNotEquals(base.id(), exam.id());
        assertThrows(InvalidInputException.class, () -> options.createPreset("cka EXAM", base.id()));

        assertEquals(1, options.assignPreset(k8s, exam.id(), false));
        assertEquals(exam.id(), options.presetOf(k8s).id());
        assertEquals(base.id(), options.presetOf(summary("K8s::Storage").id()).id());
        assertEquals(3, options.assignPreset(k8s, exam.id(), true), "Storage, Network, Network::DNS");
        assertEquals(exam.id(), options.presetOf(summary("K8s::Network::DNS").id()).id());
        assertEquals(base.id(), options.presetOf(summary("Linux").id()).id());
        assertEquals(4, options.decksUsing(exam.id()).size());

        DeckPreset renamed = options.renamePreset(exam.id(), "CKAD");
        assertEquals("CKAD", options.presetOf(k8s).name());
        assertEquals(renamed.withName("CKA exam"), exam);
        assertThrows(InvalidInputException.class, () -> options.renamePreset(exam.id(), " "));
    }

    @Test
    void savingForADeckIsAllOrNothing() throws Exception {
        addCards("K8s::Storage", 5);
        DeckId k8s = summary("K8s").id();
        DeckPreset base = options.presetOf(k8s);
        DeckPreset other = options.createPreset("Other", base.id());
        DeckOptions bad = DeckOptions.of(other).with("new-per-day", "3").with("relearning-steps", "5 minutes");
        var e = assertThrows(InvalidInputException.class, () -> options.saveForDeck(k8s, other.id(), bad, true));
        assertTrue(e.getMessage().startsWith("Relearning steps: \"minutes\""), e.getMessage());
        assertEquals(base.id(), options.presetOf(k8s).id(), "deck not moved to the preset");
        assertEquals(other, options.presets().get(1));

        DeckPreset saved = options.saveForDeck(k8s, other.id(), bad.with("relearning-steps", "5m"), true);
        assertEquals(3, saved.newPerDay());
        assertEquals(saved, options.presetOf(summary("K8s::Storage").id()));
        assertEquals(3, summary("K8s").counts().newCount(), "5 new cards, the new preset allows 3");
    }

    @Test
    void theDialogsSaveWithItsRolloverIsOneTransaction() throws Exception {
        addCards("K8s::Storage", 5);
        DeckId k8s = summary("K8s").id();
        DeckPreset base = options.presetOf(k8s);
        DeckPreset other = options.createPreset("Other", base.id());
        DeckOptions three = DeckOptions.of(other).with("new-per-day", "3");
        SiblingBury none = SiblingBury.NONE;
        int hourBefore = options.rolloverHour();
        var storedBefore = col.services.settings().get("study-day-rollover");

        var e = assertThrows(InvalidInputException.class,
                () -> options.saveForDeck(k8s, other.id(), three, true, none, OptionalInt.of(24)));
        assertTrue(e.getMessage().contains("0 to 23"), e.getMessage());
        assertEquals(base.id(), options.presetOf(k8s).id(), "deck not moved to the preset");
        assertEquals(other, options.presets().get(1), "preset's options unchanged");
        assertEquals(SiblingBury.ALL, options.siblingBury(other.id()), "burying unchanged");

        DeckOptions bad = three.with("relearning-steps", "5 minutes");
        assertThrows(InvalidInputException.class,
                () -> options.saveForDeck(k8s, other.id(), bad, true, none, OptionalInt.of(11)));
        assertEquals(hourBefore, options.rolloverHour(), "the hour in memory is what the collection kept");
        assertEquals(storedBefore, col.services.settings().get("study-day-rollover"), "no hour stored");

        DeckPreset saved = options.saveForDeck(k8s, other.id(), three, true, none, OptionalInt.of(11));
        assertEquals(3, saved.newPerDay());
        assertEquals(saved, options.presetOf(summary("K8s::Storage").id()));
        assertEquals(none, options.siblingBury(other.id()));
        assertEquals(11, options.rolloverHour());
        assertEquals("11", col.services.settings().get("study-day-rollover").orElseThrow());

        options.saveForDeck(k8s, other.id(), three, true, none, OptionalInt.empty());
        assertEquals(11, options.rolloverHour(), "empty leaves the hour as it is");
    }

    @Test
    void theDayRolloverAppliesAtOnce() throws Exception {
        Card card = addCards("K8s", 21).get(0);
        DeckId deck = summary("K8s").id();
        study.answer(card.id(), Rating.EASY, Duration.ofSeconds(1)); // at 10:00 UTC
        assertEquals(19, study.remaining(deck).newCount());
        col.clock.advance(Duration.ofMinutes(90));
        options.setRolloverHour(11);
        assertEquals(11, options.rolloverHour());
        assertEquals(20, study.remaining(deck).newCount(), "the 10:00 answer now belongs to yesterday");
        assertEquals("11", col.services.settings().get("study-day-rollover").orElseThrow());

        var e = assertThrows(InvalidInputException.class, () -> options.setRolloverHour(24));
        assertTrue(e.getMessage().contains("0 to 23"), e.getMessage());
        assertEquals(11, options.rolloverHour());
    }
}
