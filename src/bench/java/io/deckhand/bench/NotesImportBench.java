package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.notes.ImportChoices;
import io.deckhand.app.notes.ImportPlan;
import io.deckhand.app.notes.NotesImportResult;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.notes.NoteParser;
import io.deckhand.storage.Database;
import io.deckhand.vault.VaultGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * Importing 10,000 cards extracted from a generated vault on disk into an empty in-memory
 * collection: {@code importAll} = plan (extract + compare) and apply in one transaction;
 * {@code applyOnly} = the transaction alone; {@code resyncUnchanged} = planning again once they are
 * all saved. Target (issue 3): importing 10,000 extracted cards under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NotesImportBench {
    static final int CARDS = 10_000;

    Path vault;
    int cards;
    AppServices empty;
    AppServices full;
    ImportPlan plan;

    @Setup(Level.Trial)
    public void vault() throws Exception {
        vault = Files.createTempDirectory("deckhand-bench-vault");
        NoteParser parser = new NoteParser();
        for (VaultGenerator.Note n : new VaultGenerator(7).generate(4L * 1024 * 1024)) {
            if (cards >= CARDS) break;
            Path f = vault.resolve(n.path());
            Files.createDirectories(f.getParent());
            Files.writeString(f, n.text());
            cards += parser.parse(n.path(), n.text()).drafts().size();
        }
        full = Bootstrap.wire(Database.openInMemory(), Clock.systemUTC());
        ImportPlan p = full.notes().plan(List.of(vault), ProgressListener.NONE);
        full.notes().apply(p, ImportChoices.all(p, new DeckName("Bench")), ProgressListener.NONE);
        if (p.cards().size() < CARDS) throw new IllegalStateException("the vault gave only " + p.cards().size() + " cards");
    }

    @Setup(Level.Invocation)
    public void emptyCollection() throws Exception {
        empty = Bootstrap.wire(Database.openInMemory(), Clock.systemUTC());
        plan = empty.notes().plan(List.of(vault), ProgressListener.NONE);
    }

    @TearDown(Level.Invocation)
    public void closeEmpty() throws Exception {
        empty.close();
    }

    @TearDown(Level.Trial)
    public void deleteVault() throws Exception {
        full.close();
        try (Stream<Path> s = Files.walk(vault)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException ignored) {
                    // temp files
                }
            });
        }
    }

    @Benchmark
    public NotesImportResult importAll() throws Exception {
        ImportPlan p = empty.notes().plan(List.of(vault), ProgressListener.NONE);
        return empty.notes().apply(p, ImportChoices.all(p, new DeckName("Bench")), ProgressListener.NONE);
    }

    @Benchmark
    public NotesImportResult applyOnly() throws Exception {
        return empty.notes().apply(plan, ImportChoices.all(plan, new DeckName("Bench")), ProgressListener.NONE);
    }

    @Benchmark
    public ImportPlan resyncUnchanged() throws Exception {
        return full.notes().plan(List.of(vault), ProgressListener.NONE);
    }
}
