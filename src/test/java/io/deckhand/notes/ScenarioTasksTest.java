package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a scenario note (an "Objective"/"Question" section, then "Try it yourself first!", a
 * "Solution (expand to view)" line and folds) gives one task card: the statement above the lines that
 * lead to the solution is its front, the solution fold its back. A fold of reading matter ("Short notes
 * on ...") is no solution and no question.
 */
class ScenarioTasksTest {

    private static List<CardDraft> tasksWith(List<CardDraft> cards, String backPart) {
        return cards.stream().filter(c -> c.back().contains(backPart)).toList();
    }

    @Test
    void objectiveAndRequirementsAreTheFrontOfTheFoldedSolution() {
        List<CardDraft> cards = md("""
                # Lantern scenario

                ## Objective

                Create a ConfigMap and hand its keys to a Pod as environment variables.

                ## Requirements

                - ConfigMap `lamp-config` with `WICK: long`
                - Pod `lamp` using image `busybox:1.36`

                ## Try it yourself first!

                <details>
                <summary>Short notes on ConfigMaps</summary>

                A ConfigMap holds plain settings; a Secret holds sensitive ones.

                </details>

                <details>
                <summary>Full commands</summary>

                ```bash
                kubectl create configmap lamp-config --from-literal=WICK=long
                kubectl run lamp --image=busybox:1.36 --env=WICK=long
                ```

                </details>
                """);
        List<CardDraft> tasks = tasksWith(cards, "kubectl create configmap lamp-config");
        assertEquals(1, tasks.size(), cards.toString());
        CardDraft task = tasks.get(0);
        assertTrue(task.front().contains("Create a ConfigMap"), task.front());
        assertTrue(task.front().contains("lamp-config") && task.front().contains("busybox:1.36"), task.front());
        assertTrue(task.back().contains("kubectl run lamp"), task.back());
        assertFalse(task.front().contains("yourself"), task.front());
        // The notes fold is read as notes, never asked by its summary.
        assertTrue(cards.stream().noneMatch(c -> c.front().strip().endsWith("Short notes on ConfigMaps")), cards.toString());
    }

    @Test
    void aQuestionSectionPairsWithTheFoldUnderASolutionHeading() {
        List<CardDraft> cards = md("""
                # Ledger job

                ## Question

                In the `books` namespace, create a Job named `tally` with these requirements:

                * Image: `busybox`
                * Command:

                  ```bash
                  /bin/sh -c "echo counting"
                  ```
                * Retry at most **3** times

                ## ✅ Solution

                Try solving it yourself first. If needed, expand below:

                <details>
                <summary>Click to view Solution</summary>

                ```yaml
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: tally
                  namespace: books
                spec:
                  backoffLimit: 3
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                      - name: tally
                        image: busybox
                        command: ["/bin/sh", "-c", "echo counting"]
                ```

                </details>
                """);
        List<CardDraft> tasks = tasksWith(cards, "kind: Job");
        assertEquals(1, tasks.size(), cards.toString());
        CardDraft task = tasks.get(0);
        assertTrue(task.front().contains("create a Job named `tally`"), task.front());
        assertTrue(task.front().contains("echo counting"), "the command the answer runs is on the front: " + task.front());
        assertFalse(task.front().lines().anyMatch(l -> l.strip().endsWith("Command:")), "no item dangles: " + task.front());
        assertTrue(task.quality().passed(), task.quality().reasons().toString());
    }

    @Test
    void aRemarkAboveTheTryFirstLineIsNoStatement() {
        List<CardDraft> cards = md("""
                # Swap colours

                The service selector now points at the green pods, so traffic has moved.

                ## Try it yourself first!

                <details>
                <summary>Solution (expand to view)</summary>

                ```bash
                kubectl patch service shop -p '{"spec":{"selector":{"color":"green"}}}'
                ```

                </details>
                """);
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("kubectl patch service shop")
                && c.front().contains("now points at")), cards.toString());
    }
}
