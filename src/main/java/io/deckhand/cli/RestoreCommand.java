package io.deckhand.cli;

import io.deckhand.app.AppServices;
import io.deckhand.app.port.CollectionBackups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Replaces the collection with a backup, after backing up the current state. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the collection with a backup (see: deckhand backup --list).",
                "The collection as it is now is backed up first. Needs --yes."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Option(names = "--yes", description = "Confirm: replace the collection with FILE.")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServices()) {
            CollectionBackups.Contents c = services.backups().inspect(file);
            String what = file + " (" + c.cards() + " cards, " + c.notes() + " notes, " + c.reviews() + " reviews)";
            if (!yes) {
                spec.commandLine().getErr().println("deckhand: restoring replaces your collection with " + what
                        + ". Nothing was changed; run again with --yes to restore.");
                return 1;
            }
            Path before = services.backups().restore(file);
            out.println("Restored " + what + ".");
            out.println("The collection as it was is backed up in " + before);
        }
        out.flush();
        return 0;
    }
}
