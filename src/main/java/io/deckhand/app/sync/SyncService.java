package io.deckhand.app.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.SettingsRepository;
import io.deckhand.app.port.SyncStore;
import io.deckhand.app.port.SyncStore.Register;
import io.deckhand.app.port.SyncStore.Stamp;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.FuzzSeed;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.select.Schedulers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps collections on several devices in step through a folder a sync program (Syncthing,
 * Nextcloud, Dropbox, ...) shares: each device appends its changes to its own journal there and
 * applies the others' journals (docs/sync.md). Files only; never the network.
 */
public final class SyncService {
    public static final String FOLDER_KEY = "sync.folder";
    public static final String NAME_KEY = "sync.device_name";
    /** The folder inside the shared folder that holds one journal folder per device. */
    public static final String ROOT = "deckhand-sync";
    /** Each device's own status file in its journal folder: its name, last sync and what it applied. */
    public static final String STATUS_FILE = "device.json";
    private static final int BATCH = 2_000;
    /** Values only an add carries: a card's note and first scheduling, a deck's creation time. */
    private static final Set<String> ADD_ONLY = Set.of("card:note", "card:sched", "deck:created_ms");
    /**
     * The register of a card's schedule set by hand (reset, set due date): its value {"at", "sched"}.
     * Kept apart from the add's "sched" register, which is where the card started, not a set.
     */
    static final String SCHEDULE_SET = "sched_set";
    /** A preset's values its scheduler reads: a change re-answers the cards under it that were answered again. */
    private static final Set<String> SCHEDULER_FIELDS = Set.of("scheduler", "desired_retention", "learning_steps",
            "relearning_steps", "max_interval", "fuzz", "fsrs_weights");

    private final Transactions tx;
    private final SyncStore store;
    private final SettingsRepository settings;
    private final Clock clock;
    private final Compaction compaction;
    private final SyncLock lock;

    /** How long a sync waits for another process's sync of the same collection before it gives up. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    /**
     * {@code collectionFile}: where the collection lives (empty: in memory); the sync lock is the file
     * beside it, so the app and a {@code sync now} never write one journal at once.
     */
    public SyncService(Transactions tx, SyncStore store, SettingsRepository settings, Clock clock,
                       Optional<Path> collectionFile) {
        this(tx, store, settings, clock, collectionFile, LOCK_WAIT);
    }

    public SyncService(Transactions tx, SyncStore store, SettingsRepository settings, Clock clock,
                       Optional<Path> collectionFile, Duration lockWait) {
        this.tx = Objects.requireNonNull(tx);
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
        this.compaction = new Compaction(clock);
        this.lock = new SyncLock(SyncLock.beside(collectionFile), lockWait);
    }

    public synchronized Optional<Path> folder() throws DeckhandException {
        return tx.read(() -> settings.get(FOLDER_KEY)).map(Path::of);
    }

    /**
     * Syncs through {@code folder} from now on. The first folder (or a new one) gets this device's
     * whole collection as its journal's start, so a device that joins later receives it all.
     */
    public synchronized void setFolder(Path folder) throws DeckhandException {
        lock.holding(() -> {
            setFolderLocked(folder);
            return null;
        });
    }

    private void setFolderLocked(Path folder) throws DeckhandException {
        Path abs = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new InvalidInputException("The sync folder " + abs + " does not exist or is not a folder. "
                    + "Choose the folder your sync program (Syncthing, Nextcloud, Dropbox, ...) keeps in step.");
        }
        String me = deviceId();
        long already;
        try {
            already = new JournalFiles(abs.resolve(ROOT).resolve(me)).lastWritten();
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot read its journal in " + abs + ": " + e.getMessage(), e);
        }
        Optional<Path> old = folder();
        tx.inTransaction(() -> {
            rememberOwnLinesBeyond(store.nextJournalSeq() - 1, already);
            settings.put(FOLDER_KEY, abs.toString());
            if (old.isEmpty() || !old.get().equals(abs) || !store.recording()) store.restartRecording(already);
            return null;
        });
        writeJournal();
        writeStatusFile(abs.resolve(ROOT), me, tx.read(store::applied));
    }

    /**
     * On open: a collection with a sync folder records its changes. Recording (its triggers) exists
     * only while a folder is set; if it is missing, the whole collection goes into the journal again
     * as added (applied elsewhere as a merge), so nothing changed meanwhile is left out.
     */
    public synchronized void ensureRecording() throws DeckhandException {
        if (folder().isEmpty() || tx.read(store::recording)) return;
        lock.holding(() -> {
            ensureRecordingLocked();
            return null;
        });
    }

    private void ensureRecordingLocked() throws DeckhandException {
        Optional<Path> folder = folder();
        if (folder.isEmpty() || tx.read(store::recording)) return;
        long known = tx.read(store::nextJournalSeq) - 1;
        long already = known;
        try {
            already = Math.max(already, new JournalFiles(folder.get().resolve(ROOT).resolve(deviceId())).lastWritten());
        } catch (IOException e) {
            // the folder is away (a drive not connected): the next sync reads its journal's end again
        }
        long continueAfter = already;
        tx.inTransaction(() -> {
            rememberOwnLinesBeyond(known, continueAfter);
            store.restartRecording(continueAfter);
            return null;
        });
    }

    public synchronized String deviceId() throws DeckhandException {
        return tx.read(store::deviceId);
    }

    public synchronized String deviceName() throws DeckhandException {
        String id = deviceId();
        return tx.read(() -> settings.get(NAME_KEY)).orElse("Device " + id.substring(0, Math.min(6, id.length())));
    }

    public synchronized void setDeviceName(String name) throws DeckhandException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new InvalidInputException("Give this device a name, such as Laptop or Desktop.");
        if (n.length() > 80 || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("A device name is one line of at most 80 characters.");
        }
        tx.inTransaction(() -> {
            settings.put(NAME_KEY, n);
            return null;
        });
    }

    /** Writes this device's committed changes to its journal; the number of lines written. */
    public synchronized int writeJournal() throws DeckhandException {
        return lock.holding(() -> writeJournalLocked());
    }

    private int writeJournalLocked() throws DeckhandException {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) return 0;
        JournalFiles own = new JournalFiles(folder.get().resolve(ROOT).resolve(deviceId()));
        try {
            long last = own.lastWritten();
            long journalEnd = last;
            tx.inTransaction(() -> {
                // after a restored backup the journal may hold lines the collection does not know of:
                // they are applied again at the next sync, and new lines are numbered after them
                rememberOwnLinesBeyond(store.nextJournalSeq() - 1, journalEnd);
                store.journalHolds(journalEnd);
                Applying run = new Applying();
                fold(run.touched);
                recompute(run);
                return null;
            });
            int written = 0;
            long after = 0;
            while (true) {
                long from = after;
                List<SyncStore.OutboxRow> rows = tx.read(() -> store.outbox(from, BATCH));
                if (rows.isEmpty()) break;
                List<String> lines = new ArrayList<>();
                long first = -1;
                for (SyncStore.OutboxRow r : rows) {
                    after = r.seq();
                    if (r.line() == null || r.line().isEmpty() || r.journalSeq() == null || r.journalSeq() <= last) continue;
                    if (r.journalSeq() != last + lines.size() + 1) {
                        throw new CollectionException("Deckhand's journal in " + own.dir() + " ends at line " + last
                                + " but the next change to write is line " + r.journalSeq()
                                + ". Choose the sync folder again to start this device's journal anew.");
                    }
                    if (first < 0) first = r.journalSeq();
                    lines.add(r.line());
                }
                own.append(lines, first);
                last += lines.size();
                written += lines.size();
                long done = last;
                tx.inTransaction(() -> {
                    store.dropWritten(done);
                    return null;
                });
            }
            return written;
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot write its journal in " + own.dir() + ": " + e.getMessage()
                    + ". Your changes are kept and are written at the next sync.", e);
        }
    }

    /** Writes this device's changes, then applies every other device's journal as far as it can. */
    public synchronized SyncReport syncNow() throws DeckhandException {
        return lock.holding(() -> syncNowLocked());
    }

    private SyncReport syncNowLocked() throws DeckhandException {
        Path folder = folder().orElseThrow(() -> new InvalidInputException(
                "No sync folder is chosen yet. Choose one with: deckhand sync folder PATH"));
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("The sync folder " + folder + " is not there (is the drive connected?). "
                    + "Nothing was changed.");
        }
        int written = writeJournal();
        Path root = folder.resolve(ROOT);
        String me = deviceId();
        Optional<long[]> own = tx.read(() -> settings.get(OWN_LINES_KEY)).flatMap(SyncService::range);
        Map<String, SyncStore.Applied> applied = tx.read(store::applied);
        Map<String, JournalFiles.Read> reads = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        try {
            for (String dev : deviceDirs(root)) {
                JournalFiles files = new JournalFiles(root.resolve(dev));
                for (String copy : files.conflictCopies()) ignored.add(dev + "/" + copy);
                if (dev.equals(me)) {
                    if (own.isPresent()) reads.put(me, upTo(files.read(own.get()[0]), own.get()[1]));
                    continue;
                }
                long from = applied.containsKey(dev) ? applied.get(dev).seq() + 1 : 1;
                reads.put(dev, files.read(from));
            }
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot read the journals in " + root + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
        Map<String, String> names = deviceNames(root);
        Applying run = tx.inTransaction(() -> {
            Applying r = apply(reads, names, me);
            if (own.isPresent()) {
                // what of this device's own lines still waits is tried again next time; the rest is done
                if (r.ownStop == null) settings.put(OWN_LINES_KEY, ""); // none left
                else settings.put(OWN_LINES_KEY, r.ownStop.seq() + "-" + own.get()[1]);
            }
            return r;
        });
        Map<String, SyncStore.Applied> nowApplied = tx.read(store::applied);
        writeStatusFile(root, me, nowApplied);
        reads.remove(me);
        Optional<Compaction.Run> compacted = compactAfterSync(root, me, reads, names);
        return new SyncReport(written, run.applied, run.waiting, run.conflicts, knownDevices(root, me, nowApplied),
                ignored, run.reapplied, compacted);
    }

    public synchronized SyncStatus status() throws DeckhandException {
        Optional<Path> folder = folder();
        String me = deviceId();
        Map<String, SyncStore.Applied> applied = tx.read(store::applied);
        List<SyncStatus.KnownDevice> devices = List.of();
        List<String> ignored = new ArrayList<>();
        Map<String, String> names = Map.of();
        if (folder.isPresent()) {
            Path root = folder.get().resolve(ROOT);
            devices = knownDevices(root, me, applied);
            names = deviceNames(root);
            try {
                for (String dev : deviceDirs(root)) {
                    for (String copy : new JournalFiles(root.resolve(dev)).conflictCopies()) ignored.add(dev + "/" + copy);
                }
            } catch (IOException e) {
                ignored.add("(the folder " + root + " could not be read: " + e.getMessage() + ")");
            }
        }
        Map<String, String> n = names;
        List<SyncStatus.WaitingItem> waiting = tx.read(store::waiting).stream()
                .map(w -> new SyncStatus.WaitingItem(w.device(), n.getOrDefault(w.device(), w.device()), w.seq(), w.reason()))
                .toList();
        long lines = tx.read(store::nextJournalSeq) - 1;
        int pending = (int) Math.min(Integer.MAX_VALUE, tx.read(store::outboxCount));
        return new SyncStatus(folder, me, deviceName(), lines, pending, devices, waiting, conflicts(), ignored);
    }

    public synchronized List<SyncConflict> conflicts() throws DeckhandException {
        return tx.read(() -> {
            List<SyncConflict> open = new ArrayList<>();
            for (SyncStore.Conflict c : store.conflicts()) {
                int colon = c.entity().indexOf(':');
                String label = colon < 0 ? "" : store.label(c.entity().substring(0, colon), c.entity().substring(colon + 1)).orElse("");
                open.add(new SyncConflict(c.id(), c.entity(), c.field(), textOf(c.keptValueJson()), c.keptDevice(),
                        textOf(c.lostValueJson()), c.lostDevice(), Instant.ofEpochMilli(c.lostTs()),
                        Instant.ofEpochMilli(c.foundMs()), label));
            }
            return open;
        });
    }

    /** Closes an open conflict: the value kept stays, and the conflict leaves the list. */
    public synchronized void keepConflict(long conflictId) throws DeckhandException {
        tx.inTransaction(() -> {
            openConflict(conflictId);
            store.closeConflict(conflictId, "kept", clock.millis());
            return null;
        });
    }

    /**
     * Puts back the value that lost: written here as a new edit, so it is recorded, stamped after the
     * kept one and synced like any edit (every device then takes it), and the conflict is closed.
     */
    public synchronized void useOtherValue(long conflictId) throws DeckhandException {
        tx.inTransaction(() -> {
            SyncStore.Conflict c = openConflict(conflictId);
            int colon = c.entity().indexOf(':');
            String kind = c.entity().substring(0, colon);
            String id = c.entity().substring(colon + 1);
            if (!store.exists(kind, id)) {
                throw new InvalidInputException("The " + kind + " this conflict is about has been deleted, so its other "
                        + "value cannot be put back. Choose \u201cKeep this\u201d to close the conflict.");
            }
            Optional<String> reason = store.write(kind, id, c.field(), c.lostValueJson());
            if (reason.isPresent()) {
                throw new InvalidInputException("The other value cannot be used: " + reason.get() + ".");
            }
            store.closeConflict(conflictId, "used", clock.millis());
            return null;
        });
    }

    private SyncStore.Conflict openConflict(long conflictId) throws DeckhandException {
        return store.openConflict(conflictId).orElseThrow(() -> new InvalidInputException(
                "That conflict is already closed (or no longer exists); nothing was changed."));
    }

    // ---- this device's own lines beyond what its collection knows (a restored backup) ----

    /**
     * Settings key: the range "from-to" of this device's own journal lines its collection does not
     * reflect, to apply again at the next sync (docs/sync.md, "A restored backup").
     */
    static final String OWN_LINES_KEY = "sync.own_lines_to_apply";

    /**
     * The journal holds lines after {@code known}, the last line this collection made or knows of:
     * this device made them from a state the collection no longer has (a backup was restored; or the
     * folder was chosen again after one). The other devices applied them; so does this one, next sync.
     */
    private void rememberOwnLinesBeyond(long known, long journalEnd) throws DeckhandException {
        if (journalEnd <= known) return;
        long from = known + 1;
        long to = journalEnd;
        Optional<long[]> before = settings.get(OWN_LINES_KEY).flatMap(SyncService::range);
        if (before.isPresent()) {
            from = Math.min(from, before.get()[0]);
            to = Math.max(to, before.get()[1]);
        }
        settings.put(OWN_LINES_KEY, from + "-" + to);
    }

    private static Optional<long[]> range(String text) {
        int dash = text.indexOf('-');
        try {
            long from = Long.parseLong(text.substring(0, dash));
            long to = Long.parseLong(text.substring(dash + 1));
            return from >= 1 && to >= from ? Optional.of(new long[] {from, to}) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The lines read, up to line {@code to}; a stop after it is not this range's. */
    private static JournalFiles.Read upTo(JournalFiles.Read read, long to) {
        List<JournalLine> lines = read.lines().stream().filter(l -> l.seq() <= to).toList();
        Optional<JournalFiles.Stop> stop = read.stop().filter(s -> s.seq() <= to);
        return new JournalFiles.Read(lines, stop, read.snapshotThrough());
    }

    // ---- folding: the outbox's rows become journal lines, and this device's values the last writers ----

    /**
     * Makes journal lines of the outbox's rows. Cards answered (or un-answered) here go in
     * {@code answered}: an answer given here to a card whose merged history holds a later answer from
     * elsewhere (clocks differ), or an undo after such a merge, is rescheduled as every device will.
     */
    private void fold(Set<String> answered) throws DeckhandException {
        String me = store.deviceId();
        while (true) {
            List<SyncStore.OutboxRow> rows = store.unfolded(BATCH);
            if (rows.isEmpty()) return;
            for (SyncStore.OutboxRow row : rows) {
                Optional<JournalLine> line = foldRow(row, me);
                if (row.kind().equals("review") && line.isPresent() && line.get().values().path("card").isTextual()) {
                    answered.add(line.get().values().get("card").asText());
                }
                if (row.action().equals("sched") && line.isPresent()) answered.add(row.entity());
                if (line.isPresent() && line.get().action().equals("set")) {
                    schedulerChanged(row.kind(), row.entity(), line.get().values().fieldNames(), answered);
                }
                if (line.isEmpty()) {
                    store.setLine(row.seq(), null, "");
                } else {
                    store.setLine(row.seq(), line.get().seq(), JournalCodec.encode(line.get()));
                }
            }
        }
    }

    private Optional<JournalLine> foldRow(SyncStore.OutboxRow row, String me) throws DeckhandException {
        String entity = row.kind() + ":" + row.entity();
        if (row.action().equals("sched")) return foldScheduleSet(row, entity, me);
        ObjectNode values = expand(row.kind(), parse(row.dataJson()));
        ObjectNode prev = JournalCodec.JSON.createObjectNode();
        Stamp stamp = new Stamp(row.ts(), me);
        String action = row.action();
        if (action.equals("del")) {
            store.tombstone(entity, row.ts());
            // an undone answer keeps its card's identity (for rescheduling); other deletions need none
            if (!row.kind().equals("review") || !values.path("card").isTextual()) values = JournalCodec.JSON.createObjectNode();
        } else if (!row.kind().equals("review")) {
            ObjectNode changed = JournalCodec.JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                boolean addOnly = ADD_ONLY.contains(row.kind() + ":" + f.getKey());
                if (addOnly && !action.equals("add")) continue;
                Optional<Register> reg = store.register(entity, f.getKey());
                if (action.equals("upd") && reg.isPresent() && sameValue(reg.get().valueJson(), f.getValue())) continue;
                Stamp before = reg.map(Register::stamp).orElse(null);
                if (before != null && before.compareTo(stamp) > 0) continue; // a later value is here already
                store.putRegister(entity, f.getKey(), new Register(stamp, f.getValue().toString(), before));
                if (before != null) prev.put(f.getKey(), before.toString());
                changed.set(f.getKey(), f.getValue());
            }
            if (action.equals("upd")) {
                if (changed.isEmpty()) return Optional.empty();
                values = changed;
                action = "set";
            }
        }
        return Optional.of(new JournalLine(JournalCodec.VERSION, store.nextJournalSeq(), row.ts(), row.kind(), action,
                row.entity(), values, prev));
    }

    /** A schedule set by hand: a "card set sched" line, with when it was set ("at"), and this device its last writer. */
    private Optional<JournalLine> foldScheduleSet(SyncStore.OutboxRow row, String entity, String me)
            throws DeckhandException {
        ObjectNode values = parse(row.dataJson());
        Stamp stamp = new Stamp(row.ts(), me);
        Optional<Register> reg = store.register(entity, SCHEDULE_SET);
        if (reg.isPresent() && reg.get().stamp().compareTo(stamp) > 0) return Optional.empty();
        store.putRegister(entity, SCHEDULE_SET, new Register(stamp, values.toString(), reg.map(Register::stamp).orElse(null)));
        return Optional.of(new JournalLine(JournalCodec.VERSION, store.nextJournalSeq(), row.ts(), "card", "set",
                row.entity(), values, JournalCodec.JSON.createObjectNode()));
    }

    /** A note's fields travel one by one (f0, f1, ...), so two devices' edits of different fields both stay. */
    private static ObjectNode expand(String kind, ObjectNode data) {
        if (!kind.equals("note") || !data.has("fields")) return data;
        String joined = data.get("fields").asText("");
        data.remove("fields");
        if (!joined.isEmpty()) {
            String[] parts = joined.split("\u001f", -1);
            for (int i = 0; i < parts.length; i++) data.put("f" + i, parts[i]);
        }
        return data;
    }

    // ---- applying other devices' lines ----

    private static final class Applying {
        int applied;
        /** This device's own lines applied again (its collection was older than its journal). */
        int reapplied;
        /** Where this device's own lines stopped (null: all applied). */
        JournalFiles.Stop ownStop;
        int conflicts;
        long latest;
        List<SyncStatus.WaitingItem> waiting = new ArrayList<>();
        final Set<String> touched = new LinkedHashSet<>();
        final Map<String, SchedulingState> restored = new HashMap<>();
        final Map<DeckPreset, Scheduler> schedulers = new HashMap<>();
    }

    /**
     * Applies the lines read, in one transaction. {@code reads} may hold this device's own lines too
     * (beyond what its collection knew: a restored backup); they are applied like another device's,
     * without a position of their own in {@code sync_applied}.
     */
    private Applying apply(Map<String, JournalFiles.Read> reads, Map<String, String> names, String me)
            throws DeckhandException {
        Applying run = new Applying();
        store.setApplying(true);
        fold(run.touched);
        Map<String, Integer> next = new HashMap<>();
        Map<String, JournalFiles.Stop> blocked = new HashMap<>();
        long now = clock.millis();
        boolean progress = true;
        // A line may need another device's line (a card on a note made elsewhere): go round until nothing moves.
        while (progress) {
            progress = false;
            for (Map.Entry<String, JournalFiles.Read> e : reads.entrySet()) {
                String dev = e.getKey();
                List<JournalLine> lines = e.getValue().lines();
                int i = next.getOrDefault(dev, 0);
                int start = i;
                while (i < lines.size()) {
                    JournalLine line = lines.get(i);
                    Optional<String> wait = applyLine(dev, line, run, now);
                    if (wait.isPresent()) {
                        blocked.put(dev, new JournalFiles.Stop(line.seq(), wait.get()));
                        break;
                    }
                    blocked.remove(dev);
                    i++;
                }
                if (i > start) {
                    progress = true;
                    next.put(dev, i);
                    if (dev.equals(me)) {
                        run.reapplied += i - start;
                    } else {
                        run.applied += i - start;
                        store.setApplied(dev, lines.get(i - 1).seq(), now);
                    }
                }
            }
        }
        recompute(run);
        store.observe(run.latest);
        List<SyncStore.Waiting> waiting = new ArrayList<>();
        for (Map.Entry<String, JournalFiles.Read> e : reads.entrySet()) {
            JournalFiles.Stop stop = blocked.get(e.getKey());
            if (stop == null) stop = e.getValue().stop().orElse(null);
            if (e.getKey().equals(me)) run.ownStop = stop;
            if (stop != null) waiting.add(new SyncStore.Waiting(e.getKey(), stop.seq(), stop.reason()));
        }
        store.replaceWaiting(waiting);
        run.waiting = waiting.stream().map(w -> new SyncStatus.WaitingItem(w.device(),
                names.getOrDefault(w.device(), w.device()), w.seq(), w.reason())).toList();
        store.setApplying(false);
        return run;
    }

    /** Applies one line; the reason it must wait, or empty when applied (or not needed: already here, deleted). */
    private Optional<String> applyLine(String dev, JournalLine line, Applying run, long now) throws DeckhandException {
        Stamp stamp = new Stamp(line.ts(), dev);
        run.latest = Math.max(run.latest, line.ts());
        String kind = line.kind();
        String entity = kind + ":" + line.id();
        if (!Set.of("preset", "deck", "note", "card", "review").contains(kind)) {
            return Optional.of("it changes a kind of thing this version does not know (" + kind + "); update Deckhand");
        }
        if (kind.equals("review")) return applyReview(line, entity, run);
        if (line.action().equals("del")) {
            store.tombstone(entity, line.ts());
            if ((kind.equals("preset") || kind.equals("deck")) && store.exists(kind, line.id())) {
                run.touched.addAll(store.answeredCardsUnder(kind, line.id())); // they move to another preset or deck
            }
            if (store.exists(kind, line.id())) store.delete(kind, line.id(), line.ts());
            if (kind.equals("deck")) fold(run.touched); // the recovery deck, if made, is stamped now
            return Optional.empty();
        }
        if (store.tombstoned(entity)) return Optional.empty();
        if (kind.equals("card") && line.values().path("note").isTextual()
                && store.tombstoned("note:" + line.values().get("note").asText())) {
            store.tombstone(entity, line.ts());
            if (store.exists(kind, line.id())) store.delete(kind, line.id(), line.ts());
            return Optional.empty();
        }
        if (kind.equals("card") && line.action().equals("set") && line.values().has("sched")) {
            return applyScheduleSet(line, entity, stamp, run);
        }
        if (!store.exists(kind, line.id())) {
            if (!line.action().equals("add")) {
                return Optional.of("it changes a " + kind + " this device has not received yet");
            }
            Map<String, String> values = createValues(kind, line.values());
            if (kind.equals("card") && deckIsDeleted(line.values().get("deck"))) {
                values.put("deck", JournalCodec.JSON.getNodeFactory().textNode(store.recoveryDeck()).toString());
                fold(run.touched); // the recovery deck, if made, is stamped before any other line touches it
            }
            Optional<String> reason = store.create(kind, line.id(), values, line.ts());
            if (reason.isPresent()) return reason;
            for (Iterator<Map.Entry<String, JsonNode>> it = line.values().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                Optional<Register> reg = store.register(entity, f.getKey());
                if (reg.isEmpty() || reg.get().stamp().compareTo(stamp) < 0) {
                    store.putRegister(entity, f.getKey(), new Register(stamp, f.getValue().toString(), prevOf(line, f.getKey())));
                }
            }
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = line.values().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String field = f.getKey();
            if (ADD_ONLY.contains(kind + ":" + field)) continue;
            String value = f.getValue().toString();
            Stamp prev = prevOf(line, field);
            Optional<Register> reg = store.register(entity, field);
            if (reg.isPresent() && reg.get().stamp().compareTo(stamp) >= 0) {
                if (reg.get().stamp().equals(stamp)) continue; // applied before
                // this edit lost; a rival unless the newer value was made on top of it (one device's own
                // edits are in sequence: a compacted journal skips the ones between, so prev may not match)
                if (!sameValue(reg.get().valueJson(), f.getValue()) && !stamp.equals(reg.get().prev())
                        && !reg.get().stamp().device().equals(dev)) {
                    conflict(entity, field, reg.get().valueJson(), reg.get().stamp().device(), value, stamp, run, now);
                }
                continue;
            }
            // a move into a deck deleted elsewhere lands in the recovery deck, as that deletion's cards did
            boolean recover = kind.equals("card") && field.equals("deck") && deckIsDeleted(f.getValue());
            String written = recover ? JournalCodec.JSON.getNodeFactory().textNode(store.recoveryDeck()).toString() : value;
            if (recover) fold(run.touched);
            Optional<String> reason = store.write(kind, line.id(), field, written);
            if (reason.isPresent()) return reason;
            if (reg.isPresent() && !sameValue(reg.get().valueJson(), f.getValue()) && !reg.get().stamp().equals(prev)
                    && !reg.get().stamp().device().equals(dev)) {
                conflict(entity, field, value, dev, reg.get().valueJson(), reg.get().stamp(), run, now);
            }
            store.putRegister(entity, field, new Register(stamp, value, prev));
            schedulerChanged(kind, line.id(), List.of(field).iterator(), run.touched);
        }
        return Optional.empty();
    }

    /**
     * A card's schedule is replayed with the scheduler of its deck's preset (docs/sync.md): when that
     * changes (the preset's values, the deck's preset, the card's deck) the cards it concerns are
     * replayed again, so every device ends with the schedule the final preset gives, whatever order
     * the answers and the change arrived in.
     */
    private void schedulerChanged(String kind, String id, Iterator<String> fields, Set<String> touched)
            throws DeckhandException {
        while (fields.hasNext()) {
            String field = fields.next();
            if (kind.equals("preset") && SCHEDULER_FIELDS.contains(field)) {
                touched.addAll(store.answeredCardsUnder("preset", id));
                return;
            }
            if (kind.equals("deck") && field.equals("preset")) {
                touched.addAll(store.answeredCardsUnder("deck", id));
                return;
            }
            if (kind.equals("card") && field.equals("deck")) {
                touched.add(id);
                return;
            }
        }
    }

    /** The later set by hand wins (by stamp); the card is then rescheduled from it and the answers after it. */
    private Optional<String> applyScheduleSet(JournalLine line, String entity, Stamp stamp, Applying run)
            throws DeckhandException {
        if (!store.exists("card", line.id())) return Optional.of("it sets the schedule of a card this device has not received yet");
        if (stateOf(line.values().get("sched")) == null || !line.values().path("at").canConvertToLong()) {
            return Optional.of("the schedule's values are not valid (a damaged or foreign line)");
        }
        Optional<Register> reg = store.register(entity, SCHEDULE_SET);
        if (reg.isPresent() && reg.get().stamp().compareTo(stamp) >= 0) return Optional.empty();
        store.putRegister(entity, SCHEDULE_SET, new Register(stamp, line.values().toString(), reg.map(Register::stamp).orElse(null)));
        run.touched.add(line.id());
        return Optional.empty();
    }

    private boolean deckIsDeleted(JsonNode deck) throws DeckhandException {
        return deck != null && deck.isTextual() && store.tombstoned("deck:" + deck.asText());
    }

    private Optional<String> applyReview(JournalLine line, String entity, Applying run) throws DeckhandException {
        if (line.action().equals("del")) {
            store.tombstone(entity, line.ts());
            store.deleteReview(line.id()).ifPresent(gone -> {
                run.touched.add(gone.getKey());
                run.restored.merge(gone.getKey(), gone.getValue(), (a, b) -> a.reps() <= b.reps() ? a : b);
            });
            return Optional.empty();
        }
        if (!line.action().equals("add") || store.tombstoned(entity)) return Optional.empty();
        String card = line.values().path("card").asText("");
        Optional<SyncStore.ForeignReview> review = foreignReview(line);
        if (review.isEmpty()) return Optional.of("the answer's values are not valid (a damaged or foreign line)");
        // the usual case first: one statement; why nothing was added is asked only when nothing was
        if (!store.insertReview(review.get())) {
            if (store.hasReview(line.id()) || store.tombstoned("card:" + card)) return Optional.empty();
            return Optional.of("an answer to a card this device has not received yet");
        }
        run.touched.add(card);
        return Optional.empty();
    }

    private static Optional<SyncStore.ForeignReview> foreignReview(JournalLine line) {
        JsonNode v = line.values();
        try {
            SchedulingState before = stateOf(v.get("before"));
            SchedulingState after = stateOf(v.get("after"));
            int rating = v.path("rating").asInt(0);
            if (before == null || after == null || rating < 1 || rating > 4 || !v.path("at").canConvertToLong()) {
                return Optional.empty();
            }
            return Optional.of(new SyncStore.ForeignReview(line.id(), v.path("card").asText(""),
                    v.path("deck").asText(""), v.get("at").asLong(), rating, Math.max(0, v.path("elapsed").asInt(0)),
                    Math.max(0, v.path("took").asLong(0)), before, after));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The ten scheduling values of a journal line (docs/sync.md); null when they are not ten valid values. */
    static SchedulingState stateOf(JsonNode a) {
        if (a == null || !a.isArray() || a.size() != 10) return null;
        for (int i = 0; i < 10; i++) {
            if (i != 8 && !a.get(i).isNumber()) return null;
        }
        Instant last = a.get(8).isNumber() ? Instant.ofEpochMilli(a.get(8).asLong()) : null;
        return new SchedulingState(CardState.fromCode(a.get(0).asInt()), Instant.ofEpochMilli(a.get(1).asLong()),
                a.get(2).asDouble(), a.get(3).asDouble(), a.get(4).asInt(), a.get(5).asInt(), a.get(6).asInt(),
                a.get(7).asInt(), last, a.get(9).asDouble());
    }

    private void conflict(String entity, String field, String kept, String keptDevice, String lost, Stamp lostStamp,
                          Applying run, long now) throws DeckhandException {
        // only text a person wrote is worth reviewing; the rest simply takes the later value
        boolean text = field.matches("f\\d+") || (entity.startsWith("card:") && Set.of("front", "back", "tags").contains(field))
                || (entity.startsWith("deck:") && field.equals("name"));
        if (!text) return;
        store.addConflict(entity, field, kept, keptDevice, lost, lostStamp.device(), lostStamp.ts(), now);
        run.conflicts++;
    }

    /** Each card whose answers changed gets the schedule its merged answers give, oldest first. */
    private void recompute(Applying run) throws DeckhandException {
        for (String card : run.touched) {
            Optional<SchedulingState> current = store.scheduling(card);
            if (current.isEmpty()) continue;
            List<SyncStore.SyncedReview> reviews = store.reviewsOf(card);
            Optional<ObjectNode> set = store.register("card:" + card, SCHEDULE_SET).map(r -> parse(r.valueJson()));
            SchedulingState state;
            if (set.isPresent() && stateOf(set.get().get("sched")) != null) {
                // a schedule set by hand replaces what the answers before it led to; later answers go on from it
                long at = set.get().path("at").asLong();
                List<SyncStore.SyncedReview> after = reviews.stream()
                        .filter(r -> r.entry().reviewedAt().toEpochMilli() > at).toList();
                state = replay(card, stateOf(set.get().get("sched")), after, run);
            } else if (reviews.isEmpty()) {
                state = run.restored.get(card);
                if (state == null) continue;
            } else {
                state = replay(card, reviews.get(0).entry().before(), reviews, run);
            }
            if (!state.equals(current.get())) store.setScheduling(card, state);
        }
    }

    /**
     * The answers in time order: an answer given to the state the history before it leads to keeps
     * its recorded result (it is what its device computed); one given on another device to an older
     * state is answered again, from the merged state, by the deck's scheduler (deterministic).
     */
    private SchedulingState replay(String card, SchedulingState start, List<SyncStore.SyncedReview> reviews, Applying run)
            throws DeckhandException {
        SchedulingState state = start;
        Scheduler scheduler = null;
        for (SyncStore.SyncedReview r : reviews) {
            if (r.entry().before().equals(state)) {
                state = r.entry().after();
                continue;
            }
            if (scheduler == null) {
                DeckPreset preset = store.presetOf(card).orElseThrow();
                scheduler = run.schedulers.computeIfAbsent(preset, Schedulers::forPreset);
            }
            state = scheduler.answer(state, r.entry().rating(), r.entry().reviewedAt(),
                    FuzzSeed.of(stableHash(card), state.reps()));
        }
        return state;
    }

    /** FNV-1a of the card's sync identity: the same fuzz on every device (a row id differs). */
    static long stableHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static Map<String, String> createValues(String kind, ObjectNode values) {
        Map<String, String> out = new LinkedHashMap<>();
        ArrayNode fields = JournalCodec.JSON.createArrayNode();
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (kind.equals("note") && f.getKey().matches("f\\d{1,4}")) {
                count = Math.max(count, Integer.parseInt(f.getKey().substring(1)) + 1);
            } else {
                out.put(f.getKey(), f.getValue().toString());
            }
        }
        if (kind.equals("note")) {
            for (int i = 0; i < count; i++) fields.add(values.path("f" + i).asText(""));
            out.put("fields", fields.toString());
        }
        return out;
    }

    private static Stamp prevOf(JournalLine line, String field) {
        JsonNode p = line.prev().get(field);
        if (p == null || !p.isTextual()) return null;
        try {
            return Stamp.parse(p.asText());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean sameValue(String json, JsonNode value) {
        if (json == null) return value == null || value.isNull();
        try {
            return JournalCodec.JSON.readTree(json).equals(value);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static ObjectNode parse(String json) {
        try {
            JsonNode n = JournalCodec.JSON.readTree(json);
            return n instanceof ObjectNode o ? o : JournalCodec.JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the outbox holds a row that is not JSON", e);
        }
    }

    private static String textOf(String json) {
        if (json == null) return "";
        try {
            JsonNode n = JournalCodec.JSON.readTree(json);
            return n.isTextual() ? n.asText() : n.toString();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    // ---- compaction (docs/sync.md, "Compaction") ----

    private static final String COMPACTION_KEY = "sync.compaction.last";
    private static final String SNAPSHOTS_READ_KEY = "sync.compaction.read";

    /** Compacts this device's journal now, as far as the devices waited for have applied it. */
    public synchronized Compaction.Run compactNow() throws DeckhandException {
        return lock.holding(() -> compactNowLocked());
    }

    private Compaction.Run compactNowLocked() throws DeckhandException {
        Path folder = folder().orElseThrow(() -> new InvalidInputException(
                "No sync folder is chosen yet. Choose one with: deckhand sync folder PATH"));
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("The sync folder " + folder + " is not there (is the drive connected?). "
                    + "Nothing was changed.");
        }
        writeJournal();
        return compact(folder.resolve(ROOT), deviceId(), 0);
    }

    public synchronized CompactionStatus compactionStatus() throws DeckhandException {
        Optional<Path> folder = folder();
        String me = deviceId();
        long through = 0;
        List<Compaction.Peer> peers = List.of();
        if (folder.isPresent()) {
            Path root = folder.get().resolve(ROOT);
            try {
                through = new JournalFiles(root.resolve(me)).snapshotThrough();
                peers = Compaction.peers(root, me, clock.millis());
            } catch (IOException e) {
                // the folder may be on a drive not connected: the stored facts still stand
            }
        }
        Optional<Compaction.Run> last = tx.read(() -> settings.get(COMPACTION_KEY)).flatMap(j -> fromJson(j, Compaction.Run.class));
        List<CompactionStatus.SnapshotRead> read = tx.read(() -> settings.get(SNAPSHOTS_READ_KEY))
                .flatMap(j -> fromJson(j, CompactionStatus.SnapshotRead[].class)).map(List::of).orElse(List.of());
        return new CompactionStatus(through, peers, last, read);
    }

    /**
     * After a sync: notes the other devices' snapshots it had to read, and compacts this device's
     * journal once a segment's worth can go. A failure here never fails the sync; status says it.
     * Returns the compaction it ran (or the failed one it remembered), if any.
     */
    private Optional<Compaction.Run> compactAfterSync(Path root, String me, Map<String, JournalFiles.Read> reads, Map<String, String> names)
            throws DeckhandException {
        List<CompactionStatus.SnapshotRead> snapshots = new ArrayList<>();
        reads.forEach((dev, r) -> {
            if (r.snapshotThrough() > 0) {
                snapshots.add(new CompactionStatus.SnapshotRead(dev, names.getOrDefault(dev, dev), r.snapshotThrough(), clock.millis()));
            }
        });
        if (!snapshots.isEmpty()) {
            String json = toJson(snapshots);
            tx.inTransaction(() -> {
                settings.put(SNAPSHOTS_READ_KEY, json);
                return null;
            });
        }
        try {
            Compaction.Run run = compact(root, me, JournalFiles.SEGMENT_BYTES);
            return run.segmentsDropped() > 0 ? Optional.of(run) : Optional.empty();
        } catch (DeckhandException e) {
            // kept in status (compact remembered the failed run); the next sync tries again
            return tx.read(() -> settings.get(COMPACTION_KEY)).flatMap(j -> fromJson(j, Compaction.Run.class));
        }
    }

    private Compaction.Run compact(Path root, String me, long minBytes) throws DeckhandException {
        Compaction.Run run;
        try {
            run = compaction.compact(root, me, minBytes);
        } catch (IOException e) {
            run = new Compaction.Run(clock.millis(), 0, 0, 0, 0, 0, 0, 0, List.of(),
                    "compaction failed: " + e.getMessage() + "; nothing was lost, the next sync tries again");
            remember(run);
            throw new CollectionException("Deckhand could not compact its journal in " + root.resolve(me) + ": "
                    + e.getMessage() + ". Nothing was lost; the next sync tries again.", e);
        }
        if (run.segmentsDropped() > 0) remember(run);
        return run;
    }

    private void remember(Compaction.Run run) throws DeckhandException {
        String json = toJson(run);
        tx.inTransaction(() -> {
            settings.put(COMPACTION_KEY, json);
            return null;
        });
    }

    private static String toJson(Object value) {
        try {
            return JournalCodec.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Optional<T> fromJson(String json, Class<T> type) {
        try {
            return Optional.of(JournalCodec.JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // written by another version: shown as nothing
        }
    }

    // ---- the folder: device folders and status files ----

    private static List<String> deviceDirs(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[0-9a-f]{4,64}")).sorted().toList();
        }
    }

    private static Map<String, String> deviceNames(Path root) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String dev : deviceDirs(root)) {
                JsonNode s = readStatus(root.resolve(dev));
                if (s != null && s.path("name").isTextual()) out.put(dev, s.get("name").asText());
            }
        } catch (IOException e) {
            // names are a nicety; ids stand in
        }
        return out;
    }

    private List<SyncStatus.KnownDevice> knownDevices(Path root, String me, Map<String, SyncStore.Applied> applied) {
        List<SyncStatus.KnownDevice> out = new ArrayList<>();
        List<String> dirs;
        try {
            dirs = deviceDirs(root);
        } catch (IOException e) {
            dirs = List.of();
        }
        Set<String> ids = new LinkedHashSet<>(dirs);
        ids.addAll(applied.keySet());
        for (String dev : ids) {
            if (dev.equals(me)) continue;
            JsonNode s = readStatus(root.resolve(dev));
            String name = s != null && s.path("name").isTextual() ? s.get("name").asText() : dev;
            Optional<Instant> last = s != null && s.path("updated").canConvertToLong() && s.path("updated").asLong() > 0
                    ? Optional.of(Instant.ofEpochMilli(s.get("updated").asLong())) : Optional.empty();
            long theirLast = s == null ? 0 : s.path("lastSeq").asLong(0);
            SyncStore.Applied a = applied.get(dev);
            out.add(new SyncStatus.KnownDevice(dev, name, last, a == null ? 0 : a.seq(),
                    a == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(a.appliedMs())), theirLast));
        }
        return out;
    }

    private static JsonNode readStatus(Path deviceDir) {
        Path f = deviceDir.resolve(STATUS_FILE);
        if (!Files.isRegularFile(f)) return null;
        try {
            JsonNode n = JournalCodec.JSON.readTree(Files.readString(f));
            return n != null && n.isObject() ? n : null;
        } catch (IOException | RuntimeException e) {
            return null; // half-delivered: read again next time
        }
    }

    /**
     * This device's status file: its name, when it last synced and how far it applied each other
     * device's journal (what compaction would need). Replaced whole by a rename.
     */
    private void writeStatusFile(Path root, String me, Map<String, SyncStore.Applied> applied) throws DeckhandException {
        ObjectNode o = JournalCodec.JSON.createObjectNode();
        o.put("v", JournalCodec.VERSION);
        o.put("device", me);
        o.put("name", deviceName());
        o.put("updated", clock.millis());
        o.put("lastSeq", tx.read(store::nextJournalSeq) - 1);
        ObjectNode a = o.putObject("applied");
        for (SyncStore.Applied x : applied.values()) a.put(x.device(), x.seq());
        Path dir = root.resolve(me);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + STATUS_FILE + ".tmp");
            Files.writeString(tmp, JournalCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n");
            Files.move(tmp, dir.resolve(STATUS_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot write its status file in " + dir + ": " + e.getMessage(), e);
        }
    }
}
