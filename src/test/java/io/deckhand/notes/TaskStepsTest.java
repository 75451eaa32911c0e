package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: the steps of a multi-step exercise. A step that only checks an earlier one is no task
 * of its own, a step's front states the values its answer sets (or there is no card), and a step's
 * context is its own exercise's headings.
 */
class TaskStepsTest {

    private static Optional<CardDraft> withFront(List<CardDraft> cards, String part) {
        String p = part.toLowerCase(java.util.Locale.ROOT);
        return cards.stream().filter(c -> c.front().toLowerCase(java.util.Locale.ROOT).contains(p)).findFirst();
    }

    @Test
    void aStepThatOnlyChecksAnEarlierStepIsNoCard() {
        List<CardDraft> cards = md("""
                # Queues

                ### Start a deployment called relay with the image relay:2

                ```bash
                kubectl create deployment relay --image=relay:2
                ```

                ### Confirm that the relay pods have started

                ```bash
                kubectl get pods -l app=relay
                ```

                ### It should list exactly one pod

                ```bash
                kubectl get pods -l app=relay --no-headers | wc -l
                ```

                ### Is there a relay pod running now?

                ```bash
                kubectl get pods
                ```
                """);
        assertTrue(withFront(cards, "Start a deployment called relay").isPresent(), cards.toString());
        assertTrue(withFront(cards, "Confirm that").isEmpty(), cards.toString());
        assertTrue(withFront(cards, "should list").isEmpty(), cards.toString());
        assertTrue(withFront(cards, "running now").isEmpty(), cards.toString());
    }

    @Test
    void aRuleTheTaskSetsStaysWithItsStatement() {
        List<CardDraft> cards = md("""
                # Lantern drills

                ## Drill 3 - SECTION: Oil

                Create a configmap named `oil` with the key `level=high` in namespace `lamp`.

                Do not rename the lamp resources.

                Keep the wick labels unchanged.

                ### Solution

                ```bash
                kubectl create configmap oil --from-literal=level=high -n lamp
                ```
                """);
        CardDraft task = withFront(cards, "Create a configmap named").orElseThrow(() -> new AssertionError(cards));
        assertTrue(task.front().contains("Do not rename"), task.front());
        // No card asks a rule without the task it limits.
        assertTrue(cards.stream().noneMatch(c -> (c.front().contains("Do not rename") || c.front().contains("Keep the wick"))
                && !c.front().contains("Create a configmap")), cards.toString());
        assertTrue(TaskRules.isConstraint("Leave the node taints in place."));
        assertFalse(TaskRules.isConstraint("Keep a backup of etcd before the upgrade."));
    }

    @Test
    void aStepThatOnlyRetriesOrCleansUpIsNoCard() {
        List<CardDraft> cards = md("""
                # Lanterns

                ### Create a configmap called wick with the key flame=blue

                ```bash
                kubectl create configmap wick --from-literal=flame=blue
                ```

                ### Try again

                ```bash
                kubectl create configmap wick --from-literal=flame=blue
                ```

                ### Clean up everything

                ```bash
                kubectl delete configmap wick
                ```
                """);
        assertTrue(withFront(cards, "Create a configmap called wick").isPresent(), cards.toString());
        assertTrue(withFront(cards, "Try again").isEmpty(), cards.toString());
        assertTrue(withFront(cards, "Clean up").isEmpty(), cards.toString());
        // A clean-up that names what it removes is a task of its own.
        assertFalse(TaskRules.isVerification("Clean up the configmap wick and the pod lamp"));
        assertFalse(TaskRules.isVerification("Retry the job called wick with a backoff limit of 2"));
        assertTrue(TaskRules.isVerification("Rerun it."));
    }

    @Test
    void checkingSomethingAsTheTaskItselfIsStillATask() {
        List<CardDraft> cards = md("""
                # Queues

                ### Check the labels of the pod called relay

                ```bash
                kubectl get pod relay --show-labels
                ```
                """);
        assertTrue(withFront(cards, "Check the labels").isPresent(), cards.toString());
        assertTrue(TaskRules.isVerification("Verify that the claim is bound"));
        assertTrue(TaskRules.isVerification("Make sure the job finished"));
        assertTrue(TaskRules.isVerification("You should see two lines"));
        assertFalse(TaskRules.isVerification("Check the rollout history of the deployment"));
        assertFalse(TaskRules.isVerification("Create a pod that should restart never"));
        assertFalse(TaskRules.isVerification("What is the default port now used by the dashboard"));
    }

    @Test
    void aCommentedCheckInAnExercisesSolutionIsNoCardButInACheatSheetItIs() {
        String code = """
                ```bash
                # Verify that the mailer pods are ready
                kubectl get pods -l app=mailer
                ```
                """;
        List<CardDraft> exercise = md("# Mock exam\n\n## Q3 — Widen the mailer\n\n### Validation\n\n" + code);
        assertTrue(exercise.stream().noneMatch(c -> c.back().contains("kubectl get pods") || c.front().contains("kubectl get pods")),
                exercise.toString());
        List<CardDraft> sheet = md("# Pods\n\n## Readiness\n\n" + code);
        assertTrue(sheet.stream().anyMatch(c -> c.back().contains("kubectl get pods") || c.front().contains("kubectl get pods")),
                sheet.toString());
    }

    @Test
    void aStepsCommentInAnExerciseIsNoFactAboutTheCommand() {
        List<CardDraft> cards = md("""
                # Mock exam

                ## Q7 — Move the relay

                ```bash
                # Hop over and drop it there
                ssh worker2
                ```

                ```bash
                # Show where the node agent keeps its static manifests
                grep staticPodPath /var/lib/kubelet/config.yaml
                ```

                ```bash
                # Scale the relay down for the move
                kubectl scale deployment relay --replicas=0
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("ssh worker2") || c.back().contains("ssh worker2")),
                cards.toString());
        assertTrue(cards.stream().noneMatch(c -> c.front().startsWith("What does")), cards.toString());
        assertTrue(cards.stream().anyMatch(c -> c.back().contains("grep staticPodPath")), cards.toString());
        // The count the command sets is stated nowhere on a "which command" front: no card.
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("--replicas=0")), cards.toString());
    }

    @Test
    void aManifestFedThroughAHeredocIsTheAnswerWithoutADanglingStdinCommand() {
        List<CardDraft> cards = md("""
                # Queues

                ### Create a config map called relay-env holding MODE=fast

                <details><summary>show</summary>

                ```bash
                kubectl apply -f - <<EOF
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: relay-env
                data:
                  MODE: fast
                EOF
                ```

                </details>
                """);
        CardDraft c = cards.stream().filter(d -> d.back().contains("kind: ConfigMap")).findFirst()
                .orElseThrow(() -> new AssertionError(cards));
        assertFalse(c.back().contains("-f -"), c.back());
    }

    @Test
    void theStepADoTheSameBuildsOnIsShownAsTheEarlierStepNotAsASecondTask() {
        List<CardDraft> cards = md("""
                # Queues

                ### Run a pod called tick with image clock:1 that prints the time and stops

                <details><summary>show</summary>

                ```bash
                kubectl run tick --image=clock:1 --restart=Never
                ```
                </details>

                ### Do the same, but keep it in the namespace timers

                <details><summary>show</summary>

                ```bash
                kubectl run tick --image=clock:1 --restart=Never -n timers
                ```
                </details>
                """);
        CardDraft c = withFront(cards, "Do the same, but keep").orElseThrow(() -> new AssertionError(cards));
        assertTrue(c.front().contains("Earlier step: Run a pod called tick"), c.front());
    }

    @Test
    void theNewThingOfAnEarlierStepLeansBack() {
        assertTrue(TaskRules.leansBack("Open a shell in the new pod"));
        assertTrue(TaskRules.leansBack("Delete the newly created claim"));
        assertFalse(TaskRules.leansBack("Make a new pod and open a shell in the new pod"));
    }

    // Under a "Steps:" label (no solution label) each step is read on its own; under "Solution Steps:" the
    // task is one card (PracticeTestSolutionStepsTest).
    @Test
    void aStepCarriesTheProblemLineThatStatesTheValuesItsAnswerSets() {
        List<CardDraft> cards = md("""
                ## Q4 — Widen the mailer

                **Problem:** The mailer deployment must run 4 replicas behind port 2525.

                **Steps:**

                1. Scale the deployment:

                ```bash
                kubectl scale deployment mailer --replicas=4
                ```

                2. Expose the deployment inside the cluster:

                ```bash
                kubectl expose deployment mailer --port=2525 --name=mailer
                ```
                """);
        CardDraft scale = withFront(cards, "Scale the deployment").orElseThrow(() -> new AssertionError(cards));
        assertTrue(scale.front().contains("Given: The mailer deployment must run 4 replicas behind port 2525."),
                scale.front());
        CardDraft expose = withFront(cards, "Expose the deployment").orElseThrow(() -> new AssertionError(cards));
        assertTrue(expose.front().contains("2525"), expose.front());
    }

    @Test
    void aStepWhoseValueTheNotesNeverStateIsNoCard() {
        List<CardDraft> cards = md("""
                ## Q5 — Rank the batch jobs

                **Problem:** Give the batch jobs a priority just under the highest one in use.

                **Solution Steps:**

                1. Make the priority class:

                ```bash
                kubectl create priorityclass batch-high --value=899
                ```
                """);
        assertTrue(withFront(cards, "Make the priority class").isEmpty(), cards.toString());
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("--value=899")), cards.toString());
    }

    @Test
    void valuesAreReadFromFlagsAndSpeltOutCountsState() {
        List<String> commands = List.of("kubectl autoscale deploy web --cpu-percent=60 --min=3 --max=7",
                "kubectl run tmp --image=toolbox:1.4 --restart=Never --grace-period=0",
                "kubectl expose deploy web --port 8080 -n <namespace>");
        assertEquals(List.of("60", "3", "7", "toolbox:1.4", "8080"), List.copyOf(NamedTargets.values(commands)));
        assertEquals(List.of("reader", "ana", "robot"), List.copyOf(NamedTargets.values(List.of(
                "kubectl create rolebinding rb --role=reader --user=ana --serviceaccount=default:robot"))));
        assertEquals(List.of("toolbox:1.4"),
                NamedTargets.unstatedValues("Autoscale web at 60% between three and 7 pods on port 8080", commands));
    }

    @Test
    void aLaterExerciseIsNotShownUnderTheFirstExercisesTitle() {
        List<CardDraft> cards = md("""
                # Drills

                ## Q1 — Rotating logs

                Create a pod called logger with the image logger:3

                <details><summary>show</summary>

                ```bash
                kubectl run logger --image=logger:3
                ```

                </details>

                **Q2.** Delete the pod called logger right away

                <details><summary>show</summary>

                ```bash
                kubectl delete pod logger --grace-period=0 --force
                ```

                </details>

                ## Summary

                1. Label the pod called logger with tier=tools

                ```bash
                kubectl label pod logger tier=tools
                ```
                """);
        CardDraft second = withFront(cards, "Delete the pod called logger").orElseThrow(() -> new AssertionError(cards));
        assertFalse(second.front().contains("Q1"), second.front());
        assertFalse(second.front().contains("Rotating"), second.front());
        CardDraft first = withFront(cards, "Create a pod called logger").orElseThrow(() -> new AssertionError(cards));
        assertTrue(first.front().contains("Rotating logs"), first.front());
        CardDraft label = withFront(cards, "Label the pod").orElseThrow(() -> new AssertionError(cards));
        assertFalse(label.front().contains("Summary"), label.front());
    }

    /** Every proposed task card's front states each literal value its answer's commands set, or it is no card. */
    @Property(tries = 200)
    void aTaskFrontStatesTheValuesItsAnswerSets(@ForAll("exercises") String note) {
        for (CardDraft c : md(note)) {
            if (!c.quality().passed()) continue;
            List<String> commands = c.back().lines().filter(l -> l.startsWith("kubectl ")).toList();
            String front = Inline.plain(c.front());
            for (String v : NamedTargets.values(commands)) {
                assertTrue(NamedTargets.states(front, v), v + " not on " + c.front() + "\n--\n" + c.back());
            }
        }
    }

    @Provide
    Arbitrary<String> exercises() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(7);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 40);
        Arbitrary<Integer> port = Arbitraries.integers().between(1000, 9999);
        Arbitrary<String> problem = Combinators.combine(name, count, port, Arbitraries.of(true, false))
                .as((n, c, p, stated) -> stated
                        ? "**Problem:** The " + n + " app runs " + c + " copies on port " + p + ".\n\n"
                        : "**Problem:** Make the " + n + " app bigger.\n\n");
        Arbitrary<String> step = Combinators.combine(name, count, port, Arbitraries.of(
                        "1. Scale it:\n\n```bash\nkubectl scale deployment %s --replicas=%d\n```\n",
                        "1. Publish the app on port %2$d:\n\n```bash\nkubectl expose deployment %1$s --port=%3$d\n```\n",
                        "1. Run %s with %d copies:\n\n```bash\nkubectl create deployment %1$s --image=web:1 --replicas=%2$d --port=%3$d\n```\n",
                        "### Start %s with %d copies\n\n<details><summary>show</summary>\n\n```bash\nkubectl create deployment %1$s --image=web:%2$d --replicas=%2$d\n```\n\n</details>\n"))
                .as((n, c, p, form) -> String.format(form, n, c, p));
        return Combinators.combine(problem, step.list().ofMinSize(1).ofMaxSize(3))
                .as((pr, steps) -> "## Ex 1 — Practice\n\n" + pr + String.join("\n", steps));
    }
}
