package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.quiz.QuizRequest;
import io.deckhand.app.quiz.QuizService;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints the questions a quiz would ask, without asking them or recording anything. */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Print the questions a quiz on these decks would ask (nothing is answered or recorded).",
                "Types: command, manifest, mc (multiple choice), tf (true/false), cloze, field (missing manifest "
                        + "field), node (hidden diagram node), typed."})
final class QuizCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--deck", paramLabel = "NAME",
            description = "Deck to draw on, with its sub-decks (repeatable), e.g. \"Kubernetes::Storage\". "
                    + "With only --tag, every deck.")
    List<String> decks = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only cards with this tag or one below it (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--count", paramLabel = "N", defaultValue = "10", description = "Number of questions (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed; the same seed gives the same questions (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--types", paramLabel = "TYPES", split = ",", description = "Question types, comma separated (default: all).")
    List<String> types = new ArrayList<>();

    @Option(names = "--json", description = "Print a JSON array of {type, prompt, options, answer, card_id}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Question> questions;
        try (AppServices services = root.openServices()) {
            QuizService quiz = services.quiz();
            questions = quiz.questions(new QuizRequest(QuizJson.decks(services, decks), tags, count,
                    QuizJson.types(types, EnumSet.allOf(QuestionType.class)), seed, false));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode arr = mapper.createArrayNode();
            for (Question q : questions) QuizJson.question(arr.addObject(), q);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
        } else if (questions.isEmpty()) {
            out.println("No questions: these decks have no cards that make questions of the chosen types.");
        } else {
            int i = 1;
            for (Question q : questions) {
                out.printf("%d. [%s] %s%n", i++, q.type().code(), indent(q.prompt()));
                char letter = 'a';
                for (String option : q.options()) out.printf("   %c) %s%n", letter++, indent(option));
                out.printf("   Answer: %s%n", indent(q.answer()));
            }
        }
        out.flush();
        return 0;
    }

    private static String indent(String text) {
        return text.strip().replace("\n", "\n   ");
    }
}
