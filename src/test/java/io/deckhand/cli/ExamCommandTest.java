package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.app.AppServices;
import io.deckhand.app.quiz.ExamAttempt;
import io.deckhand.app.quiz.ExamService;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.quiz.question.Question;
import io.deckhand.support.CliRun;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exam reports what the app stored: one submitted attempt (half answered right) and one unfinished. */
class ExamCommandTest {
    @TempDir
    static Path dir;
    static long submittedId;
    static int questions;

    @BeforeAll
    static void sitExams() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (AppServices services = Bootstrap.open(dir, clock)) {
            ExamService exams = services.exam();
            var deck = services.deckOptions().deckNamed("Kubernetes").id();
            ExamAttempt a = exams.start(exams.preset("CKAD mock", List.of(deck)));
            questions = a.questions().size();
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < a.questions().size(); i++) {
                Question q = a.questions().get(i);
                answers.add(i % 2 == 0 ? q.answer() : "");
            }
            exams.save(a.id(), answers, Set.of(1), 0, Duration.ofMinutes(50));
            submittedId = exams.submit(a.id()).attemptId();
            clock.advance(Duration.ofDays(1));
            ExamAttempt open = exams.start(exams.preset("CKA mock", List.of(deck)));
            exams.save(open.id(), open.answers(), Set.of(), 2, Duration.ofMinutes(10));
        }
    }

    private static CliRun exam(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "exam";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.withCollection(all);
    }

    @Test
    void listsAttemptsWithScoresAndTopicBreakdownsAndTheUnfinishedOne() throws Exception {
        CliRun run = exam("--deck", "Kubernetes", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertEquals(2, list.size(), run.out());
        JsonNode done = list.get(0);
        assertEquals(submittedId, done.get("id").asLong());
        assertEquals("submitted", done.get("status").asText());
        assertEquals("CKAD mock", done.get("name").asText());
        assertEquals(ExamService.PRESET_QUESTIONS, questions, "the bundled deck fills the preset");
        assertEquals(questions, done.get("questions").asInt());
        assertEquals(0.66, done.get("pass_mark").asDouble());
        assertEquals(3000, done.get("time_used_s").asLong());
        double score = done.get("score").asDouble();
        assertTrue(score >= 9.0 / 17 - 1e-9 && score < 1, "the right half scores, the blank half does not: " + score);
        assertEquals(score >= 0.66, done.get("passed").asBoolean());
        JsonNode topics = done.get("topics");
        assertTrue(topics.size() >= 2, topics.toString());
        for (int i = 1; i < topics.size(); i++) {
            assertTrue(topics.get(i - 1).get("score").asDouble() <= topics.get(i).get("score").asDouble(), "weakest first");
        }
        JsonNode open = list.get(1);
        assertEquals("unfinished", open.get("status").asText());
        assertEquals(600, open.get("time_used_s").asLong());
    }

    @Test
    void showsOneAttemptWithEveryAnswerAndWhatDiffered() throws Exception {
        CliRun run = exam("--show", Long.toString(submittedId), "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
        assertEquals(questions, results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            if (i % 2 == 1) {
                assertFalse(r.get("correct").asBoolean());
                assertEquals("", r.get("response").asText());
                assertEquals("missing", r.get("differences").get(0).get("kind").asText());
            } else {
                assertTrue(r.get("correct").asBoolean(), r.toString());
                assertEquals(r.get("answer").asText(), r.get("response").asText());
            }
        }
        CliRun text = exam("--show", Long.toString(submittedId));
        assertTrue(text.out().contains("Topics, weakest first:"), text.out());
        assertTrue(text.out().contains("Right answer: "), text.out());
    }

    @Test
    void previewsThePresetsQuestionsWithoutStoringAnything() throws Exception {
        CliRun run = exam("--preview", "--deck", "Kubernetes", "--count", "5", "--seed", "9", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode qs = new ObjectMapper().readTree(run.out());
        assertEquals(5, qs.size());
        for (JsonNode q : qs) {
            assertTrue(Set.of("command", "manifest", "field").contains(q.get("type").asText()), q.toString());
        }
        assertEquals(run.out(), exam("--preview", "--deck", "Kubernetes", "--count", "5", "--seed", "9", "--json").out());
        assertEquals(2, new ObjectMapper().readTree(exam("--json").out()).size(), "a preview stores nothing");
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefused() {
        for (String[] args : List.of(new String[] {"--count", "5"}, new String[] {"--show", "999"},
                new String[] {"--show", "1", "--preview"}, new String[] {"--preview"})) {
            CliRun run = exam(args);
            assertEquals(1, run.code(), String.join(" ", args) + ": " + run.out());
            assertTrue(run.err().startsWith("deckhand: "), run.err());
        }
    }

    @Test
    void anUnknownDeckIsAnError() throws Exception {
        CliRun run = exam("--deck", "Kubernetes::Nothing here", "--json");
        assertEquals(1, run.code(), "an unknown deck is an error: " + run.out());
    }
}
