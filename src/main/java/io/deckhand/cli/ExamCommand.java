package io.deckhand.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.quiz.ExamAttempt;
import io.deckhand.app.quiz.ExamResult;
import io.deckhand.app.quiz.ExamService;
import io.deckhand.app.quiz.ExamSpec;
import io.deckhand.app.quiz.QuestionResult;
import io.deckhand.app.quiz.TopicScore;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.quiz.grade.Difference;
import io.deckhand.quiz.question.Question;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Mock exams from the command line: the stored attempts and their topic breakdowns, one attempt in
 * full, or a preview of the questions the CKA/CKAD preset would set. Exams are sat in the app.
 */
@Command(name = "exam", mixinStandardHelpOptions = true,
        description = {"Report mock-exam attempts (score, pass mark, time used, topics weakest first).",
                "  exam [--deck NAME]            attempts (over that deck), oldest first, and any unfinished one",
                "  exam --show ID                one attempt with every question, answer and difference",
                "  exam --preview --deck NAME [--count N] [--seed S] [--types ...]",
                "                                the questions the CKA/CKAD preset would set; nothing is stored",
                "Exams are sat in the app."})
final class ExamCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--deck", paramLabel = "NAME", description = "Deck (with its sub-decks); repeatable.")
    List<String> decks = new ArrayList<>();

    @Option(names = "--show", paramLabel = "ID", description = "Show one attempt in full.")
    Long show;

    @Option(names = "--preview", description = "Print the questions the CKA/CKAD preset would set, storing nothing.")
    boolean preview;

    @Option(names = "--count", paramLabel = "N", description = "Questions in the preview (default "
            + ExamService.PRESET_QUESTIONS + ").")
    Integer count;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the preview (default 1).")
    Long seed;

    @Option(names = "--types", paramLabel = "TYPES", split = ",",
            description = "Question types of the preview (default: command, manifest, field).")
    List<String> types = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;


    @Override
    public Integer call() throws Exception {
        if (!preview && (count != null || seed != null || !types.isEmpty())) {
            throw new InvalidInputException("--count, --seed and --types set up a preview: add --preview.");
        }
        if (show != null && (preview || !decks.isEmpty())) {
            throw new InvalidInputException("--show ID shows one attempt: leave out --deck and --preview.");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = root.openServices()) {
            ExamService exams = services.exam();
            if (preview) {
                preview(services, out);
            } else if (show != null) {
                ExamResult r = exams.result(show).orElseThrow(() -> new InvalidInputException(
                        "There is no submitted exam with id " + show + ". \"exam\" lists them."));
                showOne(r, out);
            } else {
                list(services, out);
            }
        }
        out.flush();
        return 0;
    }

    private void preview(AppServices services, PrintWriter out) throws Exception {
        ExamService exams = services.exam();
        ExamSpec preset = exams.preset("Mock exam", QuizJson.decks(services, decks));
        ExamSpec wanted = new ExamSpec(preset.name(), preset.decks(), List.of(),
                count == null ? preset.questionCount() : count, preset.timeLimit(), preset.passMark(),
                QuizJson.types(types, preset.types()), seed == null ? 1 : seed);
        List<Question> questions = exams.questions(wanted);
        if (json) {
            ArrayNode arr = CliJson.MAPPER.createArrayNode();
            for (Question q : questions) QuizJson.question(arr.addObject(), q);
            print(out, arr);
            return;
        }
        if (questions.isEmpty()) {
            out.println("No questions: these decks have no cards that make questions of the chosen types.");
            return;
        }
        out.printf("%d questions, %s, pass mark %s%n", questions.size(), minutes(wanted.timeLimit()),
                percent(wanted.passMark()));
        int i = 1;
        for (Question q : questions) {
            out.printf("%d. [%s] %s%n", i++, q.type().code(), q.prompt().strip().replace("\n", "\n   "));
        }
    }

    private void list(AppServices services, PrintWriter out) throws Exception {
        ExamService exams = services.exam();
        List<String> within = new ArrayList<>();
        for (String d : decks) within.add(services.deckOptions().deckNamed(d).name().value());
        List<ExamResult> results = exams.results().stream().filter(r -> over(r, within)).toList();
        Optional<ExamAttempt> open = exams.unfinished();
        if (json) {
            ArrayNode arr = CliJson.MAPPER.createArrayNode();
            for (ExamResult r : results) summary(arr.addObject(), r);
            open.ifPresent(a -> unfinished(arr.addObject(), a));
            print(out, arr);
            return;
        }
        if (results.isEmpty() && open.isEmpty()) {
            out.println("No exams yet: mock exams are sat in the app.");
            return;
        }
        out.printf("%-5s %-17s %-24s %6s %5s %8s  %s%n", "Id", "Submitted", "Exam", "Score", "Pass", "Time", "Weakest topic");
        for (ExamResult r : results) {
            String weakest = r.topics().isEmpty() ? "" : r.topics().get(0).topic() + " " + percent(r.topics().get(0).score());
            out.printf("%-5d %-17s %-24s %6s %5s %8s  %s%n", r.attemptId(),
                    r.submittedAt().toString().substring(0, 16).replace('T', ' '), clip(r.name(), 24), percent(r.score()),
                    r.passed() ? "yes" : "no", minutes(r.timeUsed()), weakest);
        }
        open.ifPresent(a -> out.printf("Unfinished: %s (id %d), %d questions, %s left. Resume it in the app.%n",
                a.spec().name(), a.id(), a.questions().size(), minutes(a.remaining())));
    }

    /** Whether the attempt drew on one of the decks (or a deck below one); no decks = every attempt. */
    private static boolean over(ExamResult r, List<String> decks) {
        if (decks.isEmpty()) return true;
        for (QuestionResult q : r.questions()) {
            for (String d : decks) {
                if (q.topic().equalsIgnoreCase(d) || new DeckName(d).isAncestorOf(new DeckName(q.topic()))) return true;
            }
        }
        return false;
    }

    private void showOne(ExamResult r, PrintWriter out) throws Exception {
        if (json) {
            ObjectNode n = summary(CliJson.MAPPER.createObjectNode(), r);
            ArrayNode qs = n.putArray("results");
            for (QuestionResult q : r.questions()) {
                ObjectNode qn = QuizJson.question(qs.addObject(), q.question());
                qn.put("topic", q.topic());
                qn.put("response", q.answer());
                qn.put("score", q.grade().score());
                qn.put("correct", q.grade().correct());
                ArrayNode diffs = qn.putArray("differences");
                for (Difference d : q.grade().differences()) {
                    ObjectNode dn = diffs.addObject();
                    dn.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
                    dn.put("where", d.where());
                    dn.put("expected", d.expected());
                    dn.put("actual", d.actual());
                }
            }
            print(out, n);
            return;
        }
        out.printf("%s (id %d): %s, pass mark %s, %s. Time used %s.%n", r.name(), r.attemptId(), percent(r.score()),
                percent(r.passMark()), r.passed() ? "passed" : "not passed", minutes(r.timeUsed()));
        out.println("Topics, weakest first:");
        for (TopicScore t : r.topics()) {
            out.printf("  %5s  %-40s %d question%s%n", percent(t.score()), t.topic(), t.questions(), t.questions() == 1 ? "" : "s");
        }
        int i = 1;
        for (QuestionResult q : r.questions()) {
            out.printf("%d. [%s] %s  %s%n", i++, q.question().type().code(), q.grade().correct() ? "right" : "WRONG",
                    q.question().prompt().strip().replace("\n", "\n   "));
            if (!q.grade().correct()) {
                out.printf("   Your answer: %s%n", q.answer().isBlank() ? "(none)" : q.answer().strip().replace("\n", "\n   "));
                out.printf("   Right answer: %s%n", q.question().answer().strip().replace("\n", "\n   "));
                for (Difference d : q.grade().differences()) {
                    out.printf("   %s %s: expected %s, got %s%n", d.kind().name().toLowerCase(Locale.ROOT), d.where(),
                            d.expected() == null ? "nothing" : d.expected(), d.actual() == null ? "nothing" : d.actual());
                }
            }
        }
    }

    private static ObjectNode summary(ObjectNode n, ExamResult r) {
        n.put("id", r.attemptId());
        n.put("name", r.name());
        n.put("status", "submitted");
        n.put("submitted", r.submittedAt().toString());
        n.put("score", r.score());
        n.put("pass_mark", r.passMark());
        n.put("passed", r.passed());
        n.put("time_used_s", r.timeUsed().toSeconds());
        n.put("questions", r.questions().size());
        ArrayNode topics = n.putArray("topics");
        for (TopicScore t : r.topics()) {
            topics.addObject().put("topic", t.topic()).put("questions", t.questions()).put("score", t.score());
        }
        return n;
    }

    private static void unfinished(ObjectNode n, ExamAttempt a) {
        n.put("id", a.id());
        n.put("name", a.spec().name());
        n.put("status", "unfinished");
        n.put("started", a.startedAt().toString());
        n.put("pass_mark", a.spec().passMark());
        n.put("time_used_s", a.timeUsed().toSeconds());
        n.put("time_limit_s", a.spec().timeLimit().toSeconds());
        n.put("questions", a.questions().size());
        n.put("answered", a.answers().stream().filter(s -> !s.isBlank()).count());
    }

    private void print(PrintWriter out, Object node) throws Exception {
        out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m >= 60 ? String.format(Locale.ROOT, "%dh%02dm", m / 60, m % 60) : m + "m";
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
