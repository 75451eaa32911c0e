package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync between devices sharing one folder, by example: conflicts, waiting, bad input. */
class SyncServiceTest {
    @TempDir
    Path dir;

    private final List<Database> open = new ArrayList<>();

    private AppServices device(String name) throws Exception {
        return device(name, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")));
    }

    private AppServices device(String name, MutableClock clock) throws Exception {
        Database db = Database.open(dir.resolve(name + ".sqlite"));
        open.add(db);
        AppServices s = Bootstrap.wire(db, clock);
        s.sync().setDeviceName(name);
        return s;
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private Path shared() throws Exception {
        return Files.createDirectories(dir.resolve("shared"));
    }

    @Test
    void cardsAndAnswersMadeOnOneDeviceArriveOnTheOther() throws Exception {
        AppServices laptop = device("Laptop");
        AppServices desktop = device("Desktop");
        Card card = laptop.library().addCard(new DeckName("Kube"), "What runs a pod?", "The kubelet", List.of("k8s"));
        laptop.sync().setFolder(shared());
        laptop.study().answer(card.id(), Rating.GOOD, Duration.ofSeconds(4));
        laptop.sync().syncNow();

        desktop.sync().setFolder(shared());
        SyncReport r = desktop.sync().syncNow();
        assertTrue(r.applied() > 0);
        assertTrue(r.waiting().isEmpty(), r.waiting().toString());
        var rows = desktop.browse().search("");
        assertEquals(1, rows.size());
        assertEquals("What runs a pod?", rows.get(0).front());
        assertEquals(1, rows.get(0).reviews());
        assertEquals("Laptop", r.devices().get(0).name());
    }

    @Test
    void rivalEditsKeepTheLoserAsAConflictAndSequentialEditsDoNot() throws Exception {
        AppServices a = device("A");
        AppServices b = device("B");
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();
        Card onB = b.library().card(b.browse().search("").get(0).id());

        // sequential: B edits after receiving A's card; A takes it without a conflict
        b.library().editCard(onB.id(), "Front 2", "Back", List.of(), new DeckName("Kube"));
        b.sync().syncNow();
        a.sync().syncNow();
        assertEquals("Front 2", a.library().card(card.id()).front());
        assertTrue(a.sync().conflicts().isEmpty(), a.sync().conflicts().toString());

        // rivals: both edit the back offline; the later stamp wins on both, the other is kept
        a.library().editCard(card.id(), "Front 2", "Back from A", List.of(), new DeckName("Kube"));
        b.library().editCard(onB.id(), "Front 2", "Back from B", List.of(), new DeckName("Kube"));
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
        String winner = a.library().card(card.id()).back();
        assertEquals(winner, b.library().card(onB.id()).back());
        String loser = winner.equals("Back from A") ? "Back from B" : "Back from A";
        List<SyncConflict> both = new ArrayList<>(a.sync().conflicts());
        both.addAll(b.sync().conflicts());
        assertEquals(2, both.size(), "each device keeps the losing edit: " + both);
        for (SyncConflict c : both) {
            assertEquals("back", c.field());
            assertEquals(winner, c.kept());
            assertEquals(loser, c.lost());
        }
    }

    @Test
    void usingTheOtherValueWritesItAsANewEditThatEveryDeviceTakesAndKeepingClosesTheConflict() throws Exception {
        AppServices a = device("A");
        AppServices b = device("B");
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();
        Card onB = b.library().card(b.browse().search("").get(0).id());
        a.library().editCard(card.id(), "Front", "Back from A", List.of(), new DeckName("Kube"));
        b.library().editCard(onB.id(), "Front", "Back from B", List.of(), new DeckName("Kube"));
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
        String winner = a.library().card(card.id()).back();
        String loser = winner.equals("Back from A") ? "Back from B" : "Back from A";
        assertEquals(1, a.sync().conflicts().size());
        assertEquals(1, b.sync().conflicts().size());

        a.sync().useOtherValue(a.sync().conflicts().get(0).id());
        assertEquals(loser, a.library().card(card.id()).back(), "the value that lost is back here at once");
        assertTrue(a.sync().conflicts().isEmpty(), "closed");
        assertTrue(a.sync().status().pending() > 0, "recorded as an edit, waiting for the journal");
        assertTrue(a.sync().syncNow().written() > 0, "written to the journal like any edit");
        SyncReport onBReport = b.sync().syncNow();
        assertEquals(loser, b.library().card(onB.id()).back(), "synced like any edit");
        assertEquals(0, onBReport.conflicts(), "an edit made on top of the kept value is no rival");

        long stillOpen = b.sync().conflicts().get(0).id();
        b.sync().keepConflict(stillOpen);
        assertTrue(b.sync().conflicts().isEmpty());
        assertTrue(b.sync().status().conflicts().isEmpty(), "status counts only open conflicts");
        assertEquals(loser, b.library().card(onB.id()).back(), "keeping changes no value");
        InvalidInputException again = assertThrows(InvalidInputException.class, () -> b.sync().keepConflict(stillOpen));
        assertTrue(again.getMessage().contains("already closed"), again.getMessage());
        assertThrows(InvalidInputException.class, () -> a.sync().useOtherValue(stillOpen + 1000));
        assertEquals(loser, a.library().card(card.id()).back(), "a refused action changes nothing");
    }

    @Test
    void aCardOnANoteFromAThirdDeviceWaitsUntilThatJournalArrives() throws Exception {
        AppServices a = device("A");
        AppServices b = device("B");
        AppServices c = device("C");
        Path forA = Files.createDirectories(dir.resolve("a-view"));
        Path forB = Files.createDirectories(dir.resolve("b-view"));
        Path forC = Files.createDirectories(dir.resolve("c-view"));
        a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(forA);
        b.sync().setFolder(forB);
        c.sync().setFolder(forC);
        copyJournal(forA, forB, a.sync().deviceId());
        b.sync().syncNow();
        // B answers A's card; C gets B's journal but not yet A's
        b.study().answer(b.browse().search("").get(0).id(), Rating.GOOD, Duration.ofSeconds(3));
        b.sync().writeJournal();
        copyJournal(forB, forC, b.sync().deviceId());
        SyncReport early = c.sync().syncNow();
        assertEquals(1, early.waiting().size(), early.toString());
        assertTrue(early.waiting().get(0).reason().contains("not received yet"), early.waiting().get(0).reason());
        assertEquals("B", early.waiting().get(0).deviceName());
        assertEquals(1, c.sync().status().waiting().size(), "status keeps what waits");

        copyJournal(forA, forC, a.sync().deviceId());
        SyncReport later = c.sync().syncNow();
        assertTrue(later.waiting().isEmpty(), later.toString());
        assertEquals(1, c.browse().search("").get(0).reviews());
    }

    @Test
    void conflictCopiesAreNamedInStatusAndNeverApplied() throws Exception {
        AppServices a = device("A");
        AppServices b = device("B");
        a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        Path journal = shared().resolve(SyncService.ROOT).resolve(a.sync().deviceId());
        Path segment = journal.resolve(JournalFiles.segmentName(1));
        Files.copy(segment, journal.resolve("000000000001.sync-conflict-20261207-101010-ABCDEFG.jsonl"));
        b.sync().setFolder(shared());
        SyncReport r = b.sync().syncNow();
        assertEquals(1, r.ignored().size(), r.toString());
        assertEquals(1, b.browse().search("").size(), "the card arrives once");
        assertEquals(1, b.sync().status().ignored().size());
    }

    @Test
    void editsOfDifferentFieldsOfOneNoteOnTwoDevicesBothStay() throws Exception {
        AppServices a = device("A");
        AppServices b = device("B");
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();
        var notesA = new io.deckhand.storage.SqliteNoteRepository(open.get(0), new MutableClock(Instant.parse("2026-03-02T11:00:00Z")));
        var notesB = new io.deckhand.storage.SqliteNoteRepository(open.get(1), new MutableClock(Instant.parse("2026-03-02T11:00:00Z")));
        io.deckhand.domain.note.Note onA = open.get(0).read(() -> notesA.find(card.noteId()).orElseThrow());
        io.deckhand.domain.note.Note onB = open.get(1).read(() -> notesB.findByGuid(onA.guid()).orElseThrow());
        open.get(0).inTransaction(() -> {
            notesA.update(new io.deckhand.domain.note.Note(onA.id(), onA.guid(), onA.noteType(),
                    List.of("Front from A", "Back"), onA.source(), onA.contentHash()));
            return null;
        });
        open.get(1).inTransaction(() -> {
            notesB.update(new io.deckhand.domain.note.Note(onB.id(), onB.guid(), onB.noteType(),
                    List.of("Front", "Back from B"), onB.source(), onB.contentHash()));
            return null;
        });
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
        List<String> expected = List.of("Front from A", "Back from B");
        assertEquals(expected, open.get(0).read(() -> notesA.find(onA.id()).orElseThrow()).fields());
        assertEquals(expected, open.get(1).read(() -> notesB.find(onB.id()).orElseThrow()).fields());
        assertTrue(a.sync().conflicts().isEmpty() && b.sync().conflicts().isEmpty(), "no field was edited twice");
    }

    @Test
    void aNewPresetGivenToADeckAndItsChangedOptionsArrive() throws Exception {
        AppServices a = device("A");
        AppServices b = device("B");
        a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();

        var kubeOnA = a.deckOptions().deckNamed("Kube");
        var exam = a.deckOptions().createPreset("Exam", a.deckOptions().presetOf(kubeOnA.id()).id());
        a.deckOptions().assignPreset(kubeOnA.id(), exam.id(), false);
        a.deckOptions().renamePreset(exam.id(), "Exam week");
        var options = a.deckOptions().presetOf(kubeOnA.id());
        a.sync().syncNow();
        b.sync().syncNow();

        var onB = b.deckOptions().presetOf(b.deckOptions().deckNamed("Kube").id());
        assertEquals("Exam week", onB.name());
        assertEquals(options.desiredRetention(), onB.desiredRetention());
        assertEquals(options.learningSteps(), onB.learningSteps());
        assertEquals(2, b.deckOptions().presets().size());
    }

    @Test
    void badInputIsRefusedInTheUsersWordsAndChangesNothing() throws Exception {
        AppServices a = device("A");
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> a.sync().syncNow());
        assertTrue(none.getMessage().contains("sync folder PATH"), none.getMessage());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> a.sync().setFolder(dir.resolve("no-such-folder")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertTrue(a.sync().folder().isEmpty());
        assertThrows(InvalidInputException.class, () -> a.sync().setDeviceName("  "));
        assertThrows(InvalidInputException.class, () -> a.sync().setDeviceName("two\nlines"));
        assertEquals("A", a.sync().deviceName());
    }

    @Test
    void nothingIsRecordedBeforeAFolderIsChosenAndTheWholeCollectionGoesInWhenItIs() throws Exception {
        AppServices a = device("A");
        a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        assertEquals(0, a.sync().status().pending());
        a.sync().setFolder(shared());
        SyncStatus s = a.sync().status();
        assertEquals(0, s.pending(), "written to the journal");
        assertTrue(s.journalLines() >= 4, "preset, deck, note, card: " + s.journalLines());
    }

    @Test
    void twoDevicesThatImportedOnePackageBeforeSyncingHoldItOnceAndRecordOnlyOnceAFolderIsSet() throws Exception {
        AppServices source = device("Source");
        for (int i = 0; i < 3; i++) source.library().addCard(new DeckName("Kube"), "Q" + i, "A" + i, List.of());
        Path pkg = dir.resolve("kube.apkg");
        source.exchange().exportDeck(new DeckName("Kube"), io.deckhand.app.exchange.ExchangeFormat.APKG, pkg, false,
                io.deckhand.app.progress.ProgressListener.NONE);
        AppServices a = device("A");
        AppServices b = device("B");
        for (AppServices d : List.of(a, b)) {
            d.exchange().importFile(pkg, io.deckhand.app.exchange.ImportOptions.defaults(),
                    io.deckhand.app.progress.ProgressListener.NONE);
        }
        // no folder: no recording at all (nothing waits to be written)
        var cardOnA = a.browse().search("").get(0).id();
        a.study().answer(cardOnA, Rating.GOOD, Duration.ofSeconds(3));
        assertEquals(0, a.sync().status().pending());

        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
        assertEquals(3, b.browse().search("").size(), "the same notes, named alike on both, are one set");
        assertEquals(3, a.browse().search("").size());
        assertEquals(1, b.browse().search("").stream().mapToInt(r -> r.reviews()).sum(), "the answer given before syncing");
        // recording now: an edit on B arrives on A
        var cardOnB = b.browse().search("").get(1).id();
        b.study().answer(cardOnB, Rating.EASY, Duration.ofSeconds(2));
        b.sync().syncNow();
        a.sync().syncNow();
        assertEquals(2, a.browse().search("").stream().mapToInt(r -> r.reviews()).sum());
    }

    @Test
    void aResetOnOneDeviceArrivesAndAnAnswerGivenAfterItGoesOnFromTheResetState() throws Exception {
        MutableClock clockA = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        MutableClock clockB = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        AppServices a = device("A", clockA);
        AppServices b = device("B", clockB);
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.study().answer(card.id(), Rating.GOOD, Duration.ofSeconds(3));
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();
        var onB = b.browse().search("").get(0).id();

        // offline: A answers before B's reset; B resets, then answers the card as new
        clockA.advance(Duration.ofDays(3));
        clockB.advance(Duration.ofDays(4));
        a.study().answer(card.id(), Rating.EASY, Duration.ofSeconds(3));
        b.browse().reset(List.of(onB));
        clockB.advance(Duration.ofMinutes(5));
        b.study().answer(onB, Rating.GOOD, Duration.ofSeconds(3));
        b.sync().syncNow();
        a.sync().syncNow();
        b.sync().syncNow();

        Card onA = a.library().card(card.id());
        Card fromB = b.library().card(onB);
        assertEquals(fromB.scheduling(), onA.scheduling(), "both devices hold one schedule");
        assertEquals(1, onA.scheduling().reps(), "the answer after the reset starts from a new card");
        for (String device : List.of("A", "B")) {
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(device + ".sqlite"));
                 var rs = c.createStatement().executeQuery("SELECT count(*) FROM review_log")) {
                assertEquals(3, rs.getInt(1), "every answer stays in " + device + "'s log");
            }
        }
    }

    @Test
    void anAnswerGivenAgainIsRescheduledWithThePresetsNewOptionsOnEveryDevice() throws Exception {
        MutableClock clockA = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        MutableClock clockB = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        AppServices a = device("A", clockA);
        AppServices b = device("B", clockB);
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();
        var onB = b.browse().search("").get(0).id();

        // both answer the new card offline: on A, B's later answer is answered again by the preset's scheduler
        clockA.advance(Duration.ofHours(1));
        clockB.advance(Duration.ofHours(2));
        a.study().answer(card.id(), Rating.GOOD, Duration.ofSeconds(3));
        b.study().answer(onB, Rating.EASY, Duration.ofSeconds(3));
        b.sync().syncNow();
        a.sync().syncNow();
        var before = a.library().card(card.id()).scheduling();

        // A then lowers the preset's retention; B gets A's answer and the change in one sync
        clockA.advance(Duration.ofMinutes(5));
        var kube = a.deckOptions().deckNamed("Kube");
        var preset = a.deckOptions().presetOf(kube.id());
        var options = io.deckhand.app.deckoptions.DeckOptions.of(preset);
        a.deckOptions().updateOptions(preset.id(), new io.deckhand.app.deckoptions.DeckOptions(options.scheduler(),
                0.75, options.learningSteps(), options.relearningSteps(), options.maximumIntervalDays(),
                options.newPerDay(), options.reviewsPerDay(), options.fuzz()));
        a.sync().syncNow();
        b.sync().syncNow();

        var onA = a.library().card(card.id()).scheduling();
        assertTrue(!onA.equals(before), "A answers again with the new options too");
        assertEquals(b.library().card(onB).scheduling(), onA, "both devices hold one schedule");
    }

    @Test
    void stampsComeFromTheDevicesClockAndAnEditMadeAfterSeeingAnotherWinsWithAClockAnHourBehind() throws Exception {
        MutableClock clockA = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        MutableClock clockB = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        AppServices a = device("A", clockA);
        AppServices b = device("B", clockB);
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();

        clockA.advance(Duration.ofMinutes(5));
        a.library().editCard(card.id(), "From A", "Back", List.of(), new DeckName("Kube"));
        a.sync().syncNow();
        JournalLine fromA = lastLine(a);
        assertEquals(clockA.millis(), fromA.ts(), "A's edit is stamped with A's clock");

        // B, an hour behind, edits the card after it has A's edit: the hybrid clock puts B's edit after A's
        b.sync().syncNow();
        clockB.advance(Duration.ofMinutes(10));
        var onB = b.browse().search("").get(0);
        b.library().editCard(onB.id(), "From B", "Back", List.of(), new DeckName("Kube"));
        b.sync().syncNow();
        a.sync().syncNow();
        JournalLine fromB = lastLine(b);
        assertTrue(clockB.millis() < fromA.ts(), "B's clock is behind A's edit");
        assertEquals(fromA.ts() + 1, fromB.ts(), "one more than the latest stamp B has seen");
        assertEquals("From B", a.library().card(card.id()).front());
        assertEquals("From B", b.library().card(onB.id()).front());
        assertTrue(a.sync().conflicts().isEmpty() && b.sync().conflicts().isEmpty(), "B edited on top of A's edit");
    }

    private JournalLine lastLine(AppServices device) throws Exception {
        var lines = new JournalFiles(shared().resolve(SyncService.ROOT).resolve(device.sync().deviceId())).read(1).lines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aDueDateSetByHandArrivesAndTheLaterOfTwoSetsWins() throws Exception {
        MutableClock clockA = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        MutableClock clockB = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        AppServices a = device("A", clockA);
        AppServices b = device("B", clockB);
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();
        var onB = b.browse().search("").get(0).id();

        a.browse().reschedule(List.of(card.id()), 10);
        clockB.advance(Duration.ofHours(1));
        b.browse().reschedule(List.of(onB), 3);
        a.sync().syncNow();
        b.sync().syncNow();
        a.sync().syncNow();
        assertEquals(b.library().card(onB).scheduling(), a.library().card(card.id()).scheduling());
        assertEquals(3, a.browse().search("").get(0).intervalDays(), "B set it later");

        // the undo of a set is a set too (back to what B held before: a new card), and travels
        b.study().undoHistory().undo();
        b.sync().syncNow();
        a.sync().syncNow();
        assertEquals(b.library().card(onB).scheduling(), a.library().card(card.id()).scheduling());
        assertEquals(io.deckhand.domain.schedule.CardState.NEW, a.browse().search("").get(0).state());
    }

    @Test
    void buryingAndUnburyingByHandArrive() throws Exception {
        AppServices a = device("A");
        AppServices b = device("B");
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        a.sync().setFolder(shared());
        b.sync().setFolder(shared());
        b.sync().syncNow();
        a.browse().bury(List.of(card.id()));
        a.sync().syncNow();
        b.sync().syncNow();
        assertTrue(b.browse().search("").get(0).buried());
        b.browse().unbury(List.of(b.browse().search("").get(0).id()));
        b.sync().syncNow();
        a.sync().syncNow();
        assertTrue(!a.browse().search("").get(0).buried());
    }

    private static void copyJournal(Path fromView, Path toView, String device) throws Exception {
        Path src = fromView.resolve(SyncService.ROOT).resolve(device);
        Path dst = Files.createDirectories(toView.resolve(SyncService.ROOT).resolve(device));
        try (var files = Files.list(src)) {
            for (Path f : files.toList()) {
                Files.copy(f, dst.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
