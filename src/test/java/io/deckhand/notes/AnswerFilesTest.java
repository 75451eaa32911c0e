package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec examples: numbered questions in one file and their answers under the same numbers in another. */
class AnswerFilesTest {
    private static final String QUESTIONS = """
            # Scheduling questions

            1. Taint the node `edge-1` so that only pods tolerating `zone=edge` run there
            2. Write a pod `sensor` with image `redis:7` that tolerates that taint,
               in namespace `iot`
            3. Now delete it
            """;

    private static final String ANSWERS = """
            # Scheduling answers

            1.
            ```bash
            kubectl taint nodes edge-1 zone=edge:NoSchedule
            ```

            **2.**

            <details><summary>Show</summary>

            ```yaml
            apiVersion: v1
            kind: Pod
            metadata:
              name: sensor
              namespace: iot
            spec:
              containers:
              - name: sensor
                image: redis:7
              tolerations:
              - key: zone
                operator: Equal
                value: edge
                effect: NoSchedule
            ```

            </details>

            3. `kubectl delete pod sensor -n iot`
            """;

    private static List<CardDraft> read(Path dir) {
        List<FileProblem> problems = new ArrayList<>();
        NotesReader reader = new NotesReader(new NoteParser());
        List<CardDraft> cards = new ArrayList<>();
        for (NoteFile f : NotesReader.find(List.of(dir), problems)) cards.addAll(reader.read(f).drafts());
        assertEquals(List.of(), problems);
        return cards;
    }

    @Test
    void eachAnswerIsTheBackOfItsQuestion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b. scheduling-questions.md"), QUESTIONS);
        Files.writeString(dir.resolve("b.scheduling-answers.md"), ANSWERS);
        List<CardDraft> cards = read(dir);
        CardDraft taint = NoteCards.one(cards, CardKind.COMMAND, "Taint the node `edge-1`");
        assertTrue(taint.back().contains("kubectl taint nodes edge-1 zone=edge:NoSchedule"), taint.back());
        assertEquals("b.scheduling-answers.md", taint.source().path());
        CardDraft pod = NoteCards.one(cards, CardKind.MANIFEST, "Write a pod `sensor`");
        assertTrue(pod.front().contains("in namespace `iot`"), "a question wrapped over two lines is whole: " + pod.front());
        assertTrue(pod.back().contains("effect: NoSchedule") && !pod.back().contains("<details"), pod.back());
        assertTrue(cards.stream().noneMatch(c -> c.source().path().contains("questions")), "questions give no cards of their own: " + cards);
    }

    @Test
    void aStepThatLeansOnTheOneBeforeCarriesWhatItNeedsOrIsDropped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("scheduling-questions.md"), QUESTIONS);
        Files.writeString(dir.resolve("scheduling-answers.md"), ANSWERS);
        List<CardDraft> cards = read(dir);
        assertTrue(cards.stream().noneMatch(c -> c.front().strip().equals("Delete it")), cards.toString());
    }

    @Test
    void filesThatDoNotPairAreReadAsThemselves(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("storage-questions.md"), QUESTIONS);
        Files.writeString(dir.resolve("networking-answers.md"), ANSWERS);
        List<CardDraft> cards = read(dir);
        assertTrue(cards.stream().anyMatch(c -> c.source().path().equals("storage-questions.md")),
                "unpaired questions are read as a note: " + cards);
        assertTrue(cards.stream().noneMatch(c -> c.kind() == CardKind.COMMAND && c.front().contains("Taint the node")), cards.toString());
    }

    @Test
    void filesPairByTheNameTheyShare() {
        assertEquals(AnswerFiles.pairKey("b. pod-design-questions.md"), AnswerFiles.pairKey("b.pod-design-answers.md"));
        assertEquals(AnswerFiles.Role.QUESTIONS, AnswerFiles.role("c. exercises.md"));
        assertEquals(AnswerFiles.Role.ANSWERS, AnswerFiles.role("solutions.md"));
        assertEquals(AnswerFiles.Role.NONE, AnswerFiles.role("networking.md"));
        assertTrue(!AnswerFiles.pairKey("a-questions.md").equals(AnswerFiles.pairKey("b-answers.md")));
    }

    @Test
    void numbersAreReadInTheirUsualForms() {
        Map<Integer, AnswerFiles.Item> items = AnswerFiles.items("""
                ### 1) first
                **2.** second
                Q3: third
                Question 4 - fourth
                10 replicas is no number of an item
                ```
                5. inside code is no item
                ```
                """);
        assertEquals(List.of(1, 2, 3, 4), List.copyOf(items.keySet()));
        assertEquals("second", items.get(2).text());
        assertTrue(items.get(4).text().startsWith("fourth"), items.get(4).text());
    }

    /** Whatever numbers a list holds, each item is found under its own number with its own text. */
    @Property(tries = 100)
    void everyNumberedLineIsFoundWithItsText(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 999) Integer> numbers) {
        StringBuilder text = new StringBuilder("# Items\n\n");
        for (int n : numbers) text.append(n).append(". item ").append(n).append(" text\n");
        Map<Integer, AnswerFiles.Item> items = AnswerFiles.items(text.toString());
        for (int n : numbers) assertEquals("item " + n + " text", items.get(n).text(), text.toString());
        assertEquals(numbers.stream().distinct().count(), items.size());
    }
}
