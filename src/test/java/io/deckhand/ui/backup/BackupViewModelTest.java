package io.deckhand.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.backup.BackupSummary;
import io.deckhand.app.backup.CheckResult;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupViewModelTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final List<String> toasts = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private int reloads;
    private Database db;
    private AppServices services;
    private BackupViewModel vm;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Bootstrap.COLLECTION_FILE));
        services = Bootstrap.wire(db, clock);
        vm = new BackupViewModel(services::backups, new SameThreadTaskRunner(),
                (DeckhandException e, String unchanged) -> errors.add(e.getMessage() + " " + unchanged), toasts::add, () -> reloads++);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backUpThenRestoreReloadsTheScreensAndSaysWhatHappened() throws Exception {
        Card card = services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
        vm.backupNow();
        assertEquals(List.of("Backed up to deckhand-2026-03-02-10.00.00.sqlite"), toasts);
        clock.advance(Duration.ofMinutes(1));
        services.library().addCard(new DeckName("K8s"), "Q2", "A2", List.of());

        List<List<BackupSummary>> shown = new ArrayList<>();
        vm.loadBackups(shown::add);
        assertEquals(1, shown.get(0).size());
        assertEquals(1, shown.get(0).get(0).contents().orElseThrow().cards());

        vm.restore(shown.get(0).get(0).backup());
        assertEquals(List.of(), errors);
        assertEquals(1, reloads);
        assertTrue(toasts.get(1).startsWith("Restored the backup of Mon 2 Mar 2026, 10:00:00"), toasts.get(1));
        assertTrue(toasts.get(1).endsWith("deckhand-2026-03-02-10.01.00.sqlite"), toasts.get(1));
        assertEquals(1, services.library().cardCount());
        assertEquals(card.front(), services.library().card(card.id()).front());
    }

    @Test
    void aBackupThatCannotBeRestoredShowsAnErrorAndReloadsNothing() throws Exception {
        services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
        vm.backupNow();
        List<List<BackupSummary>> shown = new ArrayList<>();
        vm.loadBackups(shown::add);
        java.nio.file.Files.writeString(shown.get(0).get(0).backup().file(), "overwritten");
        vm.restore(shown.get(0).get(0).backup());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).endsWith("Your collection was left as it was."), errors.get(0));
        assertEquals(0, reloads);
        assertEquals(1, services.library().cardCount());
    }

    @Test
    void checkHandsOverTheReport() {
        List<CheckResult> reports = new ArrayList<>();
        vm.check(reports::add);
        assertTrue(reports.get(0).healthy());
        assertEquals(0, reloads, "nothing repaired, nothing to reload");
    }
}
