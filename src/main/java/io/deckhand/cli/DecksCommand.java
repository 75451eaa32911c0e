package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.study.DeckSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lists the decks with today's new / learning / due counts. */
@Command(name = "decks", description = "List decks with today's new, learning and due counts.")
final class DecksCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<DeckSummary> decks;
        try (AppServices services = root.openServices()) {
            decks = services.study().deckTree();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode arr = mapper.createArrayNode();
            for (DeckSummary d : decks) {
                ObjectNode n = arr.addObject();
                n.put("id", d.id().value());
                n.put("name", d.name().value());
                n.put("new", d.counts().newCount());
                n.put("learning", d.counts().learningCount());
                n.put("due", d.counts().reviewCount());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else if (decks.isEmpty()) {
            out.println("No decks yet. Import notes or a deck to begin.");
        } else {
            out.printf("%-40s %5s %5s %5s%n", "Deck", "New", "Learn", "Due");
            for (DeckSummary d : decks) {
                String name = "  ".repeat(d.depth()) + d.name().leaf();
                out.printf("%-40s %5d %5d %5d%n", name, d.counts().newCount(), d.counts().learningCount(),
                        d.counts().reviewCount());
            }
        }
        out.flush();
        return 0;
    }
}
