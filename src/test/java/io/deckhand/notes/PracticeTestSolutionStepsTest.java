package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Spec examples of the practice-test style: a numbered question with its context, then "Solution Steps" as a
 * numbered list whose items hold a lead-in line and code. The unit is the task: its whole statement (constraint
 * lines included, setup and reading links left off) answered by its whole solution, in order, with the words
 * that link the code blocks ("Add ... under", "Change" / "to"), and without the check that follows it.
 */
class PracticeTestSolutionStepsTest {
    private static final String STEPS_HEADING = """
            # Practice round 2

            ## Question 4

            **Context:** `kubectl config use-context lab-east`

            In namespace `kiln`, the CronJob `glaze` keeps too many finished jobs. Keep only 2 successful jobs in its history.
            Do not rename the CronJob.

            ### Solution Steps

            1. Switch to the right context:

               ```bash
               kubectl config use-context lab-east
               ```

            2. Edit the CronJob:

               ```bash
               kubectl edit cronjob glaze -n kiln
               ```

               Add the field under `spec`:

               ```yaml
               spec:
                 successfulJobsHistoryLimit: 2
               ```

            3. Confirm the change:

               ```bash
               kubectl get cronjob glaze -n kiln -o yaml
               ```
            """;

    private static final String GLOSSARY_BEFORE_SOLUTION = """
            # Practice round 3

            ## Question 5 | Kiln operator

            ### Task

            1. Create Namespace `kiln`.
            2. Install the kiln operator into it.

            ### Background Concepts

            - **Kiln Operator:** A controller that fires pots on a schedule it reads from its custom resource.
            - **Glaze Chart:** A packaged set of templates that the operator installs together.
            - **KCR (Kiln Custom Resource):** Extends the oven's schedule with kinds of its own.

            ### Solution Walkthrough

            #### Step 1: Create the namespace

            ```bash
            kubectl create ns kiln
            ```

            #### Step 2: Install the operator

            ```bash
            helm -n kiln install kiln-operator glaze/kiln-operator
            ```
            """;

    @Test
    void aGlossaryAboveASolutionIsNoTaskAndKeepsItsDefinitions() {
        List<CardDraft> cards = md(GLOSSARY_BEFORE_SOLUTION);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("A controller that fires pots")
                        || c.front().contains("Extends the oven's schedule")),
                "a term's gloss is never a task's front: " + cards);
        assertTrue(cards.stream().anyMatch(c -> c.kind() == CardKind.DEFINITION && c.front().contains("Kiln Operator")
                        && c.back().contains("controller that fires pots")),
                "the glossary still gives its definitions: " + cards);
    }

    @Test
    void theWholeSolutionAcrossItsStepsAnswersTheWholeTask() {
        List<CardDraft> cards = md(STEPS_HEADING);
        CardDraft c = one(cards, CardKind.MANIFEST, "CronJob `glaze`");
        assertTrue(c.front().contains("Do not rename the CronJob."), "a constraint stays with its task: " + c.front());
        assertFalse(c.front().contains("use-context"), "the context is where the task runs, not what it asks: " + c.front());
        String back = c.back();
        assertTrue(back.indexOf("use-context lab-east") < back.indexOf("kubectl edit cronjob glaze")
                && back.indexOf("kubectl edit cronjob glaze") < back.indexOf("successfulJobsHistoryLimit: 2"), back);
        assertTrue(back.contains("Add the field under `spec`:"), "where the field goes is part of the step: " + back);
        assertFalse(back.contains("kubectl get cronjob"), "the check after the solution is none of it: " + back);
        assertFalse(back.contains("1. ") || back.contains("2. "), "each step is its own one-item list, never renumbered 1: " + back);
        assertTrue(cards.stream().noneMatch(d -> d.front().startsWith("Switch to the right context")
                || d.front().contains("Confirm the change")), cards.toString());
    }

    @Test
    void theWordsThatSayWhichBlockIsOldAndWhichIsNewStayBetweenThem() {
        List<CardDraft> cards = md("""
                ## Question 5

                The deployment `oven` in namespace `bakery` runs the image `oven:1.0`. Move it to `oven:1.1`.

                **Solution:**

                1. Open the manifest:

                ```bash
                vi /srv/oven.yaml
                ```

                Change

                ```yaml
                image: oven:1.0
                ```

                to

                ```yaml
                image: oven:1.1
                ```

                2. Apply it:

                ```bash
                kubectl apply -f /srv/oven.yaml
                ```
                """);
        CardDraft c = one(cards, CardKind.BASIC, "deployment `oven`");
        String back = c.back();
        int change = back.indexOf("Change");
        int old = back.indexOf("image: oven:1.0");
        int to = back.indexOf("\nto\n");
        int neu = back.indexOf("image: oven:1.1");
        assertTrue(change >= 0 && change < old && old < to && to < neu, back);
        assertTrue(back.indexOf("kubectl apply -f /srv/oven.yaml") > neu, "the later step is kept: " + back);
    }

    @Test
    void aProblemParagraphAndItsTasksListAreTheFrontNotTheLineAboveTheSolution() {
        List<CardDraft> cards = md("""
                ### Q8 — Restore the archive

                **Problem:** The archive deployment in namespace `vault` lost its volume and must get its data back.

                **Tasks:**

                - Create a claim named `shelf` in namespace `vault` with:
                  - Access Mode = `ReadWriteOnce`
                  - Storage = `300Mi`
                - Mount it in the deployment at `/data`

                **Reference Doc:** https://example.org/docs/claims

                **Root cause:** The old claim was deleted while the volume was retained.

                **Solution Steps:**

                1. Create the claim:

                ```yaml
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: shelf
                  namespace: vault
                spec:
                  accessModes:
                    - ReadWriteOnce
                  resources:
                    requests:
                      storage: 300Mi
                ```

                > **Tip:** The claim binds only when its size fits the volume.

                2. Edit the deployment and add the volume:

                ```bash
                kubectl edit deployment archive -n vault
                ```
                """);
        CardDraft c = cards.stream().filter(d -> d.front().contains("lost its volume")).findFirst()
                .orElseThrow(() -> new AssertionError(cards.toString()));
        String front = c.front();
        assertFalse(front.contains("https://"), "a reading link is no part of the task: " + front);
        assertFalse(front.contains("Root cause"), "the writer's analysis gives the answer away: " + front);
        assertTrue(front.indexOf("named `shelf`") < front.indexOf("Storage = `300Mi`")
                && front.indexOf("Storage = `300Mi`") < front.indexOf("Mount it"), "nested points stay under their item: " + front);
        assertTrue(c.back().contains("kubectl edit deployment archive -n vault"), "a tip between steps does not end the solution: " + c.back());
    }

    @Test
    void aRemarkOnWhatAStepShowsDoesNotEndTheSolution() {
        List<CardDraft> cards = md("""
                ## Q2 — Roll the mixer back

                In namespace `bakery`, the last update of the deployment `mixer` broke it. Roll it back and scale it to 3 replicas.

                ### Solution

                #### Step 1 — Look at the pods

                ```bash
                kubectl get pods -n bakery
                ```

                You will see the pods failing to pull their image.

                #### Step 2 — Roll back

                ```bash
                kubectl rollout undo deployment mixer -n bakery
                ```

                #### Step 3 — Scale

                ```bash
                kubectl scale deployment mixer -n bakery --replicas=3
                ```

                #### Step 4 — Verify

                ```bash
                kubectl get deployment mixer -n bakery
                ```
                """);
        CardDraft c = one(cards, CardKind.BASIC, "deployment `mixer`");
        assertTrue(c.back().contains("--replicas=3"), c.back());
        assertTrue(c.back().contains("Roll back"), "a step heading says what its code is for, without its number: " + c.back());
        assertFalse(c.back().contains("Step 2"), c.back());
        assertFalse(c.back().contains("kubectl get deployment mixer"), "the last step only checks: " + c.back());
    }

    @Test
    void aCheckThatFindsTheFaultIsAStepButTheVerificationIsNone() {
        List<CardDraft> cards = md("""
                ### Q9 — The proofer agent is down

                **Problem:** The static pod `proofer` on host `loaf1` does not start. Fix it.

                **Solution Steps:**

                1. Go to the host:

                ```bash
                ssh loaf1
                ```

                2. Check if the agent is running:

                ```bash
                sudo systemctl status kubelet
                ```

                3. Fix the manifest port:

                ```bash
                sudo vi /etc/kubernetes/manifests/proofer.yaml
                # Find: --port=8081
                # Change to: --port=8080
                ```

                **Verification:**

                ```bash
                kubectl get pod proofer-loaf1
                ```
                """);
        CardDraft c = cards.stream().filter(d -> d.front().contains("static pod `proofer`")).findFirst()
                .orElseThrow(() -> new AssertionError(cards.toString()));
        assertTrue(c.back().contains("systemctl status kubelet") && c.back().contains("sudo vi /etc/kubernetes/manifests/proofer.yaml"), c.back());
        assertFalse(c.back().contains("kubectl get pod proofer-loaf1"), "the verification is none of the solution: " + c.back());
    }

    @Test
    void aSolutionThatOnlyReachesTheHostIsNoCard() {
        List<CardDraft> cards = md("""
                ### Q3 — Crust timer

                **Problem:** The timer on host `loaf2` stopped. Restart its unit and make it start at boot.

                **Solution Steps:**

                1. SSH into the host:

                ```bash
                ssh loaf2
                ```

                2. Check that the unit is active:

                ```bash
                systemctl status crust-timer
                ```
                """);
        assertTrue(cards.stream().noneMatch(d -> d.back().strip().endsWith("ssh loaf2\n```")), cards.toString());
    }

    @Property(tries = 100)
    void aSolutionLabelMayNameTheSolutionsForm(@ForAll("solutionLabels") String label) {
        assertNotNull(PlainLines.solutionLabel(label), label);
    }

    @Provide
    Arbitrary<String> solutionLabels() {
        Arbitrary<String> word = Arbitraries.of("Solution", "solution", "SOLUTION", "Answer", "Solutions");
        Arbitrary<String> form = Arbitraries.of("Steps", "steps", "Step", "Walkthrough", "approach", "Outline");
        Arbitrary<String> colon = Arbitraries.of("", ":");
        Arbitrary<Boolean> bold = Arbitraries.of(true, false);
        return net.jqwik.api.Combinators.combine(word, form, colon, bold)
                .as((w, f, c, b) -> b ? "**" + w + " " + f + c + "**" : w + " " + f + c);
    }

    @Property(tries = 200)
    void aLabelAndLinksOnlyPointAtReading(@ForAll @AlphaChars @StringLength(min = 2, max = 20) String label,
                                          @ForAll @AlphaChars @StringLength(min = 1, max = 12) String page) {
        assertTrue(TaskRules.pointsOnlyAt("**" + label + ":** https://example.org/" + page), label + page);
        assertTrue(TaskRules.pointsOnlyAt("[" + label + "](https://example.org/" + page + ")"), label + page);
        assertFalse(TaskRules.pointsOnlyAt("**" + label + ":** read https://example.org/" + page + " then create the pod"), label);
    }
}
