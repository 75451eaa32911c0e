package io.deckhand.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.notes.NoteParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Task cards extracted from exercises are asked as typed answers: write the command, write the manifest. */
class TaskCardQuestionsTest {
    private static final String EXERCISES = """
            ### Start a pod called cache running the image redis:7

            <details><summary>Show Solution</summary>

            ```bash
            kubectl run cache --image=redis:7
            ```
            </details>

            ### Write a pod called sleeper with image busybox that sleeps an hour

            <details><summary>answer</summary>

            ```yaml
            apiVersion: v1
            kind: Pod
            metadata:
              name: sleeper
            spec:
              containers:
              - name: main
                image: busybox
                command: ["sleep", "3600"]
              restartPolicy: Never
            ```
            </details>
            """;

    private static List<Card> cards(String path, String note) {
        List<Card> out = new ArrayList<>();
        for (CardDraft d : new NoteParser().parse(path, note).drafts()) {
            out.add(QuizCards.card(out.size() + 1, 1, d.kind(), d.front(), d.back()));
        }
        return out;
    }

    @Test
    void aCommandTaskIsAskedAsWriteTheCommand() {
        List<Question> qs = new QuestionGenerator().generate(cards("ex.md", EXERCISES), Set.of(QuestionType.COMMAND), 5, 7);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("kubectl run cache --image=redis:7", qs.get(0).answer());
        assertTrue(qs.get(0).prompt().contains("Start a pod called cache"), qs.get(0).prompt());
    }

    @Test
    void aManifestTaskIsAskedAsWriteTheManifest() {
        List<Question> qs = new QuestionGenerator().generate(cards("ex.md", EXERCISES), Set.of(QuestionType.MANIFEST), 5, 7);
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).answer().contains("image: busybox"), qs.get(0).answer());
        assertTrue(qs.get(0).prompt().contains("Write a pod called sleeper"), qs.get(0).prompt());
    }

    @Test
    void aManifestFromFlattenedNotesIsAskedWithItsStoredNesting() {
        String note = "Cache\napiVersion: v1\nkind: Service\nmetadata:\nname: cache\nspec:\nselector:\napp: cache\n"
                + "ports:\n- port: 6379\ntargetPort: 6379\n";
        List<Question> qs = new QuestionGenerator().generate(cards("flat.txt", note), Set.of(QuestionType.MANIFEST), 5, 7);
        assertEquals(1, qs.size(), qs.toString());
        assertTrue(qs.get(0).answer().contains("\n  selector:\n    app: cache"), qs.get(0).answer());
        assertTrue(qs.get(0).prompt().contains("Service") && qs.get(0).prompt().contains("6379"), qs.get(0).prompt());
    }
}
