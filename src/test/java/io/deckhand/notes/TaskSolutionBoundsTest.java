package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a task's solution is taken whole, up to where the task ends. The line that moves to
 * the exam's host or cluster first ("ssh node1", "kubectl config use-context c2") is setup: it stays on
 * the back but is never the whole answer, and never a name the front must give.
 */
class TaskSolutionBoundsTest {

    private static CardDraft withFront(List<CardDraft> cards, String part) {
        return cards.stream().filter(c -> c.front().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no card with '" + part + "' in " + cards));
    }

    @Test
    void aSolutionUnderABareLabelRunsOnThroughItsLaterSteps() {
        List<CardDraft> cards = md("""
                # Drills

                ## Drill 1

                Run a pod called `relay` in the namespace `mail` with the image `relay:2`, and expose it on
                port 2525 as a service called `relay-svc`.

                **Solution:**

                ```bash
                kubectl config use-context lab-a
                ```

                Start the pod:

                ```bash
                kubectl run relay -n mail --image=relay:2
                ```

                Then expose it:

                ```bash
                kubectl expose pod relay -n mail --name=relay-svc --port=2525
                ```

                ## Drill 2

                Something else entirely here.
                """);
        CardDraft task = withFront(cards, "Run a pod called");
        assertTrue(task.back().contains("use-context lab-a"), task.back());
        assertTrue(task.back().contains("kubectl run relay"), task.back());
        assertTrue(task.back().contains("kubectl expose pod relay"), task.back());
        // The context is where the exam runs it, not a name the task leaves out.
        assertFalse(task.front().contains("lab-a"), task.front());
        // The steps are the task's, not cards of their own.
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("Then expose it")), cards.toString());
    }

    @Test
    void theNextNumberedTaskEndsTheSolution() {
        List<CardDraft> cards = md("""
                # Drills

                1. Create a config map called `tone` holding `pitch=high`.

                **Solution:**

                ```bash
                kubectl create configmap tone --from-literal=pitch=high
                ```

                Question 2: Delete the config map called `tone`:

                ```bash
                kubectl delete configmap tone
                ```
                """);
        CardDraft first = withFront(cards, "Create a config map called");
        assertFalse(first.back().contains("kubectl delete"), first.back());
    }

    @Test
    void aSolutionThatOnlyMovesToTheHostIsNoCard() {
        List<CardDraft> cards = md("""
                # Drills

                ## Drill 4

                Find out why the kubelet on worker3 keeps restarting.

                **Solution:**

                ```bash
                ssh worker3
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("ssh worker3")), cards.toString());
    }

    @Test
    void aMovedToHostStaysOnTheBackOfAWholeSolution() {
        List<CardDraft> cards = md("""
                # Drills

                ## Drill 5

                Restart the kubelet service on the worker whose node agent is down.

                **Solution:**

                ```bash
                ssh worker3
                sudo systemctl restart kubelet
                ```
                """);
        CardDraft task = withFront(cards, "Restart the kubelet");
        assertTrue(task.back().contains("ssh worker3") && task.back().contains("systemctl restart kubelet"), task.back());
        assertFalse(task.front().contains("worker3"), task.front());
    }

    @Test
    void setupLinesAreMovesOnly() {
        assertTrue(TaskRules.isSetup("ssh node01"));
        assertTrue(TaskRules.isSetup("ssh admin@cp-1.lab"));
        assertTrue(TaskRules.isSetup("kubectl config use-context k8s-c2"));
        assertTrue(TaskRules.isSetup("kubectl config set-context --current --namespace=shop"));
        assertTrue(TaskRules.isSetup("sudo -i"));
        assertTrue(TaskRules.isSetup("exit"));
        assertFalse(TaskRules.isSetup("ssh node01 sudo systemctl restart kubelet"));
        assertFalse(TaskRules.isSetup("kubectl config view --raw"));
        assertFalse(TaskRules.isSetup("kubectl get pods -n shop"));
    }

    @Test
    void aStepLeadInThatNamesNothingItActsOnIsNoCardOfItsOwn() {
        List<CardDraft> cards = md("""
                # Mock exam

                ## Q6 — Make the queue survive restarts

                **Solution Steps:**

                1. Scale down to zero first:

                ```bash
                kubectl scale statefulset broker --replicas=0
                ```

                2. Scale back up to three:

                ```bash
                kubectl scale statefulset broker --replicas=3
                ```
                """);
        // Which workload, and why? Only the task knows: each step alone leans on it.
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("Scale down to zero")), cards.toString());
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("Scale back up")), cards.toString());
        assertFalse(TaskRules.namesAnyTarget("Scale back up to three:", List.of("kubectl scale statefulset broker --replicas=3")));
        assertTrue(TaskRules.namesAnyTarget("Scale the broker back up:", List.of("kubectl scale statefulset broker --replicas=3")));
        assertTrue(TaskRules.namesAnyTarget("List the nodes:", List.of("kubectl get nodes")));
    }

    @Test
    void aStepLeadInUnderAHeadingThatNamesItsObjectStaysACard() {
        List<CardDraft> cards = md("""
                # Mock exam

                ## Q6 — Pause the broker for maintenance

                1. Scale down to zero first:

                ```bash
                kubectl scale statefulset broker --replicas=0
                ```
                """);
        withFront(cards, "Scale down to zero");
    }

    private static final String RELAY = """
            ```yaml
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: relay
            spec:
              replicas: 4
              selector:
                matchLabels:
                  app: relay
              template:
                metadata:
                  labels:
                    app: relay
                spec:
                  containers:
                    - name: relay
                      image: relay:2
            ```
            """;

    @Test
    void theStateAnExerciseStartsFromIsNoManifestToWrite() {
        List<CardDraft> given = md("# Mock exam\n\n## Q3 — Shrink the relay\n\n"
                + "**Starting point** (already running in the cluster, far too big):\n\n" + RELAY);
        assertTrue(given.stream().noneMatch(c -> c.back().contains("kind: Deployment")), given.toString());
        List<CardDraft> existing = md("# Mock exam\n\n## Q3 — Shrink the relay\n\nThe existing deployment:\n\n" + RELAY);
        assertTrue(existing.stream().noneMatch(c -> c.back().contains("kind: Deployment")), existing.toString());
    }

    @Test
    void aManifestOutsideAnExerciseOrNotGivenStaysACard() {
        List<CardDraft> notes = md("# Deployments\n\n## Scaling\n\nThe existing deployment:\n\n" + RELAY);
        assertTrue(notes.stream().anyMatch(c -> c.back().contains("kind: Deployment")), notes.toString());
        List<CardDraft> asked = md("# Mock exam\n\n## Q3 — Shrink the relay\n\nThe deployment to write:\n\n" + RELAY);
        assertTrue(asked.stream().anyMatch(c -> c.back().contains("kind: Deployment")), asked.toString());
        assertTrue(TaskRules.isGivenState("(already deployed in the cluster)", List.of("Q4 — Move it")));
        assertFalse(TaskRules.isGivenState("(already deployed in the cluster)", List.of("Ingress")));
        assertFalse(TaskRules.isGivenState("Create the deployment:", List.of("Q4 — Move it")));
    }

    @Test
    void aLineThatOnlySaysWhereToWorkIsNoPartOfTheFront() {
        List<CardDraft> cards = md("""
                # Drills

                ## Drill 6

                Create a config map called `tone` holding `pitch=high`.

                **Work on:** `ssh lab-node3`

                **Solution:**

                ```bash
                ssh lab-node3
                kubectl create configmap tone --from-literal=pitch=high
                ```
                """);
        CardDraft task = withFront(cards, "Create a config map called");
        assertFalse(task.front().contains("lab-node3"), task.front());
        assertTrue(task.back().contains("ssh lab-node3"), task.back());
        assertTrue(TaskRules.namesOnlySetup("**Solve this on:** `ssh node7`"));
        assertTrue(TaskRules.namesOnlySetup("Context: `kubectl config use-context c2`"));
        assertFalse(TaskRules.namesOnlySetup("**Namespace:** `shop`"));
        assertFalse(TaskRules.namesOnlySetup("Run `ssh node7` and then restart the kubelet"));
    }

    @Test
    void aKubeconfigPathIsNoCommandVerbAndNoName() {
        assertTrue(NamedTargets.of(List.of("kubectl --kubeconfig /tmp/k config get-contexts")).names().isEmpty());
        assertEquals("List the contexts of the file",
                NamedTargets.withNames("List the contexts of the file", List.of("kubectl --kubeconfig /tmp/k config get-contexts -o name")));
    }

    /**
     * Whatever commands follow a context switch, the switch alone is never the answer. (Commands that set
     * no value: a value the front does not state is a reason for no card of its own.)
     */
    @Property(tries = 60)
    void theAnswerHoldsEveryStepAfterTheSwitch(@ForAll("steps") List<String> steps) {
        StringBuilder note = new StringBuilder("""
                # Drills

                ## Drill 9

                Do the following work on the cluster called lab-b, in the namespace called ops.

                **Solution:**

                ```bash
                kubectl config use-context lab-b
                ```
                """);
        for (int i = 0; i < steps.size(); i++) {
            note.append("\nStep ").append(i + 1).append(" of the work:\n\n```bash\n").append(steps.get(i)).append("\n```\n");
        }
        List<CardDraft> cards = md(note.toString());
        CardDraft task = withFront(cards, "Do the following work");
        for (String s : steps) assertTrue(task.back().contains(s), s + " missing from " + task.back());
        assertEquals(1, cards.stream().filter(c -> c.back().contains("use-context lab-b")).count(), cards.toString());
    }

    @Provide
    Arbitrary<List<String>> steps() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
        Arbitrary<String> command = Arbitraries.oneOf(
                name.map(n -> "kubectl rollout restart deployment " + n + " -n ops"),
                name.map(n -> "kubectl describe service " + n + " -n ops"),
                name.map(n -> "kubectl delete pod " + n + " -n ops"),
                name.map(n -> "kubectl delete configmap " + n + " -n ops"));
        return command.list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    }
}
