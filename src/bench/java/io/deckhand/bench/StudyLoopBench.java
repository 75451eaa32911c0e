package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.render.CardPages;
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
 * The answerThen* pair is the worker's whole answer key with the card pages, without and with the build-ahead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StudyLoopBench {
    static final int CARDS = 100_000;
    /** Sub-decks under the studied deck: Anki imports keep dozens to hundreds of them. */
    @Param({"3", "30", "300"})
    public int subDecks;
    /** What the cards hold: a word or two, or a question with a manifest and a command (what the page builder works on). */
    @Param({"short", "manifest"})
    public String content;
    private final CardPages pages = new CardPages();
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
                cards.insert(note.id(), subs.get(i % subs.size()).id(), CardKind.BASIC, front(i), back(i),
                        List.of("bench"), s);
            }
            return parent.id();
        });
    }

    private String front(int i) {
        return content.equals("short") ? "front " + i : "Which object keeps **" + (i % 7 + 1) + "** copies of `web-" + i + "` running?";
    }

    private String back(int i) {
        if (content.equals("short")) return "back " + i;
        return "A Deployment:\n\n```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-" + i
                + "\nspec:\n  replicas: " + (i % 7 + 1) + "\n  selector:\n    matchLabels:\n      app: web\n  template:\n"
                + "    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n"
                + "        image: nginx:1.27\n```\n\nCheck it with `kubectl get deploy web-" + i + " -o wide`.";
    }

    private static String answerSide(StudyCard c) {
        return c.card().front() + "\n\n---\n\n" + c.card().back();
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

    /** The card about to be answered; the next card's pages were built while it was "read" (the app's build-ahead). */
    @State(Scope.Thread)
    public static class PendingBuiltAhead {
        StudyCard card;

        @Setup(Level.Invocation)
        public void pick(StudyLoopBench bench) throws Exception {
            if (++bench.answered % 150 == 0) bench.clock.nextDay();
            card = bench.services.study().next(bench.root).orElseThrow();
            var upcoming = bench.services.study().upcoming(bench.root, card.card().id());
            if (upcoming.isPresent()) {
                bench.pages.renderAhead(upcoming.get().card().front(), false);
                bench.pages.renderAhead(answerSide(upcoming.get()), false);
            }
        }
    }

    /**
     * The worker's work for one answer key before the build-ahead: answer, choose the next card, build
     * both of its pages (question and answer side) on the spot.
     */
    @Benchmark
    public Object answerThenBuildNextPages(Pending pending) throws Exception {
        services.study().answer(pending.card.card().id(), Rating.GOOD, Duration.ofSeconds(5));
        StudyCard next = services.study().next(root).orElseThrow();
        return new Object[] {pages.prepare(next.card().front(), false), pages.prepare(answerSide(next), false)};
    }

    /**
     * The same with the build-ahead: the next card's pages were built while the current one was read,
     * so the answer key takes them (or builds them when the guess missed).
     */
    @Benchmark
    public Object answerThenTakeNextPages(PendingBuiltAhead pending) throws Exception {
        services.study().answer(pending.card.card().id(), Rating.GOOD, Duration.ofSeconds(5));
        StudyCard next = services.study().next(root).orElseThrow();
        String front = next.card().front();
        String answer = answerSide(next);
        return new Object[] {pages.take(front, false).orElseGet(() -> pages.prepare(front, false)),
                pages.take(answer, false).orElseGet(() -> pages.prepare(answer, false))};
    }
}
