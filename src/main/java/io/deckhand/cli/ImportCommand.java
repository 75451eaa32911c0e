package io.deckhand.cli;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.exchange.ImportReport;
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
}
