package io.deckhand.cli;

import io.deckhand.render.page.CardPage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code render FILE.md [-o OUT.html]}: a standalone offline HTML page, flowcharts inline as SVG. */
@Command(name = "render", description = "Render a note or card (Markdown) to a standalone offline HTML page.")
public final class RenderCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.md", description = "Markdown note or card text")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", description = "Write the page here instead of stdout.")
    Path output;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            String page = new CardPage().html(CliFiles.read(file), dark);
            if (output != null) {
                CliFiles.write(output, page);
            } else {
                PrintWriter out = spec.commandLine().getOut();
                out.println(page);
                out.flush();
            }
            return 0;
        } catch (CliFiles.CliError e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("could not render " + file + ": " + e.getMessage());
            if (root != null && root.debug()) {
                e.printStackTrace(err);
            }
            return 1;
        } finally {
            err.flush();
        }
    }
}
