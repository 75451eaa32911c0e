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
import io.deckhand.storage.Database;
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
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * N devices (real SQLite collections, one folder each standing for what the sync program has
 * delivered to it) change their collections offline; journal files reach the others in random
 * order and in pieces (a prefix first, the rest later). Once everything is delivered and each has
 * synced, all hold the same cards, fields, decks, review logs and schedules, and no answer is lost.
 * Besides answers, schedules change by hand (reset, set due date) and cards are buried and unburied.
 */
class SyncConvergenceProperties {

    /** One simulated device. */
    private static final class Device implements AutoCloseable {
        final MutableClock clock;
        final Path file;
        final Database db;
        final AppServices services;
        final Path view;

        Device(Path home, int index, Instant start) throws Exception {
            clock = new MutableClock(start);
            file = home.resolve("device" + index + ".sqlite");
            db = Database.open(file);
            services = Bootstrap.wire(db, clock);
            view = Files.createDirectories(home.resolve("folder" + index));
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
            List<List<String>> ownAnswers = new ArrayList<>();
            for (int i = 0; i < n; i++) ownAnswers.add(new ArrayList<>());
            deliverEverything(devices, random);

            for (int step = 0; step < steps; step++) {
                Device d = devices.get(random.nextInt(n));
                d.clock.advance(Duration.ofMinutes(1 + random.nextInt(600)));
                int what = random.nextInt(112);
                if (what < 12) {
                    deliverSome(devices, random);
                    d.services.sync().syncNow();
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
