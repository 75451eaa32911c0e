package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.quiz.grade.AnswerGrader;
import io.deckhand.quiz.grade.CommandGrader;
import io.deckhand.quiz.grade.Difference;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.grade.ManifestGrader;
import io.deckhand.quiz.grade.TextGrader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code grade command|manifest|text --expected FILE --answer FILE [--json]}: grades one answer the
 * way quizzes do, without the collection. Exit 0 when graded (right or wrong), 2 when it cannot be.
 */
@Command(name = "grade", description = {"Grade one typed answer against the expected one, as quizzes do.",
        "Exit code 0 when graded, whether right or wrong."})
public final class GradeCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "command, manifest or text")
    String kind;

    @Option(names = "--expected", required = true, paramLabel = "FILE", description = "File with the right answer")
    Path expected;

    @Option(names = "--answer", required = true, paramLabel = "FILE", description = "File with the answer to grade")
    Path answer;

    @Option(names = "--json", description = "Print {\"score\",\"correct\",\"differences\":[{\"kind\",\"where\",\"expected\",\"actual\"}]}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnswerGrader grader = switch (kind.toLowerCase(Locale.ROOT)) {
            case "command" -> new CommandGrader();
            case "manifest" -> new ManifestGrader();
            case "text" -> new TextGrader();
            default -> null;
        };
        if (grader == null) {
            err.println("deckhand: unknown kind '" + kind + "': use command, manifest or text");
            return 2;
        }
        try {
            Grade g = grader.grade(CliFiles.read(expected), CliFiles.read(answer));
            out.print(json ? json(g) : text(g));
            out.flush();
            return 0;
        } catch (CliFiles.CliError e) {
            err.println("deckhand: " + e.getMessage());
            return 2;
        }
    }

    static String text(Grade g) {
        StringBuilder b = new StringBuilder(g.correct() ? "right" : "wrong")
                .append(String.format(Locale.ROOT, " (score %.2f)%n", g.score()));
        for (Difference d : g.differences()) {
            b.append(String.format(Locale.ROOT, "  %-8s %s", d.kind().name().toLowerCase(Locale.ROOT), d.where()));
            switch (d.kind()) {
                case MISSING -> b.append(": expected ").append(oneLine(d.expected()));
                case EXTRA -> b.append(": ").append(oneLine(d.actual()));
                case WRONG -> b.append(": expected ").append(oneLine(d.expected())).append(", got ").append(oneLine(d.actual()));
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replace("\n", "⏎ ");
    }

    static String json(Grade g) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("score", g.score());
        root.put("correct", g.correct());
        ArrayNode diffs = root.putArray("differences");
        for (Difference d : g.differences()) {
            ObjectNode o = diffs.addObject();
            o.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
            o.put("where", d.where());
            o.put("expected", d.expected());
            o.put("actual", d.actual());
        }
        return root.toPrettyString() + System.lineSeparator();
    }
}
