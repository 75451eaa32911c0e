package io.deckhand.cli;

import io.deckhand.render.yaml.ManifestReindenter;
import io.deckhand.render.yaml.ReindentResult;
import io.deckhand.render.yaml.YamlProblem;
import io.deckhand.render.yaml.YamlValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code yaml fix FILE} and {@code yaml check FILE}: Kubernetes YAML from notes, without the collection. */
@Command(name = "yaml", description = "Re-indent or check YAML / Kubernetes manifests.",
        subcommands = {YamlCommand.Fix.class, YamlCommand.Check.class})
public final class YamlCommand {
    @ParentCommand
    DeckhandCommand root;

    @Command(name = "fix", description = "Print the re-indented YAML; the guesses made go to stderr.")
    static final class Fix implements Callable<Integer> {
        @ParentCommand
        YamlCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "YAML file whose indentation was lost")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                String text = CliFiles.read(file);
                ReindentResult r = ManifestReindenter.looksFlattened(text) ? new ManifestReindenter().reindent(text)
                        : new ReindentResult(text, List.of(), false);
                out.print(r.yaml().endsWith("\n") ? r.yaml() : r.yaml() + "\n");
                out.flush();
                r.guesses().forEach(err::println);
                err.flush();
                return 0;
            } catch (CliFiles.CliError e) {
                err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "check", description = "Print each problem as line:column: message; exit 1 if there is any.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        YamlCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "YAML file to check")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                List<YamlProblem> problems = new YamlValidator().check(CliFiles.read(file));
                problems.forEach(p -> out.println(p.toString()));
                out.flush();
                return problems.isEmpty() ? 0 : 1;
            } catch (CliFiles.CliError e) {
                err.println(e.getMessage());
                return 2;
            }
        }
    }
}
