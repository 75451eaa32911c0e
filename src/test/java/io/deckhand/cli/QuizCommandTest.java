package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quiz on the bundled deck of a new collection. */
class QuizCommandTest {
    @TempDir
    static Path dir;

    private static CliRun quiz(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "quiz";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.withCollection(all);
    }

    @Test
    void printsTheQuestionsAsJsonWithTheirCardsAndTypeCodes() throws Exception {
        CliRun run = quiz("--deck", "Kubernetes", "--count", "6", "--seed", "3", "--types", "command,manifest,mc", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode qs = new ObjectMapper().readTree(run.out());
        assertEquals(6, qs.size());
        for (JsonNode q : qs) {
            assertEquals(Set.of("type", "prompt", "options", "answer", "card_id"), Set.copyOf(iterate(q.fieldNames())));
            assertTrue(List.of("command", "manifest", "mc").contains(q.get("type").asText()), q.toString());
            assertTrue(q.get("card_id").asLong() > 0);
            assertTrue(!q.get("prompt").asText().isBlank() && !q.get("answer").asText().isBlank());
            if (q.get("type").asText().equals("mc")) {
                int right = 0;
                for (JsonNode o : q.get("options")) if (o.asText().equals(q.get("answer").asText())) right++;
                assertEquals(1, right, q.toString());
            } else {
                assertEquals(0, q.get("options").size());
            }
        }
        CliRun again = quiz("--deck", "Kubernetes", "--count", "6", "--seed", "3", "--types", "command,manifest,mc", "--json");
        assertEquals(run.out(), again.out(), "the same seed gives the same questions");
    }

    @Test
    void printsReadableQuestionsWithoutJson() {
        CliRun run = quiz("--deck", "Kubernetes", "--count", "2", "--types", "command");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("1. [command] "), run.out());
        assertTrue(run.out().contains("Answer: kubectl"), run.out());
    }

    @Test
    void badInputGivesOneLineAndExitCodeOne() {
        for (String[] args : List.of(
                new String[] {"--deck", "Kubernetes", "--types", "command,essay"},
                new String[] {"--deck", "No such deck"},
                new String[] {"--deck", "Kubernetes", "--count", "0"})) {
            CliRun run = quiz(args);
            assertEquals(1, run.code(), String.join(" ", args));
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("deckhand: "), run.err());
        }
        assertTrue(quiz("--deck", "Kubernetes", "--types", "essay").err().contains("Known types: command, manifest"));
    }

    private static <T> List<T> iterate(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
