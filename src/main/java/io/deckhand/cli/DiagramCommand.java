package io.deckhand.cli;

import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.diagram.Flowchart;
import io.deckhand.render.diagram.FlowchartJson;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code diagram FILE.mmd [-o OUT.svg]} draws a flowchart; {@code diagram FILE.mmd... --json} prints the parse. */
@Command(name = "diagram", description = {"Draw a Mermaid flowchart as SVG, or print its parse as JSON.",
    "With several files and --json, prints one object keyed by file path; a file that does not parse gets "
        + "{\"error\":\"line:column: message\"} (exit code 0). With one file, a syntax error exits 1."})
public final class DiagramCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Mermaid flowchart file(s)")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.svg", description = "Write the SVG here instead of stdout.")
    Path output;

    @Option(names = "--json", description = "Print the parse as JSON instead of drawing.")
    boolean json;

    @Option(names = "--dark", description = "Draw for the dark theme.")
    boolean dark;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiagramRenderer renderer = new DiagramRenderer();
        try {
            if (json && files.size() > 1) {
                Map<String, Object> all = new LinkedHashMap<>();
                for (Path f : files) {
                    try {
                        all.put(f.toString(), FlowchartJson.tree(renderer.parse(CliFiles.read(f))));
                    } catch (FlowchartSyntaxException e) {
                        all.put(f.toString(), FlowchartJson.error(e));
                    } catch (CliFiles.CliError e) {
                        all.put(f.toString(), Map.of("error", e.getMessage()));
                    }
                }
                emit(out, FlowchartJson.write(all));
                return 0;
            }
            if (files.size() > 1) {
                err.println("give one file to draw, or use --json for several");
                return 2;
            }
            if (output != null && !json && output.getFileName() != null
                    && output.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                // PNG needs a rasteriser; the app draws it (card view, "Export diagram as PNG…").
                err.println("the command line writes SVG only (-o OUT.svg); export PNG from a card in the app");
                return 2;
            }
            Flowchart chart = renderer.parse(CliFiles.read(files.get(0)));
            emit(out, json ? FlowchartJson.write(FlowchartJson.tree(chart)) : renderer.toSvg(chart, dark));
            return 0;
        } catch (FlowchartSyntaxException e) {
            err.println(e.getMessage());
            return 1;
        } catch (CliFiles.CliError e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("could not draw the diagram: " + e.getMessage());
            if (root != null && root.debug()) {
                e.printStackTrace(err);
            }
            return 1;
        } finally {
            err.flush();
        }
    }

    private void emit(PrintWriter out, String text) throws CliFiles.CliError {
        if (output != null) {
            CliFiles.write(output, text + "\n");
        } else {
            out.println(text);
            out.flush();
        }
    }
}
