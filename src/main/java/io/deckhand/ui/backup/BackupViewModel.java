package io.deckhand.ui.backup;

import io.deckhand.app.backup.Backup;
import io.deckhand.app.backup.BackupService;
import io.deckhand.app.backup.BackupSummary;
import io.deckhand.app.backup.CheckResult;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** File menu's backup actions, off the FX thread: back up now, restore a backup, check the collection. */
public final class BackupViewModel {
    /** A backup's time as the menu's dialogs show it ("Mon 2 Mar 2026, 10:00:00"). */
    static String when(java.time.temporal.TemporalAccessor t) {
        return When.FORMAT.format(t);
    }

    /**
     * Made on first use: this class loads with the File menu, built for the first frame, and the
     * formatter's day and month names would load the locale's text data on the FX thread there.
     */
    private static final class When {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss");
    }

    private final Supplier<BackupService> backups;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final Consumer<String> toast;
    private final Runnable collectionChanged;

    /**
     * @param collectionChanged run on the FX thread after a restore or a repair, so screens read the collection again
     */
    public BackupViewModel(Supplier<BackupService> backups, TaskRunner tasks, ErrorPresenter errors,
                           Consumer<String> toast, Runnable collectionChanged) {
        this.backups = backups;
        this.tasks = tasks;
        this.errors = errors;
        this.toast = toast;
        this.collectionChanged = collectionChanged;
    }

    public void backupNow() {
        BackupService b = backups.get();
        if (b == null) return;
        tasks.run(b::backupNow, file -> toast.accept("Backed up to " + file.getFileName()),
                e -> errors.show(e, "No backup was made; your collection is unchanged."));
    }

    /** Reads the backups with their counts, then hands them to {@code show}. */
    public void loadBackups(Consumer<List<BackupSummary>> show) {
        BackupService b = backups.get();
        if (b == null) return;
        tasks.run(b::list, show, e -> errors.show(e, "Nothing was restored."));
    }

    public void restore(Backup backup) {
        BackupService b = backups.get();
        if (b == null) return;
        tasks.run(() -> b.restore(backup.file()), before -> {
            collectionChanged.run();
            toast.accept("Restored the backup of " + when(backup.takenAt())
                    + ". The collection as it was is kept as " + before.getFileName());
        }, e -> errors.show(e, "Your collection was left as it was."));
    }

    /** Runs "Check collection" and hands the report to {@code show}. */
    public void check(Consumer<CheckResult> show) {
        BackupService b = backups.get();
        if (b == null) return;
        tasks.run(b::check, r -> {
            if (!r.repaired().isEmpty()) collectionChanged.run();
            show.accept(r);
        }, e -> errors.show(e, "Nothing was repaired."));
    }
}
