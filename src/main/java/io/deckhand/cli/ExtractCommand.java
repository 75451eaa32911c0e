package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.notes.Extraction;
import io.deckhand.app.notes.NotesExtractService;
import io.deckhand.app.notes.SkippedNote;
import io.deckhand.domain.card.CardDraft;
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

/** Prints the cards Deckhand would make from notes, without saving anything. */
@Command(name = "extract", description = {
    "Print the cards Deckhand proposes from notes (Markdown, Obsidian vaults, plain text) without saving.",
    "Folders are searched for .md, .markdown and .txt files; hidden folders such as .obsidian are skipped."})
final class ExtractCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Note files or folders.")
    List<Path> paths;

    @Option(names = "--json", description = "Print a JSON array of cards.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Extraction x = new NotesExtractService().extract(paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (SkippedNote s : x.skipped()) {
            err.println("deckhand: " + (s.partlyRead() ? "read in part " : "skipped ") + s.path() + ": " + s.message());
        }
        err.flush();
        if (json) {
            out.println(json(x.drafts()));
        } else {
            listing(out, x);
        }
        out.flush();
        return x.notesRead() == 0 && !x.skipped().isEmpty() ? 1 : 0;
    }

    static String json(List<CardDraft> drafts) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode arr = mapper.createArrayNode();
        for (CardDraft d : drafts) {
            ObjectNode n = arr.addObject();
            n.put("kind", d.kind().code());
            n.put("front", d.front());
            n.put("back", d.back());
            n.put("deck", d.deck());
            ArrayNode tags = n.putArray("tags");
            d.tags().forEach(tags::add);
            ObjectNode src = n.putObject("source");
            src.put("path", d.source().path());
            src.put("line", d.source().firstLine());
            src.put("heading", d.source().heading());
        }
        return mapper.writeValueAsString(arr);
    }

    private static void listing(PrintWriter out, Extraction x) {
        for (CardDraft d : x.drafts()) {
            String heading = d.source().heading();
            out.println("[" + d.kind().code() + "] " + d.source().path() + ":" + d.source().firstLine()
                    + (heading.isEmpty() ? "" : "  " + heading) + (d.deck().isEmpty() ? "" : "  deck " + d.deck()));
            out.println("  Q: " + indent(d.front()));
            out.println("  A: " + indent(d.back()));
            out.println();
        }
        out.println(x.drafts().size() + " cards from " + x.notesRead() + " notes"
                + (x.skipped().isEmpty() ? "" : ", " + x.skipped().size() + " skipped") + ". Nothing was saved.");
    }

    private static String indent(String s) {
        return s.replace("\n", "\n     ");
    }
}
