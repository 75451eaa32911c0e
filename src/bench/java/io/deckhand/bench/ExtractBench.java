package io.deckhand.bench;

import com.vladsch.flexmark.parser.Parser;
import io.deckhand.app.notes.NotesExtractService;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.NoteParser;
import io.deckhand.notes.gate.QualityGate;
import io.deckhand.vault.VaultGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.State;

/**
 * Card extraction over a generated 10 MB vault (in memory, so disk speed is not measured), against
 * flexmark alone parsing the same files with the same options. Throughput = 10 MB / time per op.
 * Targets (issue 3): at least 20 MB/s, and extraction no more than 2x flexmark alone.
 * {@code gateOnly} is the quality gate's share of {@code extractVault}.
 * {@code extractVault} and {@code flexmarkParseOnly} run on one thread (the ratio compares like with
 * like); {@code extractVaultFolder} is what an import does: the vault written to a temporary folder,
 * read and extracted by {@link NotesExtractService} on all cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractBench {
    static final long VAULT_CHARS = 10L * 1024 * 1024;

    List<VaultGenerator.Note> notes;
    NoteParser parser;
    Parser flexmark;
    Path vault;
    NotesExtractService service;
    List<List<CardDraft>> drafts;

    @Setup
    public void setup() {
        notes = new VaultGenerator(1).generate(VAULT_CHARS);
        parser = new NoteParser();
        flexmark = Parser.builder(NoteParser.flexmarkOptions()).build();
        try {
            vault = Files.createTempDirectory("deckhand-bench-vault");
            VaultGenerator.write(vault, notes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        service = new NotesExtractService();
        drafts = new ArrayList<>();
        for (VaultGenerator.Note n : notes) drafts.add(parser.parse(n.path(), n.text()).drafts());
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(vault)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Benchmark
    public int extractVaultFolder() {
        return service.extract(List.of(vault)).drafts().size();
    }

    @Benchmark
    public int extractVault() {
        int cards = 0;
        for (VaultGenerator.Note n : notes) cards += parser.parse(n.path(), n.text()).drafts().size();
        return cards;
    }

    /** The quality gate alone over the vault's cards, note by note as extraction runs it. */
    @Benchmark
    public int gateOnly() {
        int passed = 0;
        for (List<CardDraft> note : drafts) {
            for (CardDraft d : QualityGate.standard().judge(note)) if (d.quality().passed()) passed++;
        }
        return passed;
    }

    @Benchmark
    public int flexmarkParseOnly() {
        int blocks = 0;
        for (VaultGenerator.Note n : notes) blocks += flexmark.parse(n.text()).getLineCount();
        return blocks;
    }
}
