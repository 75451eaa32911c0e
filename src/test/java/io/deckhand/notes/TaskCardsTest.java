package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static io.deckhand.notes.NoteCards.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Spec examples: exercises with their solutions become task cards, whatever way the note reveals the solution. */
class TaskCardsTest {
    private static String fenceOf(String back, String lang) {
        int at = back.indexOf("```" + lang + "\n");
        assertTrue(at >= 0, "no " + lang + " block in " + back);
        int from = at + 4 + lang.length();
        return back.substring(from, back.indexOf("\n```", from));
    }

    private static void noRevealLabelOnAnyFront(List<CardDraft> cards) {
        for (CardDraft c : cards) {
            String last = c.front().strip().lines().reduce((a, b) -> b).orElse("").toLowerCase(Locale.ROOT);
            assertFalse(last.matches("(show( solution| answer)?|answer|solution|click to expand)\\??"), c.front());
        }
    }

    @Nested
    class DetailsStyle {
        private final String note = """
                # Workloads

                ### Start a pod called cache running the image redis:7 in the namespace shop

                <details><summary>Show Solution</summary>
                <p>

                ```bash
                kubectl run cache --image=redis:7 -n shop
                ```

                </p>
                </details>

                ### Write a pod called probe-demo with image busybox that sleeps an hour

                <details><summary>answer</summary>

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: probe-demo
                spec:
                  containers:
                  - name: main
                    image: busybox
                    command: ["sleep", "3600"]
                ```

                </details>

                ### List the pods of the namespace shop, then show their labels

                <details><summary>show</summary>

                ```sh
                kubectl get pods -n shop
                kubectl get pods -n shop --show-labels
                ```

                </details>
                """;

        @Test
        void theStatementIsTheFrontAndTheSummaryNever() {
            List<CardDraft> cards = md(note);
            noRevealLabelOnAnyFront(cards);
            assertEquals(3, cards.size(), cards.toString());
        }

        @Test
        void oneCommandGivesACommandCardWithThatCommand() {
            CardDraft c = one(md(note), CardKind.COMMAND, "Start a pod called cache");
            assertEquals("kubectl run cache --image=redis:7 -n shop", fenceOf(c.back(), "bash"));
        }

        @Test
        void oneManifestGivesAManifestCard() {
            CardDraft c = one(md(note), CardKind.MANIFEST, "Write a pod called probe-demo");
            assertTrue(fenceOf(c.back(), "yaml").contains("image: busybox"), c.back());
        }

        @Test
        void severalCommandsGiveABasicCardWithTheSolutionAsWritten() {
            CardDraft c = one(md(note), CardKind.BASIC, "List the pods of the namespace shop");
            String code = fenceOf(c.back(), "bash");
            assertTrue(code.contains("kubectl get pods -n shop\n") && code.contains("--show-labels"), c.back());
        }

        @Test
        void alternativesStayAlternativesAsWritten() {
            CardDraft c = one(md("""
                    ### Show the labels of every pod in the namespace shop

                    <details><summary>show</summary>

                    ```bash
                    kubectl get pods -n shop --show-labels
                    # or
                    kubectl get pods --namespace=shop --show-labels
                    ```
                    </details>
                    """), CardKind.BASIC, "Show the labels of every pod");
            assertTrue(fenceOf(c.back(), "bash").contains("--show-labels\n# or\nkubectl"), c.back());
        }

        @Test
        void aSummaryThatAsksAQuestionIsStillTheQuestion() {
            List<CardDraft> cards = md("""
                    <details><summary>What does a readiness probe decide?</summary>

                    Whether the pod receives traffic from its Services.

                    </details>
                    """);
            CardDraft c = one(cards, CardKind.BASIC, "What does a readiness probe decide?");
            assertTrue(c.back().contains("receives traffic"), c.back());
        }

        @Test
        void exercisesInsideANumberedListKeepTheirSolutions() {
            List<CardDraft> cards = md("""
                    1. Label the node worker-2 with disk=ssd
                       <details><summary>Solution</summary>

                       ```bash
                       kubectl label node worker-2 disk=ssd
                       ```
                       </details>
                    2. Remove the label disk from worker-2
                       ```bash
                       kubectl label node worker-2 disk-
                       ```
                    """);
            noRevealLabelOnAnyFront(cards);
            assertEquals("kubectl label node worker-2 disk=ssd",
                    fenceOf(one(cards, CardKind.COMMAND, "Label the node worker-2").back(), "bash"));
            assertEquals("kubectl label node worker-2 disk-",
                    fenceOf(one(cards, CardKind.COMMAND, "Remove the label disk").back(), "bash"));
        }
    }

    @Nested
    class SolutionLabels {
        @Test
        void aSolutionLineAfterTheTaskInMarkdown() {
            List<CardDraft> cards = md("""
                    ## Services

                    Expose the deployment api on port 8080 as a NodePort service.

                    **Solution:**

                    ```
                    kubectl expose deployment api --port=8080 --type=NodePort
                    ```
                    """);
            CardDraft c = one(cards, CardKind.COMMAND, "Expose the deployment api");
            assertEquals("kubectl expose deployment api --port=8080 --type=NodePort", fenceOf(c.back(), "bash"));
            noRevealLabelOnAnyFront(cards);
        }

        @Test
        void aSolutionHeadingIsNoTopic() {
            List<CardDraft> cards = md("""
                    ## Rollouts

                    Roll the deployment api back to its previous revision.

                    ### Solution

                    ```bash
                    kubectl rollout undo deployment api
                    ```
                    """);
            CardDraft c = one(cards, CardKind.COMMAND, "Roll the deployment api back");
            assertFalse(c.front().contains("Solution"), c.front());
        }

        @Test
        void anAnswerLineInAFlattenedNoteWithTheCommandOnIt() {
            List<CardDraft> cards = txt("""
                    Scheduling
                    Mark the node worker-1 unschedulable without evicting anything
                    Answer: kubectl cordon worker-1
                    """);
            CardDraft c = one(cards, CardKind.COMMAND, "Mark the node worker-1 unschedulable");
            assertEquals("kubectl cordon worker-1", fenceOf(c.back(), "bash"));
        }

        @Test
        void aCommandBrokenOverLinesIsStoredWhole() {
            List<CardDraft> cards = txt("""
                    Maintenance
                    Empty the node worker-3 before a kernel upgrade
                    Solution:
                    kubectl drain worker-3 --ignore-daemonsets
                    --delete-emptydir-data
                    """);
            CardDraft c = one(cards, CardKind.COMMAND, "Empty the node worker-3");
            assertEquals("kubectl drain worker-3 --ignore-daemonsets --delete-emptydir-data", fenceOf(c.back(), "bash"));
        }

        @Test
        void aStatementThatBuildsOnTheLastOneShowsItFirst() {
            List<CardDraft> cards = md("""
                    ### Run a pod called once with image alpine that prints its date and exits

                    <details><summary>show</summary>

                    ```bash
                    kubectl run once --image=alpine --restart=Never -- date
                    ```
                    </details>

                    ### Do the same, but remove the pod when it completes

                    <details><summary>show</summary>

                    ```bash
                    kubectl run once --image=alpine --restart=Never --rm -it -- date
                    ```
                    </details>
                    """);
            CardDraft c = one(cards, CardKind.COMMAND, "Do the same, but remove");
            assertTrue(c.front().contains("Run a pod called once"), c.front());
        }
    }

    @Test
    void aStatementNamingThisThingFromBeforeLeansBackButNotOneNamingItsOwn() {
        assertTrue(TaskRules.leansBack("View the YAML of this deployment"));
        assertFalse(TaskRules.leansBack("Create a namespace shop and a pod in this namespace"));
        assertFalse(TaskRules.leansBack("Create a pod called web with image nginx"));
    }

    @Nested
    class NumberedExercises {
        @Test
        void numberedExercisesInAFlattenedNote() {
            List<CardDraft> cards = txt("""
                    Practice
                    1. Create a namespace called billing
                    kubectl create namespace billing
                    2. Create a config map app-config in billing with the key mode=fast
                    kubectl create configmap app-config -n billing --from-literal=mode=fast
                    """);
            assertEquals("kubectl create namespace billing",
                    fenceOf(one(cards, CardKind.COMMAND, "Create a namespace called billing").back(), "bash"));
            assertTrue(fenceOf(one(cards, CardKind.COMMAND, "Create a config map app-config").back(), "bash")
                    .contains("--from-literal=mode=fast"));
        }

        @Test
        void numberedExercisesInMarkdownWithTheCodeAfterEachItem() {
            List<CardDraft> cards = md("""
                    1. Scale the deployment api to 4 replicas

                    ```bash
                    kubectl scale deployment api --replicas=4
                    ```

                    2. Write a service web selecting app=web on port 80

                    ```yaml
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: web
                    spec:
                      selector:
                        app: web
                      ports:
                      - port: 80
                    ```
                    """);
            one(cards, CardKind.COMMAND, "Scale the deployment api to 4 replicas");
            CardDraft m = one(cards, CardKind.MANIFEST, "Write a service web");
            assertFalse(m.front().startsWith("2."), m.front());
        }

        @Test
        void aListOfStepsIsNoExercise() {
            List<CardDraft> cards = md("""
                    ## Upgrading

                    1. Drain the node
                    2. Upgrade the kubelet
                    3. Uncordon the node

                    ```bash
                    kubectl uncordon worker-1
                    ```
                    """);
            assertTrue(cards.stream().noneMatch(c -> c.front().contains("Uncordon the node") && c.kind() == CardKind.COMMAND
                    && !c.front().contains("Drain")), cards.toString());
        }
    }
}
