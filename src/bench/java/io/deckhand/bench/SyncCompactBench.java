package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.sync.Compaction;
import io.deckhand.app.sync.SyncService;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Compacting a journal of 1,000 cards and 10,000 answers that the other device has applied: read the
 * segments, keep what matters, write and fsync the snapshot, delete the segments. Prints the
 * journal folder's bytes before and after.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SyncCompactBench {
    static final int CARDS = 1_000;
    static final int ANSWERS = 10_000;

    private Path dir;
    private Path template;
    private String sender;
    private Path root;
    private int run;
    long bytesBefore;
    long bytesAfter;

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
        dir = Files.createTempDirectory("deckhand-compact-bench-");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Clock clock = new Ticking();
        try (Database senderDb = Database.open(dir.resolve("sender.sqlite"));
             AppServices s = Bootstrap.wire(senderDb, clock)) {
            List<Card> cards = new ArrayList<>();
            senderDb.inTransaction(() -> {
                for (int i = 0; i < CARDS; i++) {
                    cards.add(s.library().addCard(new DeckName("Bench::Part " + (i % 10)), "Question " + i,
                            "Answer " + i, List.of("bench")));
                }
                return null;
            });
            s.sync().setFolder(shared);
            senderDb.inTransaction(() -> {
                for (int i = 0; i < ANSWERS; i++) {
                    Card c = cards.get(i % CARDS);
                    s.study().answerOutsideSession(c.id(), Rating.fromCode(1 + (i * 7 / 3) % 4), Duration.ofSeconds(6));
                }
                return null;
            });
            s.sync().writeJournal();
            sender = s.sync().deviceId();
            // the other device applies it all, so nothing holds compaction back
            try (Database db = Database.open(dir.resolve("receiver.sqlite"));
                 AppServices r = Bootstrap.wire(db, clock)) {
                r.sync().setFolder(shared);
                r.sync().syncNow();
            }
        }
        template = shared.resolve(SyncService.ROOT);
        bytesBefore = folderBytes(template.resolve(sender));
    }

    @Setup(Level.Iteration)
    public void freshCopy() throws Exception {
        root = dir.resolve("copy-" + (run++)).resolve(SyncService.ROOT);
        copyTree(template, root);
    }

    @Benchmark
    public Compaction.Run compact() throws Exception {
        Compaction.Run r = new Compaction(Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC))
                .compact(root, sender, 0);
        if (r.segmentsDropped() == 0) throw new IllegalStateException(r.summary());
        bytesAfter = folderBytes(root.resolve(sender));
        return r;
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws Exception {
        System.out.printf("%n[SyncCompactBench] %d answers to %d cards: journal folder %,d bytes before compaction, "
                + "%,d after%n", ANSWERS, CARDS, bytesBefore, bytesAfter);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long sum = 0;
            for (Path p : files.filter(Files::isRegularFile).toList()) sum += Files.size(p);
            return sum;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
