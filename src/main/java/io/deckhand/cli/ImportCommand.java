package io.deckhand.cli;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.exchange.ImportReport;
import io.deckhand.app.notes.NotesImportReport;
import io.deckhand.app.notes.SkippedNote;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.csv.AnkiTextReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Imports decks from files; each file is all-or-nothing. */
@Command(name = "import", description = {
    "Import decks: Anki packages (.apkg .colpkg .anki2), text (.csv .tsv .txt, Anki's #headers),",
    "Deckhand JSON (.json), notes (.md files and folders, through the extractor).",
    "Notes already in the collection (same GUID) are updated, not duplicated."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--no-scheduling", description = "Start every card as new and leave out the review log.")
    boolean noScheduling;

    @Option(names = "--deck", paramLabel = "DECK", defaultValue = "Imported",
            description = "Deck for text rows that name none (default: ${DEFAULT-VALUE}).")
    String deck;

    @Option(names = "--pad-ragged", description = "Text files: fill short rows and drop extra fields instead of refusing the file.")
    boolean padRagged;

    @Option(names = "--dry-run", description = "Notes (.md files and folders): show what would be added, "
            + "updated and orphaned without saving.")
    boolean dryRun;

    @Option(names = "--quizlet", description = "Text files: Quizlet's export (term<TAB>definition, no quoting).")
    boolean quizlet;

    @Override
    public Integer call() throws Exception {
        for (Path f : files) {
            if (ExchangeFormat.forImport(f).isEmpty()) {
                throw new InvalidInputException(f + ": not a file Deckhand imports "
                        + "(.apkg .colpkg .anki2 .csv .tsv .txt .json .md or a folder).");
            }
        }
        ImportOptions options = new ImportOptions(!noScheduling,
                quizlet ? AnkiTextReader.Options.quizlet() : AnkiTextReader.Options.AUTO, null, padRagged,
                new DeckName(deck));
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServices()) {
            for (Path f : files) {
                if (isNotes(f)) {
                    notes(services, f, out);
                    continue;
                }
                if (dryRun) throw new InvalidInputException(f.getFileName() + ": --dry-run works for notes only.");
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

    /** Markdown notes and folders of notes go through the notes importer (with re-sync). */
    private static boolean isNotes(Path f) {
        String name = String.valueOf(f.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return java.nio.file.Files.isDirectory(f) || name.endsWith(".md") || name.endsWith(".markdown");
    }

    private void notes(AppServices services, Path f, PrintWriter out) throws Exception {
        NotesImportReport r = services.notes().importNotes(List.of(f), new DeckName(deck), dryRun,
                ProgressListener.NONE);
        out.printf("%s: %d added, %d updated, %d unchanged, %d orphaned%s%n", f.getFileName(), r.added(),
                r.updated(), r.unchanged(), r.orphaned().size(), dryRun ? " (dry run, nothing saved)" : "");
        for (NotesImportReport.Orphan o : r.orphaned()) {
            out.printf("  orphaned: %s%s: %s%n", o.path(), o.heading().isEmpty() ? "" : " (" + o.heading() + ")",
                    o.front().replace('\n', ' '));
        }
        for (SkippedNote s : r.skipped()) out.printf("  skipped %s: %s%n", s.path(), s.message());
    }
}
