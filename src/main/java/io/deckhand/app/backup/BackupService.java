package io.deckhand.app.backup;

import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CollectionBackups;
import io.deckhand.domain.backup.BackupRetention;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups of the collection in {@code <data dir>/backups}: made on demand, on close and at most
 * every {@link #INTERVAL} while the collection changes; pruned as Anki prunes
 * ({@link BackupRetention}); restored only after the current state was backed up; and
 * "Check collection". Each backup is a SQLite snapshot (never a copy of the live file) named by
 * its local time, {@code deckhand-2026-03-02-10.00.00.sqlite}.
 */
public final class BackupService {
    /** The least time between two automatic backups. */
    public static final Duration INTERVAL = Duration.ofMinutes(30);
    public static final String FOLDER = "backups";

    /**
     * Backup names, made on first use: the service is built while the collection opens (start-up), and a
     * date-time formatter built there loaded java.time's formatting classes before the deck list showed.
     */
    private static final class Names {
        static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH.mm.ss");
        static final Pattern NAME = Pattern.compile("deckhand-(\\d{4}-\\d{2}-\\d{2}-\\d{2}\\.\\d{2}\\.\\d{2})(?:-(\\d{1,4}))?\\.sqlite");
    }
    private static final String TEMP_SUFFIX = ".tmp";
    /** A temporary file this old is left over from a backup that was killed. */
    private static final Duration STALE_TEMP = Duration.ofHours(1);

    /** What services holding collection state in memory do once the collection was replaced. */
    @FunctionalInterface
    public interface AfterRestore {
        void run() throws DeckhandException;
    }

    private final CollectionBackups store;
    private final Optional<Path> folder;
    private final Clock clock;
    private final AfterRestore afterRestore;
    private final BackupRetention.Limits limits;
    private long savedChanges;
    private Instant lastBackup;

    /**
     * @param folder       where backups go; empty for a collection that is not a file
     * @param afterRestore told after a restore, so services drop what they hold in memory (undo, settings)
     */
    public BackupService(CollectionBackups store, Optional<Path> folder, Clock clock, AfterRestore afterRestore)
            throws DeckhandException {
        this(store, folder, clock, afterRestore, BackupRetention.Limits.ANKI);
    }

    public BackupService(CollectionBackups store, Optional<Path> folder, Clock clock, AfterRestore afterRestore,
                         BackupRetention.Limits limits) throws DeckhandException {
        this.store = store;
        this.folder = store.isFile() ? folder : Optional.empty();
        this.clock = clock;
        this.afterRestore = afterRestore;
        this.limits = limits;
        this.savedChanges = this.folder.isPresent() ? store.changeCount() : 0;
    }

    /** Where backups are kept (empty when the collection is not a file). */
    public Optional<Path> folder() {
        return folder;
    }

    /** Makes a backup now and prunes old ones; returns the new file. */
    public synchronized Path backupNow() throws DeckhandException {
        Path dir = requireFolder();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot create the backup folder " + dir + ".", e);
        }
        sweepTemporaryFiles(dir);
        long changes = store.changeCount();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path target = freeName(dir, now);
        store.snapshotTo(target);
        savedChanges = changes;
        lastBackup = clock.instant();
        prune();
        return target;
    }

    /** The periodic backup: only when the collection changed since the last one and that is {@link #INTERVAL} old. */
    public synchronized Optional<Path> backupIfDue() throws DeckhandException {
        if (folder.isEmpty() || !changed()) return Optional.empty();
        Optional<Instant> last = lastBackupTime();
        Instant now = clock.instant();
        // A last backup "in the future" (the clock was set back) does not hold backups off.
        if (last.isPresent() && !last.get().isAfter(now) && Duration.between(last.get(), now).compareTo(INTERVAL) < 0) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** The backup on close: whenever the collection changed since the last backup. */
    public synchronized Optional<Path> backupIfChanged() throws DeckhandException {
        if (folder.isEmpty() || !changed()) return Optional.empty();
        return Optional.of(backupNow());
    }

    /** Whether the collection changed since the last backup made here (or since it was opened). */
    public synchronized boolean changed() throws DeckhandException {
        return folder.isPresent() && store.changeCount() != savedChanges;
    }

    /** The backups, newest first. */
    public List<Backup> backups() throws DeckhandException {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) return List.of();
        List<Backup> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder.get(), "deckhand-*.sqlite")) {
            for (Path f : files) taken(f).ifPresent(t -> out.add(new Backup(f, t)));
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot read the backup folder " + folder.get() + ".", e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    /** The backups, newest first, each with its counts read from the file (read-only). */
    public List<BackupSummary> list() throws DeckhandException {
        List<BackupSummary> out = new ArrayList<>();
        for (Backup b : backups()) {
            try {
                out.add(new BackupSummary(b, Optional.of(store.inspect(b.file(), false)), Optional.empty()));
            } catch (DeckhandException e) {
                out.add(new BackupSummary(b, Optional.empty(), Optional.of(e.getMessage())));
            }
        }
        return out;
    }

    /** What a backup (or any collection file) holds, after checking that it can be restored. */
    public CollectionBackups.Contents inspect(Path file) throws DeckhandException {
        if (!Files.isRegularFile(file)) throw new InvalidInputException(file + " does not exist or is not a file.");
        return store.inspect(file, true);
    }

    /**
     * Replaces the collection with {@code file} after checking it and backing up the current
     * state; returns that backup. Nothing changes when the file is refused.
     */
    public synchronized Path restore(Path file) throws DeckhandException {
        requireFolder();
        inspect(file);
        Path before = backupNow();
        store.restoreFrom(file);
        afterRestore.run();
        savedChanges = store.changeCount();
        return before;
    }

    /**
     * Checks the collection; when something can be repaired, backs it up first, then repairs.
     * Without a backup (none possible or it failed) nothing is changed.
     */
    public synchronized CheckResult check() throws DeckhandException {
        CollectionBackups.CheckReport first = store.check(false);
        if (first.healthy() || !first.repairable()) {
            return new CheckResult(first.found(), List.of(), first.unresolved(), Optional.empty());
        }
        Path before;
        try {
            before = backupNow();
        } catch (DeckhandException e) {
            List<String> left = new ArrayList<>(first.found());
            left.add("Nothing was repaired, because a backup could not be made first: " + e.getMessage());
            return new CheckResult(first.found(), List.of(), left, Optional.empty());
        }
        CollectionBackups.CheckReport fixed = store.check(true);
        return new CheckResult(fixed.found(), fixed.repaired(), fixed.unresolved(), Optional.of(before));
    }

    private Path requireFolder() throws CollectionException {
        return folder.orElseThrow(() -> new CollectionException("This collection is not a file, so it has no backups."));
    }

    private Optional<Instant> lastBackupTime() throws DeckhandException {
        if (lastBackup == null) {
            List<Backup> all = backups();
            if (!all.isEmpty()) lastBackup = all.get(0).takenAt().atZone(clock.getZone()).toInstant();
        }
        return Optional.ofNullable(lastBackup);
    }

    private void prune() throws DeckhandException {
        List<Backup> all = backups();
        Map<LocalDateTime, Path> byTime = new HashMap<>();
        for (Backup b : all) byTime.put(b.takenAt(), b.file());
        for (LocalDateTime t : BackupRetention.toDelete(byTime.keySet(), LocalDateTime.now(clock).toLocalDate(), limits)) {
            try {
                Files.deleteIfExists(byTime.get(t));
            } catch (IOException e) {
                // kept for now; the next backup tries again
            }
        }
    }

    private void sweepTemporaryFiles(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TEMP_SUFFIX)) {
            for (Path f : files) {
                Instant modified = Files.getLastModifiedTime(f).toInstant();
                if (modified.plus(STALE_TEMP).isBefore(clock.instant())) Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a left-over temporary file only costs space
        }
    }

    private static Path freeName(Path dir, LocalDateTime now) {
        String stamp = Names.STAMP.format(now);
        Path p = dir.resolve("deckhand-" + stamp + ".sqlite");
        for (int n = 2; Files.exists(p) || Files.exists(p.resolveSibling(p.getFileName() + TEMP_SUFFIX)); n++) {
            p = dir.resolve("deckhand-" + stamp + "-" + n + ".sqlite");
        }
        return p;
    }

    /** When a backup was taken, from its name; a second one in the same second sorts after the first. */
    static Optional<LocalDateTime> taken(Path file) {
        Matcher m = Names.NAME.matcher(file.getFileName().toString());
        if (!m.matches()) return Optional.empty();
        try {
            LocalDateTime t = LocalDateTime.parse(m.group(1), Names.STAMP);
            return Optional.of(m.group(2) == null ? t : t.plusNanos(Integer.parseInt(m.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
