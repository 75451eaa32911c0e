package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a step of an exercise states the state its answer runs in. A context switch earlier in
 * the exercise ("kubectl config set-context --current --namespace=orchard") is where the later steps'
 * commands act, so their fronts say so; the answer is never given a "-n" the notes do not have.
 */
class TaskStepStateTest {

    private static Optional<CardDraft> withFront(List<CardDraft> cards, String part) {
        return cards.stream().filter(c -> c.front().contains(part)).findFirst();
    }

    private static final String DRILLS = """
            # Orchard drills

            1. Make orchard the namespace of the current context

            ```bash
            kubectl config set-context --current --namespace=orchard
            ```

            2. Scale the deployment pear to 4 replicas

            ```bash
            kubectl scale deployment pear --replicas=4
            ```

            3. Show the logs of the pod plum in the namespace cellar

            ```bash
            kubectl logs plum -n cellar
            ```
            """;

    @Test
    void aStepAfterAContextSwitchSaysTheNamespaceItRunsIn() {
        List<CardDraft> cards = md(DRILLS);
        CardDraft scale = withFront(cards, "Scale the deployment pear").orElseThrow(() -> new AssertionError(cards.toString()));
        assertTrue(scale.front().contains("`orchard`"), scale.front());
        // The answer is the notes' command: no switch is added to it.
        assertFalse(scale.back().contains("orchard"), scale.back());
        assertTrue(scale.quality().passed(), scale.quality().reasons().toString());
    }

    @Test
    void aStepThatNamesItsOwnNamespaceOrComesAfterTheExerciseIsLeftAlone() {
        List<CardDraft> cards = md(DRILLS + """

                # Cellar

                1. Scale the deployment quince to 2 replicas

                ```bash
                kubectl scale deployment quince --replicas=2
                ```
                """);
        CardDraft logs = withFront(cards, "Show the logs of the pod plum").orElseThrow(() -> new AssertionError(cards.toString()));
        assertFalse(logs.front().contains("orchard"), logs.front());
        CardDraft other = withFront(cards, "deployment quince").orElseThrow(() -> new AssertionError(cards.toString()));
        assertFalse(other.front().contains("orchard"), other.front());
    }

    @Test
    void aStepWhoseOwnAnswerSwitchesFirstSaysWhereItRuns() {
        List<CardDraft> cards = md("""
                # Orchard drills

                1. Scale the deployment pear to 4 replicas in the team's namespace

                ```bash
                kubectl config set-context --current --namespace=orchard
                kubectl scale deployment pear --replicas=4
                ```
                """);
        CardDraft scale = withFront(cards, "Scale the deployment pear").orElseThrow(() -> new AssertionError(cards.toString()));
        assertTrue(scale.front().contains("`orchard`"), scale.front());
    }

    @Test
    void aCommentSayingWhatACheckShouldFindIsNoDescriptionOfTheCommand() {
        List<CardDraft> cards = md("""
                # Orchard egress

                ## Try it by hand

                From the picker pod, run:

                ```bash
                # Should succeed, the barn service is allowed
                wget -qO- --timeout=3 http://barn:7070

                # Lists the endpoints of the barn service
                kubectl get endpoints barn
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.back().toLowerCase(java.util.Locale.ROOT).startsWith("should")), cards.toString());
        assertTrue(cards.stream().anyMatch(c -> c.back().contains("endpoints of the barn")), cards.toString());
    }

    @Test
    void aStepThatNamesAnObjectButNotItsKindSaysTheKind() {
        List<CardDraft> cards = md("""
                # Orchard drills

                1. Create a deployment called pear with image pear:2

                ```bash
                kubectl create deployment pear --image=pear:2
                ```

                2. Update the pear image to pear:3

                ```bash
                kubectl set image deploy pear pear=pear:3
                ```

                3. Show the logs of the pod pear-one

                ```bash
                kubectl logs pod/pear-one
                ```
                """);
        CardDraft update = withFront(cards, "Update the pear image").orElseThrow(() -> new AssertionError(cards.toString()));
        assertTrue(update.front().contains("deployment `pear`"), update.front());
        // A front that already says the kind is left as written.
        CardDraft logs = withFront(cards, "Show the logs").orElseThrow(() -> new AssertionError(cards.toString()));
        assertFalse(logs.front().contains("("), logs.front());
    }

    @Test
    void aFoldLabelIsNoTaskToAsk() {
        List<CardDraft> cards = md("""
                # Orchard access

                ## Objective

                - Create the service account `picker` in `orchard`.

                ## Hints (expand)

                <details>
                <summary>Imperative commands</summary>

                ```bash
                kubectl create sa picker -n orchard
                ```

                </details>

                ### Solution (click to expand)

                <details>
                <summary>Grant the picker read access to pods in orchard</summary>

                ```bash
                kubectl create role reader -n orchard --verb=get --resource=pods
                ```

                </details>
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("Imperative commands") || c.front().endsWith("Hints (expand)")),
                cards.toString());
        // A summary that says what to do is still the task.
        assertTrue(withFront(cards, "Grant the picker read access").isPresent(), cards.toString());
        assertTrue(TaskRules.namesFoldContent("Minimal YAML (optional)"));
        assertFalse(TaskRules.namesFoldContent("Drain the node"));
        assertTrue(PlainLines.asksToOpen("Solution (expand to view)"));
        assertFalse(PlainLines.asksToOpen("Expand the claim to 2Gi"));
    }

    @Test
    void aFoldLabelWhoseHeadNounNamesItsContentIsNoFront() {
        List<CardDraft> cards = md("""
                # Orchard: a Secret as files

                ## Objective
                Create a **Secret** and mount its keys as files in a Pod.

                ## Requirements
                - Secret `picker-creds` with the key `token`
                - Pod `picker` using image `busybox:1.36`

                ## Try it yourself first!
                Solution (expand to view)

                <details><summary>Quick notes on secrets</summary>

                - A Secret can be mounted as files or read as environment variables.
                - Its values are base64 in the manifest, not encrypted.

                </details>
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("Quick notes")), cards.toString());
        assertTrue(TaskRules.namesFoldContent("Short hints for the rollout"));
        assertFalse(TaskRules.namesFoldContent("Scale the orchard to three replicas"));
        assertFalse(TaskRules.namesFoldContent("Create a pod of two containers"));
    }
}
