package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.stats.StatsReport;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Every statistic of a collection with 1,000,000 review-log rows (20,000 cards x 50 answers, all
 * within the last year, 20 decks under one parent, a tag and a heading per card), in a file on this disk:
 * the whole collection and the parent deck (all its 20 sub-decks through the IN list).
 * Run: mvn -o -q -Pbench verify -DskipTests -Djmh.args="StatsBench -f 1 -wi 3 -w 2s -i 5 -r 2s"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatsBench {
    static final int DECKS = 20;
    static final int CARDS = 20_000;
    static final int ANSWERS_PER_CARD = 50;
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private Path dir;
    private AppServices services;

    @Setup(Level.Trial)
    public void build() throws Exception {
        dir = Files.createTempDirectory("deckhand-stats-bench");
        Path file = dir.resolve("collection.sqlite");
        Database.open(file).close(); // schema and indexes as the app makes them
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            fill(c);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            c.commit();
        }
        Database db = Database.open(file);
        services = Bootstrap.wire(db, Clock.fixed(NOW, ZoneId.of("Europe/Berlin")));
        StatsReport r = services.stats().report(Optional.empty());
        if (r.states().total() != CARDS) throw new IllegalStateException("expected " + CARDS + " cards");
        System.out.println("answers in the year: " + r.answers() + ", topics: " + r.topics().size());
    }

    static void fill(Connection c) throws Exception {
        SplittableRandom rnd = new SplittableRandom(7);
        long dayMs = 86_400_000L;
        long now = NOW.toEpochMilli();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT OR IGNORE INTO presets(id, name, scheduler, desired_retention, learning_steps, "
                    + "relearning_steps, max_interval, new_per_day, reviews_per_day, fuzz, fsrs_weights) VALUES (1, "
                    + "'Default', 'fsrs6', 0.9, '60 600', '600', 36500, 20, 200, 1, '0.212 1.2931 2.3065 8.2956 6.4133 "
                    + "0.8334 3.0194 0.001 1.8722 0.1666 0.796 1.4835 0.0614 0.2629 1.6483 0.6014 1.8729 0.5425 "
                    + "0.0912 0.0658 0.1542')");
            s.execute("INSERT INTO decks(id, name, preset_id, created_ms) VALUES (1, 'Bench', 1, 0)");
        }
        try (PreparedStatement deck = c.prepareStatement("INSERT INTO decks(id, name, preset_id, created_ms) VALUES (?, ?, 1, 0)");
             PreparedStatement note = c.prepareStatement("INSERT INTO notes(id, guid, note_type, fields, source_headings, "
                     + "content_hash, modified_ms) VALUES (?, ?, 'basic', ?, ?, '', 0)");
             PreparedStatement card = c.prepareStatement("INSERT INTO cards(id, note_id, deck_id, kind, front, back, tags, "
                     + "suspended, state, due_ms, stability, difficulty, scheduled_days, reps, lapses, step, last_review_ms, "
                     + "ease, modified_ms) VALUES (?, ?, ?, 'basic', ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, 0, ?, 2.5, 0)");
             PreparedStatement log = c.prepareStatement("INSERT INTO review_log(card_id, deck_id, reviewed_ms, rating, "
                     + "elapsed_days, duration_ms, before_state, before_due_ms, before_stability, before_difficulty, "
                     + "before_scheduled_days, before_reps, before_lapses, before_step, before_last_review_ms, before_ease, "
                     + "after_state, after_due_ms, after_stability, after_difficulty, after_scheduled_days, after_reps, "
                     + "after_lapses, after_step, after_last_review_ms, after_ease) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, 0, 0, ?, 2.5, ?, ?, ?, 5, ?, ?, 0, 0, ?, 2.5)")) {
            for (int d = 0; d < DECKS; d++) {
                deck.setLong(1, d + 2);
                deck.setString(2, "Bench::Deck " + d);
                deck.executeUpdate();
            }
            for (int i = 1; i <= CARDS; i++) {
                long deckId = 2 + i % DECKS;
                note.setLong(1, i);
                note.setString(2, "g" + i);
                note.setString(3, "front " + i + "\u001fback " + i);
                note.setString(4, "Heading " + (i % 37) + "\u001fSub");
                note.addBatch();
                // 50 answers within the last year (so every row counts): first new, two learning, then reviews
                long t = now - (long) (360 * dayMs * (0.75 + 0.25 * rnd.nextDouble()));
                long gap = (now - t) / ANSWERS_PER_CARD;
                int interval = 0;
                double stability = 1;
                int lapses = 0;
                for (int a = 0; a < ANSWERS_PER_CARD; a++) {
                    int before = a == 0 ? 0 : a < 3 ? 1 : 2;
                    int rating = before == 2 && rnd.nextInt(10) == 0 ? 1 : 2 + rnd.nextInt(3);
                    if (rating == 1) lapses++;
                    int next = rating == 1 ? 1 : Math.max(1, (int) (Math.max(1, interval) * (1.1 + rnd.nextDouble() * 0.3)));
                    next = Math.min(next, 20);
                    log.setLong(1, i);
                    log.setLong(2, deckId);
                    log.setLong(3, t);
                    log.setInt(4, rating);
                    log.setInt(5, interval);
                    log.setLong(6, 2_000 + rnd.nextInt(20_000));
                    log.setInt(7, before);
                    log.setLong(8, t);
                    log.setDouble(9, stability);
                    log.setInt(10, interval);
                    log.setInt(11, a);
                    log.setLong(12, t - interval * dayMs);
                    log.setInt(13, 2);
                    log.setLong(14, t + next * dayMs);
                    log.setDouble(15, stability * 1.3);
                    log.setInt(16, next);
                    log.setInt(17, a + 1);
                    log.setLong(18, t);
                    log.addBatch();
                    stability *= rating == 1 ? 0.5 : 1.3;
                    interval = next;
                    t += gap / 2 + (long) (rnd.nextDouble() * gap);
                }
                long last = t;
                card.setLong(1, i);
                card.setLong(2, i);
                card.setLong(3, deckId);
                card.setString(4, "front " + i);
                card.setString(5, "back " + i);
                card.setString(6, " bench topic" + (i % 50) + " ");
                card.setInt(7, i % 97 == 0 ? 1 : 0);
                card.setInt(8, 2);
                card.setLong(9, last + interval * dayMs);
                card.setDouble(10, Math.min(stability, 3000));
                card.setDouble(11, 1 + rnd.nextDouble() * 9);
                card.setInt(12, interval);
                card.setInt(13, lapses);
                card.setLong(14, last);
                card.addBatch();
                if (i % 1000 == 0) {
                    note.executeBatch();
                    card.executeBatch();
                    log.executeBatch();
                }
            }
            note.executeBatch();
            card.executeBatch();
            log.executeBatch();
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        services.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public StatsReport wholeCollection() throws Exception {
        return services.stats().report(Optional.empty());
    }

    @Benchmark
    public StatsReport parentDeck() throws Exception {
        return services.stats().report(Optional.of("Bench"));
    }
}
