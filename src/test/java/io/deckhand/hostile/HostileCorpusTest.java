package io.deckhand.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.notes.NotesSources;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import io.deckhand.render.page.CardPage;
import io.deckhand.render.yaml.YamlValidator;
import io.deckhand.storage.Database;
import io.deckhand.storage.RowChecksum;
import io.deckhand.support.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's hostile corpus: 300+ generated files through every importer and parser via the app
 * services. Each file: finishes in time, fails (if it fails) with a one-line DeckhandException, writes
 * under 50 MB, and leaves the collection as it was unless the import was accepted.
 * Runs in the "hostile" profile (mvn -Phostile verify) with java.io.tmpdir inside target/.
 */
@Tag("hostile")
class HostileCorpusTest {
    private static final long SEED = Long.getLong("hostile.seed", 12L);
    private static final long LIMIT_SECONDS = 20;
    private static final long MAX_WRITTEN = 50L << 20;

    private final List<String> problems = new ArrayList<>();
    private int crashed;
    private int hung;
    private int unclear;
    private int accepted;
    private long maxWritten;
    private String maxWrittenBy = "";

    @Test
    void everyHostileFileIsRefusedClearlyOrImportedSafely() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        Path work = Files.createTempDirectory(Path.of("target"), "hostile-");
        Path data = work.resolve("data");
        Path corpusDir = Files.createDirectories(work.resolve("corpus"));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (AppServices app = Bootstrap.open(data, clock);
             Database reader = Database.open(data.resolve(Bootstrap.COLLECTION_FILE))) {
            DeckSummary deck = app.study().deckTree().get(0);
            Path exports = Files.createDirectories(work.resolve("exports"));
            for (ExchangeFormat f : List.of(ExchangeFormat.APKG, ExchangeFormat.JSON, ExchangeFormat.CSV)) {
                app.exchange().exportDeck(deck.name(), f, exports.resolve("deck." + f.code()), true, ProgressListener.NONE);
            }
            List<Path> files = new ArrayList<>(new HostileCorpus(corpusDir, SEED).write(
                    Files.readAllBytes(exports.resolve("deck.apkg")), Files.readString(exports.resolve("deck.json")),
                    Files.readString(exports.resolve("deck.csv"))));
            files.addAll(specialFiles(corpusDir));

            ExecutorService worker = Executors.newSingleThreadExecutor();
            long started = System.nanoTime();
            for (Path file : files) {
                String before = RowChecksum.of(reader);
                long sizeBefore = size(data) + size(tmp);
                AtomicLong peak = new AtomicLong(sizeBefore);
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(size(data) + size(tmp), Math::max);
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                boolean changedOnPurpose = false;
                Future<Boolean> run = worker.submit(() -> feed(app, file));
                try {
                    changedOnPurpose = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    hung++;
                    problems.add(file.getFileName() + ": still running after " + LIMIT_SECONDS + " s");
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    crashed++;
                    problems.add(file.getFileName() + ": " + e.getCause());
                }
                sampler.interrupt();
                sampler.join();
                peak.accumulateAndGet(size(data) + size(tmp), Math::max);
                long written = peak.get() - sizeBefore;
                if (written > maxWritten) {
                    maxWritten = written;
                    maxWrittenBy = file.getFileName().toString();
                }
                if (written > MAX_WRITTEN) problems.add(file.getFileName() + ": wrote " + written / (1 << 20) + " MB");
                if (changedOnPurpose) {
                    accepted++;
                } else if (!before.equals(RowChecksum.of(reader))) {
                    problems.add(file.getFileName() + ": refused, yet the collection changed");
                }
            }
            worker.shutdownNow();
            System.out.printf("hostile corpus (seed %d): %d files, %d crashed, %d hung, %d unclear, %d accepted, max %.1f MB written (%s), %d s%n",
                    SEED, files.size(), crashed, hung, unclear, accepted, maxWritten / 1048576.0, maxWrittenBy,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
            assertTrue(files.size() >= 300, "corpus has " + files.size() + " files");
            assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        } finally {
            delete(work);
        }
    }

    /** Feeds one file to each service that takes its kind; true when an import was accepted (may change rows). */
    private boolean feed(AppServices app, Path file) {
        String name = file.getFileName().toString();
        boolean imported = false;
        if (NotesSources.isNotes(file)) {
            expectClear(name + " (notes)", () -> app.notes().plan(List.of(file), ProgressListener.NONE));
        } else if (ExchangeFormat.forImport(file).isPresent()) {
            imported = expectClear(name + " (import)",
                    () -> app.exchange().importFile(file, ImportOptions.defaults(), ProgressListener.NONE));
        }
        if (name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".mmd")) {
            String text = readPrefix(file);
            if (text != null) {
                if (name.endsWith(".md")) new CardPage().html(text, true, true);
                if (name.endsWith(".yaml")) {
                    new YamlValidator().check(text);
                    new CardPage().html("```yaml\n" + text + "\n```\n", false, false);
                }
                if (name.endsWith(".mmd")) {
                    try {
                        new DiagramRenderer().toSvg(text, false);
                    } catch (FlowchartSyntaxException e) {
                        checkMessage(name + " (diagram)", e.getMessage());
                    }
                    new CardPage().html("```mermaid\n" + text + "\n```\n", false, true);
                }
            }
        }
        return imported;
    }

    private interface Step {
        void run() throws DeckhandException;
    }

    private boolean expectClear(String what, Step step) {
        try {
            step.run();
            return true;
        } catch (DeckhandException e) {
            checkMessage(what, e.getMessage());
            return false;
        }
    }

    private synchronized void checkMessage(String what, String message) {
        if (message == null || message.isBlank() || message.contains("\n") || message.contains("Exception")
                || message.contains("Error:") || message.contains("\tat ")) {
            unclear++;
            problems.add(what + ": unclear message: " + message);
        }
    }

    /** What a card holds at most (the renderers cap their input); null for special files. */
    private static String readPrefix(Path file) {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4 << 20), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A symlink to /dev/zero and FIFOs, named as the importers' files. */
    private static List<Path> specialFiles(Path dir) throws Exception {
        List<Path> special = new ArrayList<>();
        if (!Files.exists(Path.of("/dev/zero"))) return special;
        for (String ext : List.of("csv", "json", "md", "apkg")) {
            special.add(Files.createSymbolicLink(dir.resolve("zero." + ext), Path.of("/dev/zero")));
            Path fifo = dir.resolve("fifo." + ext);
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) special.add(fifo);
        }
        return special;
    }

    private static long size(Path root) {
        if (!Files.exists(root)) return 0;
        try (Stream<Path> all = Files.walk(root)) {
            return all.mapToLong(p -> {
                try {
                    return Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : 0;
                } catch (IOException e) {
                    return 0; // removed while walking
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
