package io.deckhand.cli;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.exchange.AnkiPackageFormat;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ExchangeService;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.deck.DeckName;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Exports a deck and its sub-decks. */
@Command(name = "export", description = "Export a deck with its sub-decks as an Anki package, CSV, Deckhand JSON or Markdown.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DECK", description = "Full deck name, e.g. \"Kubernetes::Storage\".")
    String deck;

    @Option(names = "--format", required = true, paramLabel = "apkg|csv|json|md", description = "Output format.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
    Path output;

    @Option(names = "--with-scheduling", description = "Include due dates, memory state and the review log (apkg).")
    boolean withScheduling;

    @Option(names = "--anki-format", paramLabel = "latest|legacy", defaultValue = "latest",
            description = "Anki package layout (apkg): latest (Anki 2.1.50 and later, the default) or legacy"
                    + " (also older Anki versions, like Anki's \"Support older Anki versions\").")
    String ankiFormat;

    @Override
    public Integer call() throws Exception {
        ExchangeFormat f = ExchangeFormat.fromCode(format).orElseThrow(() ->
                new InvalidInputException("Unknown format \"" + format + "\": use apkg, csv, json or md."));
        AnkiPackageFormat layout = AnkiPackageFormat.fromCode(ankiFormat).orElseThrow(() ->
                new InvalidInputException("Unknown Anki package format \"" + ankiFormat + "\": use latest or legacy."));
        DeckName name;
        try {
            name = new DeckName(deck);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The deck name is empty.");
        }
        ExchangeService.ExportSummary s;
        try (AppServices services = root.openServices()) {
            s = services.exchange().exportDeck(name, f, output, withScheduling, layout, ProgressListener.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Wrote %s: %d notes, %d cards%s%s%n", s.file(), s.notes(), s.cards(),
                withScheduling ? ", " + s.reviews() + " reviews" : "", s.media() > 0 ? ", " + s.media() + " media files" : "");
        for (var skipped : s.skipped()) out.printf("  skipped %s: %s%n", skipped.item(), skipped.message());
        for (String changed : s.changed()) out.printf("  changed: %s%n", changed);
        out.flush();
        return 0;
    }
}
