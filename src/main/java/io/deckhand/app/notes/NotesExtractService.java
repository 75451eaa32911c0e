package io.deckhand.app.notes;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.ExplicitSyntax;
import io.deckhand.notes.ExtractionResult;
import io.deckhand.notes.FileProblem;
import io.deckhand.notes.NoteFile;
import io.deckhand.notes.NoteParser;
import io.deckhand.notes.NotesReader;
import io.deckhand.notes.NotesSurvey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes cards from notes on disk (files or folders) without touching the collection. Synchronous;
 * reports progress per note and stops when cancelled.
 */
public final class NotesExtractService {
    private final java.util.function.Supplier<NoteParser> parsers;
    private NoteParser parser;

    /** The parser is built on first use: wiring the app at start-up should not pay for flexmark. */
    public NotesExtractService() {
        this.parsers = NoteParser::new;
    }

    public NotesExtractService(NoteParser parser) {
        this.parsers = () -> parser;
    }

    /** A reader for these notes: headings many of them share are their template's section names. */
    private NotesReader reader(List<NoteFile> notes, ExplicitSyntax syntax) {
        return reader(notes, syntax, () -> { });
    }

    /**
     * As {@link #reader(List, ExplicitSyntax)}; {@code betweenBatches} runs after each batch of the pass
     * that reads every note first, as it does between the batches of cards ({@code extract --json} keeps
     * its heap small there too).
     */
    private NotesReader reader(List<NoteFile> notes, ExplicitSyntax syntax, Runnable betweenBatches) {
        NoteParser base;
        synchronized (this) {
            if (parser == null) parser = parsers.get();
            base = syntax == null ? parser : new NoteParser(syntax);
        }
        // Read on all cores, one read of each note for both tables: this pass runs before any note is parsed.
        NotesSurvey survey = new NotesSurvey();
        int batch = batchSize();
        for (int from = 0; from < notes.size(); from += batch) {
            survey.addAll(notes.subList(from, Math.min(notes.size(), from + batch)).parallelStream()
                    .collect(NotesSurvey.reading()));
            betweenBatches.run();
        }
        return new NotesReader(base.withRepeatedHeadings(survey.repeatedHeadings()).withFolderWords(survey.words()));
    }

    /** Enough notes per batch to keep every core busy, few enough that what they make stays small. */
    private static int batchSize() {
        return 16 * Runtime.getRuntime().availableProcessors();
    }

    public Extraction extract(List<Path> paths) {
        try {
            return extract(paths, ProgressListener.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("not cancellable", e);
        }
    }

    /** Per note found under {@code paths}: its cards with the gate's verdicts and the parts that gave none. */
    public List<io.deckhand.notes.NoteExplanation> explain(List<Path> paths) {
        return explain(paths, null);
    }

    /** As {@link #explain(List)}, reading explicit card markup as {@code syntax} says (null: Deckhand's own). */
    public List<io.deckhand.notes.NoteExplanation> explain(List<Path> paths, ExplicitSyntax syntax) {
        List<FileProblem> problems = new ArrayList<>();
        List<NoteFile> notes = NotesReader.find(paths, problems);
        NotesReader reader = reader(notes, syntax);
        List<io.deckhand.notes.NoteExplanation> out = new ArrayList<>();
        for (FileProblem p : problems) out.add(new io.deckhand.notes.NoteExplanation(p.path(), List.of(), List.of(), List.of(p)));
        for (NoteFile note : notes) out.add(reader.explain(note));
        return out;
    }

    /**
     * Each note's cards handed to {@code sink} in the notes' order as soon as its batch is read,
     * instead of all kept until the end, so memory follows a batch of notes, not the whole vault
     * ({@code extract --json} on a large vault). Skipped notes go to {@code skippedSink} in order, as
     * {@link #extract} lists them (notes not found first). Returns the number of notes read.
     */
    public int extractEach(List<Path> paths, ExplicitSyntax syntax, java.util.function.Consumer<List<CardDraft>> sink,
                           java.util.function.Consumer<SkippedNote> skippedSink) {
        return extractEach(paths, syntax, sink, skippedSink, () -> { });
    }

    /**
     * As {@link #extractEach(List, ExplicitSyntax, java.util.function.Consumer, java.util.function.Consumer)};
     * {@code betweenBatches} runs on the calling thread after each batch of notes of the first pass over
     * them (the sink runs between the later batches), where a long command can keep its heap in check.
     */
    public int extractEach(List<Path> paths, ExplicitSyntax syntax, java.util.function.Consumer<List<CardDraft>> sink,
                           java.util.function.Consumer<SkippedNote> skippedSink, Runnable betweenBatches) {
        List<FileProblem> problems = new ArrayList<>();
        List<NoteFile> notes = NotesReader.find(paths, problems);
        for (FileProblem p : problems) skippedSink.accept(skipped(p));
        NotesReader reader = reader(notes, syntax, betweenBatches);
        var acrossNotes = new io.deckhand.notes.gate.AcrossNotes.Running();
        int batch = batchSize();
        int read = 0;
        for (int from = 0; from < notes.size(); from += batch) {
            List<ExtractionResult> results = notes.subList(from, Math.min(notes.size(), from + batch))
                    .parallelStream().map(reader::read).toList();
            for (ExtractionResult r : results) {
                r.problems().forEach(p -> skippedSink.accept(skipped(p)));
                read += r.notesRead();
                sink.accept(acrossNotes.next(r.drafts()));
            }
        }
        return read;
    }

    private static SkippedNote skipped(FileProblem p) {
        return new SkippedNote(p.path(), p.reason().code(), p.message());
    }

    /**
     * Notes are read in parallel (each note is independent and the parser is thread-safe); the
     * result keeps the notes' order, so it is the same on any number of cores.
     */
    public Extraction extract(List<Path> paths, ProgressListener progress) throws CancelledException {
        return extract(paths, null, progress);
    }

    /** {@code syntax}: the explicit card markup to read (the Obsidian SR plugin's settings); null for Deckhand's. */
    public Extraction extract(List<Path> paths, ExplicitSyntax syntax, ProgressListener progress)
            throws CancelledException {
        List<FileProblem> problems = new ArrayList<>();
        List<NoteFile> notes = NotesReader.find(paths, problems);
        NotesReader reader = reader(notes, syntax);
        Object reporting = new Object();
        int[] done = {0};
        List<ExtractionResult> results = notes.parallelStream().map(note -> {
            if (progress.isCancelled()) return new ExtractionResult(List.of(), List.of(), 0); // thrown below
            ExtractionResult r = reader.read(note);
            synchronized (reporting) {
                progress.report(new Progress("Reading " + note.relativePath(), ++done[0], notes.size(), "notes"));
            }
            return r;
        }).toList();
        progress.checkCancelled();
        List<CardDraft> drafts = new ArrayList<>();
        List<SkippedNote> skipped = new ArrayList<>();
        int read = 0;
        for (ExtractionResult r : results) {
            drafts.addAll(r.drafts());
            problems.addAll(r.problems());
            read += r.notesRead();
        }
        for (FileProblem p : problems) skipped.add(new SkippedNote(p.path(), p.reason().code(), p.message()));
        return new Extraction(io.deckhand.notes.gate.AcrossNotes.markDuplicates(drafts), skipped, read);
    }
}
