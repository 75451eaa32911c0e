package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Spec examples of practice-test notes: "Task" / "Solution" / "Why this works" sections, exercises that
 * build on earlier steps, and manifest answers whose requirements the statement leaves out.
 */
class PracticeTestCardsTest {
    private static final String HEADED = """
            # Mock exam

            ## Question 4: storage

            ### Task

            In namespace `ledger`, create a claim `books` of 2Gi with access mode ReadWriteOnce, then list the claims.

            Use the storage class `slow`.

            ### Solution

            ```bash
            kubectl apply -f books.yaml
            kubectl get pvc -n ledger
            ```

            ### Why this works

            A claim binds to a volume of its class that is large enough; `get pvc` shows the binding.
            """;

    @Test
    void aTaskSectionIsTheWholeFrontAndItsLabelIsNoContext() {
        List<CardDraft> cards = md(HEADED);
        CardDraft c = one(cards, CardKind.BASIC, "create a claim `books`");
        assertTrue(c.front().contains("storage class `slow`"), "the second paragraph of the task is a requirement: " + c.front());
        assertFalse(c.front().contains("› Task"), c.front());
        assertTrue(c.back().contains("kubectl get pvc -n ledger"), c.back());
    }

    @Test
    void whyThisWorksIsNoCardOfItsOwn() {
        List<CardDraft> cards = md(HEADED);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("Why this works") || c.back().contains("binds to a volume")),
                cards.toString());
    }

    @Test
    void boldLabelsAreNotPartOfTheQuestion() {
        List<CardDraft> cards = md("""
                ## Q7

                **Task:** Give the service account `robot` in namespace `ci` the right to list pods.

                **Solution:**

                ```bash
                kubectl create role pod-lister -n ci --verb=list --resource=pods
                kubectl create rolebinding robot-lists -n ci --role=pod-lister --serviceaccount=ci:robot
                ```

                **Why this works:** A role grants verbs on resources in one namespace and the binding gives it to the account.
                """);
        CardDraft c = one(cards, CardKind.BASIC, "service account `robot`");
        assertFalse(c.front().contains("Task"), c.front());
        assertTrue(cards.stream().noneMatch(d -> d.front().contains("Why this works") || d.back().contains("grants verbs")),
                cards.toString());
    }

    @Test
    void aSolutionSectionKeepsTheCodeOfItsStepsUpToTheNextSection() {
        List<CardDraft> cards = md("""
                ## Q2 - Node maintenance

                ### Question

                Move every pod off node `rack-2` and keep new pods away from it, ignoring daemon sets.

                ### Solution

                #### Step 1 - Stop new pods

                ```bash
                kubectl cordon rack-2
                ```

                #### Step 2 - Evict the running ones

                ```bash
                kubectl drain rack-2 --ignore-daemonsets
                ```

                ### Checking

                ```bash
                kubectl get nodes
                ```
                """);
        CardDraft c = one(cards, CardKind.BASIC, "Move every pod off node `rack-2`");
        assertTrue(c.back().contains("kubectl cordon rack-2") && c.back().contains("kubectl drain rack-2 --ignore-daemonsets"), c.back());
        assertFalse(c.back().contains("kubectl get nodes"), "the next section is no part of the solution: " + c.back());
        assertFalse(c.front().contains("› Question"), c.front());
    }

    @Test
    void whatTheCommandsPrintedIsLeftOutOfTheAnswer() {
        List<CardDraft> cards = md("""
                ### Build the image `site:1` from the folder `web` and list the images

                <details><summary>show</summary>

                ```text
                :~$ imgtool build -t site:1 web
                STEP 1/2: FROM base:3
                sha256:0f3a9c1e2b7d
                :~$ imgtool images
                REPOSITORY   TAG   IMAGE ID
                site         1     0f3a9c1e2b7d
                ```

                </details>
                """);
        CardDraft c = one(cards, CardKind.BASIC, "Build the image `site:1`");
        assertTrue(c.back().contains("imgtool build -t site:1 web") && c.back().contains("imgtool images"), c.back());
        assertFalse(c.back().contains("sha256") || c.back().contains(":~$"), c.back());
    }

    private static final String STEPS = """
            ## Rollouts

            ### Create a deployment called `shop` with image `caddy:2.6` and 2 replicas

            <details><summary>show</summary>

            ```bash
            kubectl create deployment shop --image=caddy:2.6 --replicas=2
            ```

            </details>

            ### Now scale it to 6 replicas

            <details><summary>show</summary>

            ```bash
            kubectl scale deployment shop --replicas=6
            ```

            </details>

            ### Show the rollout history of this deployment

            <details><summary>show</summary>

            ```bash
            kubectl rollout history deployment shop
            ```

            </details>

            ### Delete the pod you just created

            <details><summary>show</summary>

            ```bash
            kubectl delete pod helper-7c9f
            ```

            </details>
            """;

    @Test
    void aStepThatWorksOnWhatAnEarlierStepMadeSaysWhichOne() {
        List<CardDraft> cards = md(STEPS);
        CardDraft scale = one(cards, CardKind.COMMAND, "Scale it to 6");
        assertTrue(scale.front().contains("Given a deployment called `shop`"), scale.front());
        assertFalse(scale.front().contains("caddy:2.6` and 2 replicas\n"), "the earlier task is not glued on: " + scale.front());
        CardDraft history = one(cards, CardKind.COMMAND, "rollout history of this deployment");
        assertTrue(history.front().contains("`shop`"), history.front());
    }

    @Test
    void aNameGivenAtTheStartOfASectionIsCarriedToItsLastStep() {
        StringBuilder note = new StringBuilder("## Ovens\n\n### Create a deployment called oven with image bakery/oven:1.0\n\n"
                + "<details><summary>show</summary>\n\n```bash\nkubectl create deploy oven --image=bakery/oven:1.0\n```\n\n</details>\n\n");
        for (int i = 1; i <= 14; i++) {
            note.append("### Label the deployment with batch").append(i).append("=yes\n\n<details><summary>show</summary>\n\n```bash\nkubectl label deploy oven batch")
                    .append(i).append("=yes\n```\n\n</details>\n\n");
        }
        note.append("### Roll the deployment back to the image bakery/oven:1.0\n\n<details><summary>show</summary>\n\n```bash\nkubectl rollout undo deploy oven\n```\n\n</details>\n");
        List<CardDraft> cards = md(note.toString());
        CardDraft undo = one(cards, CardKind.COMMAND, "Roll the deployment back");
        // "bakery/oven:1.0" is a value the step states, not the deployment's name.
        assertTrue(undo.front().startsWith("*Ovens*\n\nGiven a deployment called oven"), undo.front());
        CardDraft last = one(cards, CardKind.COMMAND, "batch14=yes");
        assertTrue(last.front().contains("Given a deployment called oven"), last.front());
    }

    @Test
    void aStepWhoseObjectIsAPronounLeansOnTheStepBefore() {
        List<CardDraft> cards = md("## Timers\n\n### Create a cron job with image bakery/timer that rings every minute\n\n"
                + "<details><summary>show</summary>\n\n```bash\nkubectl create cronjob timer --image=bakery/timer --schedule='*/1 * * * *'\n```\n\n</details>\n\n"
                + "### See its logs and delete it\n\n<details><summary>show</summary>\n\n```bash\nkubectl logs job/timer-1\nkubectl delete cj timer\n```\n\n</details>\n");
        one(cards, CardKind.COMMAND, "Create a cron job");
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("See its logs")), cards.toString());
        assertTrue(TaskRules.leansBack("Scale it to 5 replicas"));
        assertFalse(TaskRules.leansBack("Create a pod and expose it on port 80"));
    }

    @Test
    void aStepThatOnlyLeadsInToItsManifestIsAskedForWhatTheManifestSets() {
        List<CardDraft> cards = md("""
                ## Route the bakery traffic

                1. Create the route:

                ```yaml
                apiVersion: example.io/v1
                kind: Route
                metadata:
                  name: bakery-route
                spec:
                  host: bakery.local
                  backend: bakery-svc
                ```

                2. Look at the route:

                ```bash
                tool get route bakery-route
                ```
                """);
        CardDraft route = one(cards, CardKind.MANIFEST, "Route `bakery-route`");
        assertFalse(route.front().contains("Create the route:"), route.front());
        assertTrue(route.front().contains("bakery.local") && route.front().contains("bakery-svc"), route.front());
    }

    @Test
    void aStepLeaningOnAnEarlierOneWithoutANameToCarryGivesNoCard() {
        List<CardDraft> cards = md(STEPS);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("Delete the pod you just created")), cards.toString());
    }

    @Test
    void aManifestAnswerAddsWhatTheStatementLeavesOut() {
        List<CardDraft> cards = md("""
                ### Write the pod from the step before as YAML, with a memory limit of 64Mi

                <details><summary>show</summary>

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: tiny
                  namespace: lab
                spec:
                  containers:
                  - name: tiny
                    image: busybox:1.36
                    command: ["sleep", "600"]
                    resources:
                      limits:
                        memory: 64Mi
                ```

                </details>
                """);
        CardDraft c = one(cards, CardKind.MANIFEST, "memory limit of 64Mi");
        assertTrue(c.front().contains("name `tiny`"), c.front());
        assertTrue(c.front().contains("`lab`"), c.front());
        assertTrue(c.front().contains("busybox:1.36"), c.front());
        assertFalse(c.front().contains("limits memory=64Mi"), "the statement said the limit already: " + c.front());
    }

    @Test
    void aManifestAnswerWhoseStatementSaysItAllAddsNothing() {
        List<CardDraft> cards = md("""
                ### Create a pod `echo` with image `alpine:3.19` running the command `sleep 60`

                <details><summary>show</summary>

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: echo
                spec:
                  containers:
                  - name: echo
                    image: alpine:3.19
                    command: ["sleep", "60"]
                ```

                </details>
                """);
        CardDraft c = one(cards, CardKind.MANIFEST, "Create a pod `echo`");
        assertFalse(c.front().contains("\n\n" + ManifestFront.REQUIREMENTS), c.front());
    }

    @Test
    void aStatementThatNamesItsObjectGetsOnlyTheValuesItLeavesOut() {
        List<CardDraft> cards = md("""
                ### Create a pod `ticker` in namespace `clocks` that never restarts and runs the command `sleep 300`

                <details><summary>show</summary>

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: ticker
                  namespace: clocks
                spec:
                  restartPolicy: Never
                  containers:
                  - name: ticker
                    image: busybox
                    command: ["sh", "-c", "sleep 300"]
                ```

                </details>
                """);
        CardDraft c = one(cards, CardKind.MANIFEST, "Create a pod `ticker`");
        // Namespace, restart policy and command are the statement's own words; the image is not.
        assertTrue(c.front().endsWith("\n\nUse image `busybox`."), c.front());
    }

    @Test
    void theNamesAStepBorrowsAreFoundWhereverTheEarlierStatementGaveThem() {
        assertEquals("3 pods with names web1,web2,web3", TaskRules.givenFromBefore("Remove the label from all of them",
                "kubectl label pod web1 web2 web3 tier-", List.of("Create 3 pods with names web1,web2,web3 and label tier=a")));
        assertEquals("a namespace called 'lab'", TaskRules.givenFromBefore("List the pods in it",
                "kubectl get pods -n lab", List.of("Create a namespace called 'lab' and a pod in it")));
        assertEquals(null, TaskRules.givenFromBefore("List the pods in the namespace lab",
                "kubectl get pods -n lab", List.of("Create a namespace called 'lab'")));
    }

    /** Whatever the earlier statement, a name the statement itself gives is never carried in again. */
    @Property(tries = 200)
    void aNameTheStatementGivesIsNeverBorrowed(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String name,
                                              @ForAll @StringLength(max = 60) String earlierNoise) {
        String earlier = "Create a thing called " + name + " " + earlierNoise;
        assertEquals(null, TaskRules.givenFromBefore("Delete " + name + " now", "tool delete " + name, List.of(earlier)));
    }
}
