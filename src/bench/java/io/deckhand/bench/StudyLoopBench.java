package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.study.StudyCard;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteDeckRepository;
import io.deckhand.storage.SqliteNoteRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The study loop on a 100,000-card collection in a file on this disk (WAL, synchronous=FULL):
 * choosing the next card, and answering one (schedule + write + commit).
 * Run: mvn -Pbench verify -Djmh.args="StudyLoopBench -f 1 -wi 3 -i 5" (-p subDecks=300 for one shape)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StudyLoopBench {
    static final int CARDS = 100_000;
    /** Sub-decks under the studied deck: Anki imports keep dozens to hundreds of them. */
    @Param({"3", "30", "300"})
    public int subDecks;
    private Path dir;
    private Database db;
    private AppServices services;
    private DeckId root;
    private SteppingClock clock;
    private int answered;

    /** Time moves a day on every 150 answers, so the default daily limits never run dry. */
    static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            now = start;
        }

        void nextDay() {
            now = now.plus(Duration.ofDays(1));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Setup(Level.Trial)
    public void build() throws Exception {
        dir = Files.createTempDirectory("deckhand-bench");
        db = Database.open(dir.resolve("collection.sqlite"));
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        clock = new SteppingClock(now);
        services = Bootstrap.wire(db, clock);
        var decks = new SqliteDeckRepository(db, clock);
        var notes = new SqliteNoteRepository(db, clock);
        var cards = new SqliteCardRepository(db, clock);
        SplittableRandom rnd = new SplittableRandom(42);
        root = db.inTransaction(() -> {
            var parent = decks.create(new DeckName("Kubernetes"), PresetId.DEFAULT);
            var subs = new java.util.ArrayList<io.deckhand.domain.deck.Deck>();
            for (int d = 0; d < subDecks; d++) {
                subs.add(decks.create(new DeckName(String.format("Kubernetes::Topic %03d", d)), PresetId.DEFAULT));
            }
            for (int i = 0; i < CARDS; i++) {
                var note = notes.insert("g" + i, "basic", List.of("front " + i, "back " + i), null, "");
                SchedulingState s;
                if (i % 10 < 4) {
                    s = SchedulingState.newCard(now.minusSeconds(CARDS - i));
                } else {
                    int interval = 1 + rnd.nextInt(200);
                    Instant due = now.plus(Duration.ofHours(rnd.nextInt(-24 * 30, 24 * 120)));
                    s = new SchedulingState(CardState.REVIEW, due, interval * 1.2, 1 + rnd.nextDouble() * 9,
                            interval, 3, 0, 0, due.minus(Duration.ofDays(interval)), 2.5);
                }
                cards.insert(note.id(), subs.get(i % subs.size()).id(), CardKind.BASIC, "front " + i, "back " + i,
                        List.of("bench"), s);
            }
            return parent.id();
        });
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        services.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public StudyCard nextCard() throws Exception {
        return services.study().next(root).orElseThrow();
    }

    /** The card about to be answered, chosen outside the measured time. */
    @State(Scope.Thread)
    public static class Pending {
        StudyCard card;

        @Setup(Level.Invocation)
        public void pick(StudyLoopBench bench) throws Exception {
            if (++bench.answered % 150 == 0) bench.clock.nextDay();
            card = bench.services.study().next(bench.root).orElseThrow();
        }
    }

    @Benchmark
    public void answerCard(Pending pending) throws Exception {
        services.study().answer(pending.card.card().id(), Rating.GOOD, Duration.ofSeconds(5));
    }
}
