package io.deckhand.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.support.TestCollection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeckOptionsViewModelTest {
    private TestCollection col;
    private DeckOptionsService service;
    private final List<String> shownErrors = new ArrayList<>();
    private final List<DeckPreset> saved = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        service = col.services.deckOptions();
        for (String deck : List.of("K8s", "K8s::Storage", "Linux")) {
            for (int i = 0; i < 30; i++) {
                col.services.library().addCard(new DeckName(deck), deck + " Q" + i, "A", List.of());
            }
        }
    }

    @AfterEach
    void close() {
        col.close();
    }

    private DeckId deck(String name) throws Exception {
        return service.deckNamed(name).id();
    }

    private DeckOptionsViewModel vm(String deck) throws Exception {
        DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                (e, unchanged) -> shownErrors.add(e.getMessage() + " | " + unchanged), deck(deck));
        vm.load();
        return vm;
    }

    private int newCount(String deck) throws Exception {
        return col.services.study().deckTree().stream().filter(d -> d.name().value().equals(deck))
                .mapToInt(d -> d.counts().newCount()).findFirst().orElseThrow();
    }

    @Test
    void loadFillsTheFormFromTheDecksPreset() throws Exception {
        DeckOptionsViewModel vm = vm("K8s");
        assertEquals("K8s", vm.deckNameProperty().get());
        assertEquals("Default", vm.presetProperty().get().name());
        assertEquals(SchedulerKind.FSRS6, vm.schedulerProperty().get());
        assertEquals("90%", vm.retentionText().get());
        assertEquals("1m 10m", vm.learningStepsProperty().get());
        assertEquals("10m", vm.relearningStepsProperty().get());
        assertEquals(20, vm.newPerDayProperty().get());
        assertEquals(4, vm.rolloverHourProperty().get());
        assertTrue(vm.hasSubDecksProperty().get());
        assertFalse(vm("Linux").hasSubDecksProperty().get());
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.canSaveProperty().get());
        assertTrue(vm.presetUsageProperty().get().startsWith("Used by 3 decks."), vm.presetUsageProperty().get());
    }

    @Test
    void savingSm2AndALimitChangesTheStoredPresetAndTheCounts() throws Exception {
        DeckOptionsViewModel vm = vm("K8s");
        vm.schedulerProperty().set(SchedulerKind.SM2);
        assertFalse(vm.retentionApplies().get(), "retention is greyed out for SM-2");
        vm.newPerDayProperty().set(5);
        vm.retentionPercentProperty().set(84.6);
        vm.save(saved::add);
        assertEquals(1, saved.size(), shownErrors.toString());
        DeckPreset stored = service.presetOf(deck("K8s"));
        assertEquals(SchedulerKind.SM2, stored.scheduler());
        assertEquals(0.85, stored.desiredRetention());
        assertEquals(5, newCount("K8s"));
        assertEquals(5, newCount("Linux"), "Linux shares the Default preset");
    }

    @Test
    void badStepsBlockSavingWithTheMessageAndChangeNothing() throws Exception {
        DeckOptionsViewModel vm = vm("K8s");
        DeckPreset before = service.presetOf(deck("K8s"));
        vm.newPerDayProperty().set(3);
        vm.relearningStepsProperty().set("10m soon");
        assertEquals("Relearning steps: \"soon\" is not a step. Write steps like \"1m 10m 1h 1d\" "
                + "(s = seconds, m = minutes, h = hours, d = days).", vm.problemProperty().get());
        assertFalse(vm.canSaveProperty().get());
        vm.save(saved::add);
        assertTrue(saved.isEmpty());
        assertEquals(before, service.presetOf(deck("K8s")));
        vm.relearningStepsProperty().set("10m 1d");
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.canSaveProperty().get());
    }

    @Test
    void aNewPresetKeepsTheEditsAndOnlyItsDecksChange() throws Exception {
        DeckOptionsViewModel vm = vm("K8s");
        vm.newPerDayProperty().set(7);
        vm.includeSubDecksProperty().set(true);
        vm.createPreset("Exam");
        assertEquals("Exam", vm.presetProperty().get().name());
        assertEquals(7, vm.newPerDayProperty().get(), "edits carried into the new preset");
        assertTrue(vm.presetUsageProperty().get().contains("switches to it"), vm.presetUsageProperty().get());
        vm.save(saved::add);
        assertEquals("Exam", service.presetOf(deck("K8s")).name());
        assertEquals("Exam", service.presetOf(deck("K8s::Storage")).name());
        assertEquals("Default", service.presetOf(deck("Linux")).name());
        assertEquals(7, newCount("K8s"));
        assertEquals(20, newCount("Linux"));

        vm.renamePreset("Default");
        assertEquals(1, shownErrors.size());
        assertTrue(shownErrors.get(0).startsWith("A preset named \"Default\" already exists. | "), shownErrors.get(0));
        vm.renamePreset("CKA");
        assertEquals("CKA", service.presetOf(deck("K8s")).name());
        assertEquals("CKA", vm.presetProperty().get().name());
    }

    @Test
    void choosingAnotherPresetShowsItsOptions() throws Exception {
        DeckPreset exam = service.createPreset("Exam", service.presetOf(deck("K8s")).id());
        exam = service.updateOptions(exam.id(), io.deckhand.app.deckoptions.DeckOptions.of(exam)
                .with("learning-steps", "2m 1h").with("scheduler", "sm2"));
        DeckOptionsViewModel vm = vm("Linux");
        DeckPreset examStored = exam;
        vm.presetProperty().set(vm.presets().stream().filter(p -> p.id().equals(examStored.id())).findFirst().orElseThrow());
        assertEquals("2m 1h", vm.learningStepsProperty().get());
        assertEquals(SchedulerKind.SM2, vm.schedulerProperty().get());
        assertNotEquals(exam.id(), service.presetOf(deck("Linux")).id(), "nothing stored before Save");
        vm.save(saved::add);
        assertEquals(exam.id(), service.presetOf(deck("Linux")).id());
    }

    @Test
    void theRolloverHourIsStoredOnSave() throws Exception {
        DeckOptionsViewModel vm = vm("Linux");
        vm.rolloverHourProperty().set(6);
        assertEquals(4, service.rolloverHour());
        vm.save(saved::add);
        assertEquals(6, service.rolloverHour());
        assertEquals(6, vm("K8s").rolloverHourProperty().get());
    }

    @Test
    void anErrorFromTheCollectionIsShownAndTheFormStays() throws Exception {
        DeckOptionsViewModel vm = vm("Linux");
        col.services.library().addCard(new DeckName("Other"), "Q", "A", List.of());
        // the deck is deleted behind the dialog's back
        DeckId linux = deck("Linux");
        col.db.inTransaction(() -> {
            new io.deckhand.storage.SqliteDeckRepository(col.db, col.clock).delete(linux);
            return null;
        });
        vm.newPerDayProperty().set(9);
        vm.save(saved::add);
        assertTrue(saved.isEmpty());
        assertEquals(List.of("That deck no longer exists. | The deck options were left as they were."), shownErrors);
        assertEquals(9, vm.newPerDayProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(20, service.presetOf(deck("K8s")).newPerDay());
    }
}
