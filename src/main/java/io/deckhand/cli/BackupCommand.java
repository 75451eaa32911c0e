package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.backup.BackupSummary;
import io.deckhand.app.port.CollectionBackups;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Makes a backup of the collection now, or lists the backups. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the collection now and print the backup's path, or list the backups with --list.",
                "Backups are kept in the data folder's backups/ folder (as Anki keeps them: all of today and "
                        + "yesterday, then 12 daily, 10 weekly and 9 monthly)."})
final class BackupCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "List the backups, newest first, with their counts.")
    boolean list;

    @Option(names = "--json", description = "With --list: print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServices()) {
            if (!list) {
                Path made = services.backups().backupNow();
                out.println(made);
                out.flush();
                return 0;
            }
            List<BackupSummary> backups = services.backups().list();
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode arr = mapper.createArrayNode();
                for (BackupSummary b : backups) {
                    ObjectNode n = arr.addObject();
                    n.put("file", b.backup().file().toString());
                    n.put("taken", b.backup().takenAt().withNano(0).toString());
                    b.contents().ifPresent(c -> {
                        n.put("cards", c.cards());
                        n.put("notes", c.notes());
                        n.put("reviews", c.reviews());
                    });
                    b.problem().ifPresent(p -> n.put("problem", p));
                }
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
            } else if (backups.isEmpty()) {
                out.println("No backups yet" + services.backups().folder().map(f -> " in " + f).orElse("")
                        + ". Make one with: deckhand backup");
            } else {
                out.printf("%-19s %7s %7s %8s  %s%n", "Taken", "Cards", "Notes", "Reviews", "File");
                for (BackupSummary b : backups) {
                    String when = WHEN.format(b.backup().takenAt());
                    if (b.contents().isPresent()) {
                        CollectionBackups.Contents c = b.contents().get();
                        out.printf("%-19s %7d %7d %8d  %s%n", when, c.cards(), c.notes(), c.reviews(), b.backup().file());
                    } else {
                        out.printf("%-19s %s  %s%n", when, "(unreadable: " + b.problem().orElse("?") + ")", b.backup().file());
                    }
                }
            }
        }
        out.flush();
        return 0;
    }
}
