package io.deckhand.cli;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.exchange.TextReading;
import io.deckhand.app.exchange.ImportReport;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.app.notes.ImportChoices;
import io.deckhand.app.notes.ImportPlan;
import io.deckhand.app.notes.NotesImportResult;
import io.deckhand.app.notes.NotesSources;
import io.deckhand.app.notes.SkippedNote;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Imports decks from files; each file is all-or-nothing. */
@Command(name = "import", description = {
    "Import decks: Anki packages (.apkg .colpkg .anki2), text (.csv .tsv .txt, Anki's #headers),",
    "Deckhand JSON (.json). Notes already in the collection (same GUID) are updated, not duplicated.",
    "Notes (folders, .md .markdown, plain .txt) become cards with re-sync: changed cards are updated in",
    "place and keep their reviews; cards whose source is gone are listed, never deleted."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--no-scheduling", description = "Start every card as new and leave out the review log.")
    boolean noScheduling;

    @Option(names = "--deck", paramLabel = "DECK",
            description = "Deck for text rows or new cards from notes that name none (default: Imported, Notes for notes).")
    String deck;

    @Option(names = "--dry-run", description = "Notes: show what would be added, updated and orphaned; save nothing.")
    boolean dryRun;

    @Option(names = "--pad-ragged", description = "Text files: fill short rows and drop extra fields instead of refusing the file.")
    boolean padRagged;

    @Option(names = "--quizlet", description = "Text files: Quizlet's export (term<TAB>definition, no quoting).")
    boolean quizlet;

    @Mixin
    SrOptions sr = new SrOptions();

    @Override
    public Integer call() throws Exception {
        List<Path> notes = new ArrayList<>();
        List<Path> decks = new ArrayList<>();
        for (Path f : files) (NotesSources.isNotes(f) ? notes : decks).add(f);
        if (dryRun && !decks.isEmpty()) {
            throw new InvalidInputException("--dry-run works for notes only, not for " + decks.get(0).getFileName() + ".");
        }
        for (Path f : decks) {
            if (ExchangeFormat.forImport(f).isEmpty()) {
                throw new InvalidInputException(f + ": not a file Deckhand imports "
                        + "(.apkg .colpkg .anki2 .csv .tsv .txt .json .md or a folder).");
            }
        }
        ImportOptions options = new ImportOptions(!noScheduling,
                quizlet ? TextReading.quizlet() : TextReading.AUTO, padRagged,
                new DeckName(deck == null ? "Imported" : deck));
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServicesForImport()) {
            services.exchange().sweepLeftovers(); // what killed imports left behind
            if (!notes.isEmpty()) importNotes(services, notes, out);
            for (Path f : decks) {
                ImportReport r;
                try {
                    r = services.exchange().importFile(f, options, ProgressListener.NONE);
                } catch (InvalidInputException e) {
                    String name = String.valueOf(f.getFileName());
                    if (e.getMessage().contains(name)) throw e;
                    throw new InvalidInputException(name + ": " + e.getMessage(), e);
                }
                out.printf("%s: %d added, %d updated, %d skipped (%d cards, %d reviews, %d media files)%n",
                        f.getFileName(), r.added(), r.updated(), r.skipped(), r.cards(), r.reviews(), r.media());
                for (ImportReport.Issue i : r.issues()) out.printf("  %s: %s%n", i.item(), i.message());
            }
        }
        out.flush();
        return 0;
    }

    private void importNotes(AppServices services, List<Path> paths, PrintWriter out) throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) throw new InvalidInputException(p + " does not exist.");
        }
        DeckName target;
        try {
            target = new DeckName(deck == null ? "Notes" : deck);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--deck needs a deck name.", e);
        }
        ImportPlan plan = services.notes().plan(paths, sr.reading(paths), ProgressListener.NONE);
        for (SkippedNote s : plan.skipped()) {
            out.printf("  %s %s: %s%n", s.partlyRead() ? "read in part" : "skipped", s.path(), s.message());
        }
        long added = plan.count(ImportPlan.Action.ADD);
        long updated = plan.count(ImportPlan.Action.UPDATE);
        long unchanged = plan.count(ImportPlan.Action.UNCHANGED);
        if (!dryRun) {
            NotesImportResult r = services.notes().apply(plan, ImportChoices.all(plan, target), ProgressListener.NONE);
            added = r.added();
            updated = r.updated();
            unchanged = r.unchanged();
        }
        out.printf("%s%d added, %d updated, %d unchanged, %d orphaned (from %d notes)%n", dryRun ? "Dry run: would be " : "",
                added, updated, unchanged, plan.orphans().size(), plan.notesRead());
        if (!plan.orphans().isEmpty()) {
            out.println("Orphaned (their source is gone from the notes; kept, delete them in the app):");
            for (ImportPlan.Orphan o : plan.orphans()) {
                out.printf("  %s%s: %s (%s)%n", o.file(), o.heading().isEmpty() ? "" : " > " + o.heading(),
                        oneLine(o.front()), o.reason());
            }
        }
    }

    private static String oneLine(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
