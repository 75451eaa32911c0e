package io.deckhand.app.notes;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.ExtractionResult;
import io.deckhand.notes.FileProblem;
import io.deckhand.notes.NoteFile;
import io.deckhand.notes.NoteParser;
import io.deckhand.notes.NotesReader;
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
    private synchronized NotesReader reader(List<NoteFile> notes) {
        if (parser == null) parser = parsers.get();
        return new NotesReader(parser.withRepeatedHeadings(io.deckhand.notes.RepeatedHeadings.across(notes)));
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
        List<FileProblem> problems = new ArrayList<>();
        List<NoteFile> notes = NotesReader.find(paths, problems);
        NotesReader reader = reader(notes);
        List<io.deckhand.notes.NoteExplanation> out = new ArrayList<>();
        for (FileProblem p : problems) out.add(new io.deckhand.notes.NoteExplanation(p.path(), List.of(), List.of(), List.of(p)));
        for (NoteFile note : notes) out.add(reader.explain(note));
        return out;
    }

    /**
     * Notes are read in parallel (each note is independent and the parser is thread-safe); the
     * result keeps the notes' order, so it is the same on any number of cores.
     */
    public Extraction extract(List<Path> paths, ProgressListener progress) throws CancelledException {
        List<FileProblem> problems = new ArrayList<>();
        List<NoteFile> notes = NotesReader.find(paths, problems);
        NotesReader reader = reader(notes);
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
