package io.deckhand.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.notes.Extraction;
import io.deckhand.app.notes.NotesExtractService;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.app.notes.SkippedNote;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.NoteExplanation;
import java.io.PrintWriter;
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

    @Option(names = "--json", description = "Print a JSON array of cards, each with its quality score and reasons.")
    boolean json;

    @Mixin
    SrOptions sr = new SrOptions();

    @Option(names = "--explain", description = {
        "Print, per note, the parts that gave no card and why, and the cards the quality gate left unticked."})
    boolean explain;

    @Override
    public Integer call() throws Exception {
        if (explain) return explain();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json) return streamJson(out, err);
        Extraction x = new NotesExtractService().extract(paths, sr.syntax(paths), ProgressListener.NONE);
        for (SkippedNote s : x.skipped()) {
            err.println("deckhand: " + (s.partlyRead() ? "read in part " : "skipped ") + s.path() + ": " + s.message());
        }
        err.flush();
        listing(out, x);
        out.flush();
        return x.notesRead() == 0 && !x.skipped().isEmpty() ? 1 : 0;
    }

    /**
     * The JSON array written card by card as the notes are read: a large vault's cards are never all
     * in memory at once (nor their JSON tree), and the heap is kept near what they need ({@link HeapCeiling}).
     */
    private int streamJson(PrintWriter out, PrintWriter err) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        int[] skipped = {0};
        int read;
        HeapCeiling heap = HeapCeiling.forBatch();
        try (JsonGenerator gen = mapper.getFactory().createGenerator(CloseShieldWriter.of(out))) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartArray();
            read = new NotesExtractService().extractEach(paths, sr.syntax(paths), drafts -> {
                try {
                    for (CardDraft d : drafts) mapper.writeTree(gen, card(mapper, d));
                    heap.between();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, s -> {
                skipped[0]++;
                err.println("deckhand: " + (s.partlyRead() ? "read in part " : "skipped ") + s.path() + ": " + s.message());
                err.flush();
            }, heap::between);
            gen.writeEndArray();
        }
        out.println();
        out.flush();
        return read == 0 && skipped[0] > 0 ? 1 : 0;
    }

    private static ObjectNode card(ObjectMapper mapper, CardDraft d) {
        ObjectNode n = mapper.createObjectNode();
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
        if (d.schedule() != null) {
            // Review state from an Obsidian SR schedule comment, as the plugin wrote it.
            ObjectNode r = n.putObject("schedule");
            if (d.schedule().dueDay() != null) r.put("due", d.schedule().dueDay().toString());
            if (d.schedule().dueAt() != null) r.put("due", d.schedule().dueAt().toString());
            r.put("interval", d.schedule().intervalDays());
            if (d.schedule().easePercent() > 0) r.put("ease", d.schedule().easePercent());
            if (d.schedule().stability() > 0) r.put("stability", d.schedule().stability());
            if (d.schedule().difficulty() > 0) r.put("difficulty", d.schedule().difficulty());
        }
        n.put("score", d.quality().score());
        n.put("passed", d.quality().passed());
        ArrayNode reasons = n.putArray("reasons");
        d.quality().reasons().forEach(reasons::add);
        return n;
    }

    /** The command line's writer, left open when the JSON generator closes. */
    private static final class CloseShieldWriter extends java.io.FilterWriter {
        private CloseShieldWriter(java.io.Writer out) {
            super(out);
        }

        static java.io.Writer of(java.io.Writer out) {
            return new CloseShieldWriter(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }

    private static void listing(PrintWriter out, Extraction x) {
        int below = 0;
        for (CardDraft d : x.drafts()) {
            String heading = d.source().heading();
            out.println("[" + d.kind().code() + "] " + d.source().path() + ":" + d.source().firstLine()
                    + (heading.isEmpty() ? "" : "  " + heading) + (d.deck().isEmpty() ? "" : "  deck " + d.deck()));
            out.println("  Q: " + indent(d.front()));
            out.println("  A: " + indent(d.back()));
            if (!d.quality().passed()) {
                below++;
                out.println("  Below the quality gate (" + score(d) + "): " + d.quality().reasonText());
            }
            out.println();
        }
        out.println(x.drafts().size() + " cards from " + x.notesRead() + " notes"
                + (below == 0 ? "" : ", " + below + " below the quality gate")
                + (x.skipped().isEmpty() ? "" : ", " + x.skipped().size() + " skipped") + ". Nothing was saved.");
    }

    private int explain() throws Exception {
        List<NoteExplanation> notes = new NotesExtractService().explain(paths, sr.syntax(paths));
        PrintWriter out = spec.commandLine().getOut();
        int read = 0;
        for (NoteExplanation n : notes) {
            out.println(n.path());
            if (!n.problems().isEmpty()) {
                n.problems().forEach(p -> out.println("  skipped: " + p.message()));
                out.println();
                continue;
            }
            read++;
            List<CardDraft> rejected = n.rejected();
            out.println("  " + n.cards().size() + " cards, " + rejected.size() + " below the quality gate, "
                    + n.unused().size() + (n.unused().size() == 1 ? " part" : " parts") + " with no card");
            for (NoteExplanation.UnusedBlock b : n.unused()) {
                out.println("  no card from the " + b.part() + " at " + lines(b) + ": " + b.why()
                        + (b.excerpt().isEmpty() ? "" : "\n      \u201c" + shortened(b.excerpt(), 90) + "\u201d"));
            }
            for (CardDraft d : rejected) {
                out.println("  below the gate (" + score(d) + ") at line " + d.source().firstLine() + ": "
                        + shortened(d.front(), 90));
                for (String r : d.quality().reasons()) out.println("      - " + r);
            }
            out.println();
        }
        out.flush();
        return read == 0 && !notes.isEmpty() ? 1 : 0;
    }

    private static String lines(NoteExplanation.UnusedBlock b) {
        return b.firstLine() == b.lastLine() ? "line " + b.firstLine() : "lines " + b.firstLine() + "-" + b.lastLine();
    }

    private static String score(CardDraft d) {
        return String.format(java.util.Locale.ROOT, "score %.2f", d.quality().score());
    }

    private static String shortened(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).strip() + "\u2026";
    }

    private static String indent(String s) {
        return s.replace("\n", "\n     ");
    }
}
