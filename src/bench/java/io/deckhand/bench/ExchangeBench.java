package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.exchange.ImportReport;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import io.deckhand.exchange.ReviewKind;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.exchange.apkg.ApkgWriter;
import io.deckhand.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Import of a generated 10,000-note .apkg with 50,000 review-log rows into a new collection file
 * (target under 3 s), and export of that collection back to .apkg with scheduling (under 2 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExchangeBench {
    static final int NOTES = 10_000;
    static final int REVIEWS_PER_CARD = 5;
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private Path dir;
    private Path apkg;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Database importTarget;
    private AppServices importServices;
    private Database exportSource;
    private AppServices exportServices;
    private int run;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        dir = Files.createTempDirectory("deckhand-exchange-bench-");
        apkg = dir.resolve("bench.apkg");
        new ApkgWriter().write(generated(), apkg, new ApkgWriter.Options(true, NOW));
        exportSource = Database.open(dir.resolve("source.sqlite"));
        exportServices = Bootstrap.wire(exportSource, clock, dir.resolve("source-media"));
        ImportReport r = exportServices.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
        System.out.printf("%n[ExchangeBench] package %d bytes; %d notes, %d cards, %d reviews imported; collection %d bytes%n",
                Files.size(apkg), r.added(), r.cards(), r.reviews(), Files.size(dir.resolve("source.sqlite")));
    }

    /** Writes the benchmark's package to a file, for timing the whole {@code deckhand import} command. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench.apkg");
        new ApkgWriter().write(generated(), out, new ApkgWriter.Options(true, NOW));
        System.out.println(out + ": " + Files.size(out) + " bytes");
    }

    static DeckPackage generated() {
        List<PackageDeck> decks = new ArrayList<>();
        decks.add(new PackageDeck(1, new DeckName("Bench"), ""));
        for (int d = 1; d <= 10; d++) decks.add(new PackageDeck(d + 1, new DeckName("Bench::Topic " + d), ""));
        List<PackageNote> notes = new ArrayList<>(NOTES);
        List<PackageCard> cards = new ArrayList<>(NOTES);
        List<PackageReview> reviews = new ArrayList<>(NOTES * REVIEWS_PER_CARD);
        for (int i = 1; i <= NOTES; i++) {
            String front = "What does <code>kubectl " + i + "</code> do in namespace ns-" + (i % 50) + "?";
            String back = "It lists the <b>resources</b> of kind K" + i + " with their status, age and labels.";
            notes.add(new PackageNote(i, "bench-" + i, StockNoteTypes.BASIC_ID, List.of(front, back),
                    List.of("cka", "topic" + (i % 10)), NOW));
            Instant last = NOW.minus(Duration.ofDays(2 + i % 30));
            for (int r = 0; r < REVIEWS_PER_CARD; r++) {
                Instant at = last.minus(Duration.ofDays((long) (REVIEWS_PER_CARD - 1 - r) * 7)).plusMillis(i);
                Rating rating = r == 1 && i % 4 == 0 ? Rating.AGAIN : Rating.GOOD;
                reviews.add(new PackageReview(reviews.size() + 1, i, at, rating, r == 0 ? ReviewKind.LEARNING : ReviewKind.REVIEW,
                        r * 7, Math.max(0, (r - 1) * 7), 2500, Duration.ofSeconds(8)));
            }
            SchedulingState state = new SchedulingState(CardState.REVIEW, last.plus(Duration.ofDays(21)), 0, 0, 21,
                    REVIEWS_PER_CARD, i % 4 == 0 ? 1 : 0, 0, last, 2.5);
            cards.add(new PackageCard(i, i, 2 + i % 10, 0, CardKind.BASIC, front, back, state, false, false, false, 0));
        }
        return new DeckPackage(decks, StockNoteTypes.all(), notes, cards, reviews, List.of(), List.of());
    }

    @Setup(Level.Invocation)
    public void freshCollection() throws Exception {
        run++;
        importTarget = Database.open(dir.resolve("target-" + run + ".sqlite"));
        importServices = Bootstrap.wire(importTarget, clock, dir.resolve("target-media-" + run));
    }

    @TearDown(Level.Invocation)
    public void closeCollection() {
        importTarget.close();
    }

    @Benchmark
    public ImportReport importApkg() throws Exception {
        return importServices.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
    }

    @Benchmark
    public Object exportApkg() throws Exception {
        return exportServices.exchange().exportDeck(new DeckName("Bench"), ExchangeFormat.APKG,
                dir.resolve("export-" + (++run) + ".apkg"), true, ProgressListener.NONE);
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        exportSource.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
