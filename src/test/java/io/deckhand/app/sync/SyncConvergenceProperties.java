package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.browse.BrowseRow;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.app.deckoptions.DeckOptions;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.support.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * N devices (real SQLite collections, one folder each standing for what the sync program has
 * delivered to it) change their collections offline; journal files reach the others in random
 * order and in pieces (a prefix first, the rest later). Once everything is delivered and each has
 * synced, all hold the same cards, fields, decks, review logs and schedules, and no answer is lost.
 * Besides answers, schedules change by hand (reset, set due date) and cards are buried and unburied;
 * notes get several fields edited at once, two devices edit the same field before seeing each other's
 * edit (the same winner everywhere, the loser in every device's conflicts), notes with two cards (a
 * cloze's c1 and c2) are added and notes deleted; deck presets are made, changed and given to decks.
 */
class SyncConvergenceProperties {

    /** One simulated device. */
    private static final class Device implements AutoCloseable {
        final MutableClock clock;
        final Path file;
        final Database db;
        final AppServices services;
        final Path view;
        final SqliteNoteRepository notes;

        Device(Path home, int index, Instant start) throws Exception {
            clock = new MutableClock(start);
            file = home.resolve("device" + index + ".sqlite");
            db = Database.open(file);
            services = Bootstrap.wire(db, clock);
            view = Files.createDirectories(home.resolve("folder" + index));
            notes = new SqliteNoteRepository(db, clock);
        }

        String id() throws Exception {
            return services.sync().deviceId();
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @Property(tries = 30)
    void devicesConverge(@ForAll @IntRange(min = 2, max = 4) int n, @ForAll long seed,
                         @ForAll @IntRange(min = 10, max = 60) int steps) throws Exception {
        Random random = new Random(seed);
        Path home = Files.createTempDirectory("deckhand-sync-prop");
        List<Device> devices = new ArrayList<>();
        try {
            Instant start = Instant.parse("2026-03-02T10:00:00Z");
            for (int i = 0; i < n; i++) {
                // clocks disagree by up to an hour either way
                devices.add(new Device(home, i, start.plus(Duration.ofMinutes(random.nextInt(121) - 60))));
            }
            // the first device starts with a few cards; the others get them through the folder
            Device first = devices.get(0);
            for (int c = 0; c < 4; c++) {
                first.services.library().addCard(new DeckName(c % 2 == 0 ? "Kube" : "Linux"), "Q" + c, "A" + c, List.of());
            }
            for (Device d : devices) d.services.sync().setFolder(d.view);
            Set<String> answered = new HashSet<>();
            Set<String> undone = new HashSet<>();
            List<Rival> rivals = new ArrayList<>();
            List<List<String>> ownAnswers = new ArrayList<>();
            for (int i = 0; i < n; i++) ownAnswers.add(new ArrayList<>());
            deliverEverything(devices, random);

            for (int step = 0; step < steps; step++) {
                Device d = devices.get(random.nextInt(n));
                d.clock.advance(Duration.ofMinutes(1 + random.nextInt(600)));
                int what = random.nextInt(140);
                if (what < 12) {
                    deliverSome(devices, random);
                    d.services.sync().syncNow();
                } else if (what >= 120 && what < 124) {
                    rivalEdits(devices, d, step, random).ifPresent(rivals::add);
                } else {
                    act(d, devices.indexOf(d), step, what, random, answered, undone, ownAnswers.get(devices.indexOf(d)));
                }
                // compaction at random points: as far as the others' delivered status files allow
                if (random.nextInt(8) == 0) d.services.sync().compactNow();
            }
            deliverEverything(devices, random);
            for (Device d : devices) {
                // every device has applied every journal: each compacts all of its own
                d.services.sync().compactNow();
                assertEquals(d.services.sync().status().journalLines(), d.services.sync().compactionStatus().snapshotThrough(),
                        "device " + devices.indexOf(d) + " compacted its whole journal");
            }
            deliverEverything(devices, random);

            for (Device d : devices) {
                assertTrue(d.services.sync().status().waiting().isEmpty(), "nothing waits once all is delivered: "
                        + d.services.sync().status().waiting());
            }
            String expected = dump(first);
            for (Device d : devices.subList(1, n)) assertEquals(expected, dump(d), "device " + devices.indexOf(d));
            int rivalsChecked = 0;
            for (Rival r : rivals) {
                for (Device d : devices) rivalsChecked += r.check(d, devices.indexOf(d)) ? 1 : 0;
            }
            // what the tries covered (shown in the property's report)
            Statistics.label("rival edits checked").collect(rivalsChecked > 0);
            Statistics.label("presets besides the default").collect(Math.min(3, query(first, "SELECT id FROM presets").size() - 1));
            Statistics.label("notes with two cards").collect(!query(first,
                    "SELECT note_id FROM cards GROUP BY note_id HAVING count(*) > 1").isEmpty());
            Set<String> reviews = reviewIds(first);
            Set<String> cards = cardIds(first);
            for (String r : answered) {
                if (undone.contains(r)) continue;
                String card = r.substring(0, r.lastIndexOf('@'));
                if (cards.contains(card)) assertTrue(reviews.contains(r), "answer " + r + " lost");
            }

            // a device that joins late, with an empty collection, gets the same collection from
            // what is left of the journals (snapshots and the segments after them)
            Instant latest = devices.stream().map(d -> d.clock.instant()).max(Comparator.naturalOrder()).orElseThrow();
            Device late = new Device(home, n, latest.plus(Duration.ofMinutes(5)));
            devices.add(late);
            late.services.sync().setFolder(late.view);
            deliverEverything(devices, random);
            assertTrue(late.services.sync().status().waiting().isEmpty(), "nothing waits on the late device: "
                    + late.services.sync().status().waiting());
            assertEquals(n, late.services.sync().compactionStatus().snapshotsRead().size(),
                    "the late device read every device's snapshot");
            String after = dump(first);
            for (Device d : devices.subList(1, devices.size())) {
                assertEquals(after, dump(d), "device " + devices.indexOf(d) + " after a late device joined");
            }
        } finally {
            for (Device d : devices) d.close();
            deleteTree(home);
        }
    }

    private static void act(Device d, int index, int step, int what, Random random, Set<String> answered,
                            Set<String> undone, List<String> own) throws Exception {
        List<BrowseRow> rows = d.services.browse().search("");
        BrowseRow card = rows.isEmpty() ? null : rows.get(random.nextInt(rows.size()));
        List<Deck> decks = d.services.library().decks();
        if (decks.isEmpty()) {
            d.services.library().addCard(new DeckName("Fresh " + index), "Fresh " + index + "-" + step, "Back", List.of());
            return;
        }
        Deck deck = decks.get(random.nextInt(decks.size()));
        if (what >= 112) {
            notesAndPresets(d, index, step, what, random, deck);
            return;
        }
        if (what >= 100 && card != null) {
            // scheduling changed without an answer: Browse's reset, set due date, bury and unbury
            switch ((what - 100) / 3) {
                case 0 -> d.services.browse().reset(List.of(card.id()));
                case 1 -> d.services.browse().reschedule(List.of(card.id()), random.nextInt(30));
                case 2 -> d.services.browse().bury(List.of(card.id()));
                default -> d.services.browse().unbury(List.of(card.id()));
            }
        } else if (what >= 100) {
            return;
        } else if (what < 45 && card != null) {
            d.services.study().answer(card.id(), Rating.fromCode(1 + random.nextInt(4)), Duration.ofSeconds(5));
            String id = latestReview(d);
            answered.add(id);
            own.add(id);
        } else if (what < 52) {
            // undo takes back this device's latest answer when that is its latest change
            if (d.services.study().undoLastAnswer().isPresent()) undone.add(own.remove(own.size() - 1));
        } else if (what < 62 && card != null) {
            d.services.library().editCard(card.id(), card.front() + " e" + step, random.nextBoolean() ? card.back()
                    : card.back() + " b" + index, card.tags(), new DeckName(card.deck()));
        } else if (what < 68 && card != null) {
            d.services.browse().setSuspended(List.of(card.id()), !card.suspended());
        } else if (what < 74 && card != null) {
            d.services.browse().move(List.of(card.id()), deck.name().value());
        } else if (what < 78 && card != null) {
            d.services.browse().delete(List.of(card.id()));
        } else if (what < 88) {
            d.services.library().addCard(new DeckName(deck.name().value()), "New " + index + "-" + step, "Back", List.of());
        } else if (what < 93) {
            d.services.library().createDeck(null, "Made " + index + "-" + step);
        } else if (what < 97) {
            d.services.library().renameDeck(deck.id(), "Renamed " + index + "-" + step);
        } else if (decks.size() > 1) {
            d.services.library().deleteDeck(deck.id());
        }
    }

    /**
     * Notes and deck presets: several fields of a note edited at once (as an import or a notes re-sync
     * does), a note with two cards added (a cloze with c1 and c2), a note deleted with its cards, a
     * preset created, its options changed, and a preset given to a deck.
     */
    private static void notesAndPresets(Device d, int index, int step, int what, Random random, Deck deck)
            throws Exception {
        var options = d.services.deckOptions();
        if (what < 120) {
            List<String> guids = query(d, "SELECT guid FROM notes ORDER BY sync_guid");
            if (guids.isEmpty()) return;
            Note note = d.db.read(() -> d.notes.findByGuid(guids.get(random.nextInt(guids.size())))).orElseThrow();
            List<String> fields = new ArrayList<>(note.fields());
            while (fields.size() < 3) fields.add("");
            // one field or several of them in one change
            int changed = 0;
            for (int f = 0; f < fields.size(); f++) {
                if (random.nextInt(2) == 0 || (changed == 0 && f == fields.size() - 1)) {
                    fields.set(f, "f" + f + " on " + index + " at " + step);
                    changed++;
                }
            }
            update(d, note, fields);
        } else if (what < 128) {
            String guid = "cloze-" + index + "-" + step;
            String text = "{{c1::Pods}} run {{c2::containers}} " + index + "-" + step;
            List<DeckFile.Entry> entries = List.of(
                    new DeckFile.Entry(guid, new CardDraft(CardKind.CLOZE, "[...] run containers", "Pods", deck.name().value(),
                            List.of("c1"), null), List.of(text, "extra"), null, false, List.of()),
                    new DeckFile.Entry(guid, new CardDraft(CardKind.CLOZE, "Pods run [...]", "containers", deck.name().value(),
                            List.of("c2"), null), List.of(text, "extra"), null, false, List.of()));
            d.db.inTransaction(() -> d.services.library().addEntries(new DeckFile(deck.name().value(), "", entries)));
        } else if (what < 130) {
            List<String> guids = query(d, "SELECT guid FROM notes ORDER BY sync_guid");
            if (guids.isEmpty()) return;
            String guid = guids.get(random.nextInt(guids.size()));
            d.db.inTransaction(() -> {
                d.notes.delete(d.notes.findByGuid(guid).orElseThrow().id());
                return null;
            });
        } else if (what < 133) {
            List<DeckPreset> presets = options.presets();
            options.createPreset("Preset " + index + "-" + step, presets.get(random.nextInt(presets.size())).id());
        } else if (what < 137) {
            List<DeckPreset> presets = options.presets();
            DeckPreset p = presets.get(random.nextInt(presets.size()));
            DeckOptions o = DeckOptions.of(p);
            options.updateOptions(p.id(), new DeckOptions(random.nextBoolean() ? SchedulerKind.FSRS6 : SchedulerKind.SM2,
                    0.80 + random.nextInt(15) / 100.0, random.nextBoolean() ? "1m 10m" : "5m", o.relearningSteps(),
                    random.nextBoolean() ? o.maximumIntervalDays() : 30 + random.nextInt(300),
                    random.nextInt(50), o.reviewsPerDay(), random.nextBoolean()));
        } else {
            List<DeckPreset> presets = options.presets();
            options.assignPreset(deck.id(), presets.get(random.nextInt(presets.size())).id(), random.nextBoolean());
        }
    }

    private static void update(Device d, Note note, List<String> fields) throws Exception {
        d.db.inTransaction(() -> {
            d.notes.update(new Note(note.id(), note.guid(), note.noteType(), fields, note.source(), note.contentHash()));
            return null;
        });
    }

    /** Two devices edit one field of one note before either has seen the other's edit. */
    private record Rival(String note, int field, String first, String second) {
        /**
         * Once both edits reached a device, the one that lost by stamp is in its conflicts (unless a
         * later edit replaced both, or the note was deleted: then there is nothing to check).
         */
        boolean check(Device d, int index) throws Exception {
            List<String> now = query(d, "SELECT fields FROM notes WHERE sync_guid = '" + note.replace("'", "''") + "'");
            if (now.isEmpty()) return false;
            String[] fields = now.get(0).split("\u001f", -1);
            String value = fields.length > field ? fields[field] : "";
            if (!value.equals(first) && !value.equals(second)) return false;
            String lost = value.equals(first) ? second : first;
            List<String> found = query(d, "SELECT count(*) FROM sync_conflicts WHERE entity = 'note:" + note.replace("'", "''")
                    + "' AND field = 'f" + field + "' AND json_extract(lost_value, '$') = '" + lost.replace("'", "''") + "'");
            assertEquals("1", found.get(0), "device " + index + " keeps \"" + lost + "\" (lost to \"" + value
                    + "\") in its conflicts");
            return true;
        }
    }

    private static Optional<Rival> rivalEdits(List<Device> devices, Device a, int step, Random random) throws Exception {
        List<Device> others = new ArrayList<>(devices);
        others.remove(a);
        Device b = others.get(random.nextInt(others.size()));
        List<String> shared = query(a, "SELECT sync_guid FROM notes ORDER BY sync_guid");
        shared.retainAll(query(b, "SELECT sync_guid FROM notes"));
        if (shared.isEmpty()) return Optional.empty();
        String note = shared.get(random.nextInt(shared.size()));
        int field = random.nextInt(2);
        List<String> values = new ArrayList<>();
        for (Device d : List.of(a, b)) {
            d.clock.advance(Duration.ofMinutes(random.nextInt(5)));
            String guid = query(d, "SELECT guid FROM notes WHERE sync_guid = '" + note.replace("'", "''") + "'").get(0);
            Note n = d.db.read(() -> d.notes.findByGuid(guid)).orElseThrow();
            List<String> fields = new ArrayList<>(n.fields());
            while (fields.size() <= field) fields.add("");
            String value = "rival " + devices.indexOf(d) + " at " + step;
            fields.set(field, value);
            update(d, n, fields);
            values.add(value);
        }
        return Optional.of(new Rival(note, field, values.get(0), values.get(1)));
    }

    /** The sync identity of the answer this device saved last. */
    private static String latestReview(Device d) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + d.file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT guid FROM review_log ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Every device writes its journal, every file reaches every device in random order, and each
     * syncs; again until a round moves nothing (a sync may itself record a change: the recovery deck).
     */
    private static void deliverEverything(List<Device> devices, Random random) throws Exception {
        for (Device d : devices) d.services.sync().writeJournal();
        for (int round = 0; round < 6; round++) {
            List<Device> order = new ArrayList<>(devices);
            java.util.Collections.shuffle(order, random);
            for (Device from : order) {
                for (Device to : devices) if (to != from) deliver(from, to, random, true);
            }
            int moved = 0;
            for (Device d : order) {
                SyncReport r = d.services.sync().syncNow();
                moved += r.written() + r.applied();
            }
            for (Device d : devices) moved += d.services.sync().writeJournal();
            if (moved == 0) return;
        }
        throw new AssertionError("syncing still moves changes after six rounds");
    }

    /** Some files go some of the way: a random prefix of some, all of others, none of the rest. */
    private static void deliverSome(List<Device> devices, Random random) throws Exception {
        for (Device from : devices) {
            from.services.sync().writeJournal();
            for (Device to : devices) if (to != from && random.nextBoolean()) deliver(from, to, random, false);
        }
    }

    /**
     * Copies {@code from}'s own journal files into {@code to}'s folder, whole or up to a random length,
     * and deletes there what compaction deleted at the source: all of it (before or after the copies)
     * when delivering whole, some of it otherwise (a sync program may pass a deletion on late or early).
     */
    private static void deliver(Device from, Device to, Random random, boolean whole) throws Exception {
        Path src = from.view.resolve(SyncService.ROOT).resolve(from.id());
        Path dst = Files.createDirectories(to.view.resolve(SyncService.ROOT).resolve(from.id()));
        if (!Files.isDirectory(src)) return;
        List<Path> files;
        try (Stream<Path> s = Files.list(src)) {
            files = new ArrayList<>(s.filter(p -> !p.getFileName().toString().startsWith(".")).toList());
        }
        boolean deleteFirst = random.nextBoolean();
        if (deleteFirst) deleteGone(src, dst, random, whole);
        java.util.Collections.shuffle(files, random);
        for (Path f : files) {
            if (!whole && random.nextInt(3) == 0) continue;
            byte[] all = Files.readAllBytes(f);
            Path target = dst.resolve(f.getFileName());
            if (f.getFileName().toString().equals(SyncService.STATUS_FILE)) {
                // replaced whole at its source, so the sync program delivers it whole
                Files.write(target, all);
                continue;
            }
            long have = Files.exists(target) ? Files.size(target) : 0;
            int upTo = whole ? all.length : (int) Math.min(all.length, have + random.nextInt(all.length + 1));
            if (upTo <= have) continue;
            // a sync program appends what is new (it never shortens a file that only grew at its source)
            Files.write(target, java.util.Arrays.copyOfRange(all, (int) have, upTo), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        if (!deleteFirst) deleteGone(src, dst, random, whole);
    }

    private static void deleteGone(Path src, Path dst, Random random, boolean all) throws IOException {
        List<Path> gone;
        try (Stream<Path> s = Files.list(dst)) {
            gone = s.filter(p -> !Files.exists(src.resolve(p.getFileName()))).sorted().toList();
        }
        for (Path p : gone) if (all || random.nextBoolean()) Files.delete(p);
    }

    private static Set<String> reviewIds(Device d) throws Exception {
        return new HashSet<>(query(d, "SELECT guid FROM review_log"));
    }

    private static Set<String> cardIds(Device d) throws Exception {
        return new HashSet<>(query(d, "SELECT guid FROM cards"));
    }

    /** What must agree: decks, notes, cards with their schedules, and the review log, by sync identity. */
    private static String dump(Device d) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String sql : List.of(
                "SELECT guid, name, scheduler, desired_retention, learning_steps, relearning_steps, max_interval, "
                        + "new_per_day, reviews_per_day, fuzz, fsrs_weights FROM presets ORDER BY guid",
                "SELECT d.guid, d.name, p.guid FROM decks d JOIN presets p ON p.id = d.preset_id ORDER BY d.guid",
                "SELECT sync_guid, guid, note_type, fields FROM notes ORDER BY sync_guid",
                "SELECT c.guid, n.sync_guid, d.guid, c.kind, c.front, c.back, c.tags, c.suspended, c.flag, c.state, "
                        + "c.due_ms, c.stability, c.difficulty, c.scheduled_days, c.reps, c.lapses, c.step, "
                        + "c.last_review_ms, c.ease, c.buried_until_ms FROM cards c JOIN notes n ON n.id = c.note_id "
                        + "JOIN decks d ON d.id = c.deck_id ORDER BY c.guid",
                "SELECT r.guid, c.guid, r.reviewed_ms, r.rating, r.elapsed_days, r.duration_ms, r.before_state, "
                        + "r.before_due_ms, r.before_stability, r.after_state, r.after_due_ms, r.after_stability, "
                        + "r.after_difficulty, r.after_reps FROM review_log r JOIN cards c ON c.id = r.card_id ORDER BY r.guid")) {
            out.append(String.join("\n", query(d, sql))).append("\n--\n");
        }
        return out.toString();
    }

    private static List<String> query(Device d, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + d.file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= cols; i++) row.append(i > 1 ? " | " : "").append(rs.getString(i));
                out.add(row.toString());
            }
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
