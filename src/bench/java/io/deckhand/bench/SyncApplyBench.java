package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.sync.SyncReport;
import io.deckhand.app.sync.SyncService;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * One device applies 10,000 answers another device gave to 1,000 cards (target under 1 s): read
 * and check the journal, add the answers, reschedule each card from its merged history, in one
 * transaction on a collection file. Prints the journal's bytes per 1,000 answers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SyncApplyBench {
    static final int CARDS = 1_000;
    static final int ANSWERS = 10_000;

    private Path dir;
    private Path receiverTemplate;
    private Database receiverDb;
    private AppServices receiver;
    private int run;

    /** A clock that moves a little on every reading, as answers take time. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusMillis(997);
            return now;
        }
    }

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        dir = Files.createTempDirectory("deckhand-sync-bench-");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Clock clock = new Ticking();
        try (Database senderDb = Database.open(dir.resolve("sender.sqlite"));
             AppServices sender = Bootstrap.wire(senderDb, clock)) {
            List<Card> cards = new ArrayList<>();
            senderDb.inTransaction(() -> {
                for (int i = 0; i < CARDS; i++) {
                    cards.add(sender.library().addCard(new DeckName("Bench::Part " + (i % 10)), "Question " + i,
                            "Answer " + i, List.of("bench")));
                }
                return null;
            });
            sender.sync().setFolder(shared);
            try (Database db = Database.open(dir.resolve("receiver.sqlite"));
                 AppServices r = Bootstrap.wire(db, clock)) {
                r.sync().setFolder(shared);
                r.sync().syncNow(); // receives the cards
            }
            Path journal = shared.resolve(SyncService.ROOT).resolve(sender.sync().deviceId());
            long before = folderBytes(journal);
            senderDb.inTransaction(() -> {
                for (int i = 0; i < ANSWERS; i++) {
                    Card c = cards.get(i % CARDS);
                    sender.study().answerOutsideSession(c.id(), Rating.fromCode(1 + (i * 7 / 3) % 4), Duration.ofSeconds(6));
                }
                return null;
            });
            sender.sync().writeJournal();
            long bytes = folderBytes(journal) - before;
            System.out.printf("%n[SyncApplyBench] %d answers to %d cards: journal grew by %d bytes = %d bytes per 1,000 answers%n",
                    ANSWERS, CARDS, bytes, bytes * 1_000 / ANSWERS);
        }
        receiverTemplate = dir.resolve("receiver.sqlite");
    }

    @Setup(Level.Iteration)
    public void freshReceiver() throws Exception {
        Path copy = dir.resolve("receiver-" + (run++) + ".sqlite");
        Files.copy(receiverTemplate, copy, StandardCopyOption.REPLACE_EXISTING);
        receiverDb = Database.open(copy);
        receiver = Bootstrap.wire(receiverDb, Clock.fixed(Instant.parse("2026-03-03T10:00:00Z"), ZoneOffset.UTC));
    }

    @Benchmark
    public SyncReport applyTenThousandAnswers() throws Exception {
        SyncReport report = receiver.sync().syncNow();
        if (report.applied() != ANSWERS) throw new IllegalStateException("applied " + report.applied() + " of " + ANSWERS);
        return report;
    }

    @TearDown(Level.Iteration)
    public void closeReceiver() throws Exception {
        receiver.close();
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static long folderBytes(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> files = Files.list(folder)) {
            long sum = 0;
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) sum += Files.size(p);
            return sum;
        }
    }
}
