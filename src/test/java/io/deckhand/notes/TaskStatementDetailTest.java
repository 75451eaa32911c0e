package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a label whose value is only code ("**Run it on:** `ssh bench3`") is a detail of the
 * task above it, never the task; a bold exercise label of two words ("**Task Summary:**") is no part of
 * the front; a manifest front says each value once.
 */
class TaskStatementDetailTest {
    private static final String MANIFEST = """
            ```yaml
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: seeds
              namespace: shed
            data:
              tulip: red
            ```
            """;

    private static String exercise(String statementBlocks) {
        return "# Exam\n\n## Question 4: Seeds\n\n" + statementBlocks + "\n\n### Solution\n\n" + MANIFEST;
    }

    private static CardDraft manifestCard(List<CardDraft> cards) {
        List<CardDraft> m = cards.stream().filter(c -> c.kind() == CardKind.MANIFEST).toList();
        assertEquals(1, m.size(), cards.toString());
        return m.get(0);
    }

    @Test
    void aLabelWithOnlyCodeIsADetailOfTheTaskAboveIt() {
        CardDraft c = manifestCard(md(exercise(
                "Store the seed colours in a ConfigMap.\n\n> **Solve this question on:** `ssh bench3`")));
        assertTrue(c.front().contains("Store the seed colours in a ConfigMap"), c.front());
    }

    @Test
    void aTwoWordExerciseLabelIsNoPartOfTheFront() {
        CardDraft c = manifestCard(md(exercise("**Task Summary:** Store the seed colours in a ConfigMap")));
        assertFalse(c.front().contains("Task Summary"), c.front());
        assertTrue(c.front().contains("Store the seed colours"), c.front());
    }

    @Test
    void theNamespaceIsSaidOnce() {
        CardDraft c = manifestCard(md(exercise("Store the seed colours in a ConfigMap.")));
        assertEquals(1, c.front().split("namespace `shed`", -1).length - 1, c.front());
    }

    @Test
    void aHeadingWithTheSetupItGivesIsTheStatement() {
        String note = "# Exam\n\n## Seeds\n\n### Store the seed list from a file\n\nMake the file with\n\n"
                + "```bash\necho -e \"tulip=red\" > seeds.txt\n```\n\n"
                + "<details><summary>show</summary>\n\n```bash\nkubectl create cm seeds --from-file=seeds.txt\n```\n\n</details>\n";
        List<CardDraft> cards = md(note);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("do you use to make the file")), cards.toString());
        CardDraft task = cards.stream().filter(c -> c.back().contains("--from-file=seeds.txt")).findFirst()
                .orElseThrow(() -> new AssertionError(cards.toString()));
        assertTrue(task.front().contains("Store the seed list from a file"), task.front());
        assertTrue(task.front().contains("> seeds.txt"), task.front());
    }

    private static final String SOLUTION = "\n\n<details><summary>show</summary>\n\n```bash\n%s\n```\n\n</details>\n\n";

    @Test
    void aStepOnWhatTheClusterMadeNamesTheStepThatMadeIt() {
        String note = "# Exam\n\n## Batches\n\n"
                + "Create a batch with the image sprout that waters the beds for 30 seconds"
                + SOLUTION.formatted("kubectl create job sprout --image=sprout -- water --for=30s")
                + "Follow the output of the worker" + SOLUTION.formatted("kubectl get po\nkubectl logs sprout-x7k2p -f");
        CardDraft step = md(note).stream().filter(c -> c.back().contains("sprout-x7k2p")).findFirst()
                .orElseThrow(() -> new AssertionError(md(note).toString()));
        assertTrue(step.front().contains("Earlier step: Create a batch with the image sprout"), step.front());
        assertTrue(NamedTargets.actsOnGenerated(List.of("kubectl logs sprout-x7k2p -f")));
        assertFalse(NamedTargets.actsOnGenerated(List.of("kubectl logs sprout -f")));
    }

    @Test
    void aFirstStepOnWhatTheClusterMadeIsNoCard() {
        String note = "# Exam\n\n## Batches\n\nFollow the output of the worker"
                + SOLUTION.formatted("kubectl get po\nkubectl logs sprout-x7k2p -f");
        assertTrue(md(note).stream().noneMatch(c -> c.back().contains("sprout-x7k2p")), md(note).toString());
    }

    @Test
    void aStepWhoseCommandListsWordsTheTaskNeverSaysIsNoCard() {
        String unstated = "# Exam\n\n## Gardeners\n\nCreate the role imperatively"
                + SOLUTION.formatted("kubectl create role gardener --verb=dig,water,prune --resource=beds");
        assertTrue(md(unstated).stream().noneMatch(c -> c.back().contains("--verb=dig,water,prune")), md(unstated).toString());
        String stated = "# Exam\n\n## Gardeners\n\nCreate a role called gardener that may dig, water and prune beds"
                + SOLUTION.formatted("kubectl create role gardener --verb=dig,water,prune --resource=beds");
        assertTrue(md(stated).stream().anyMatch(c -> c.back().contains("--verb=dig,water,prune")), md(stated).toString());
        assertEquals(java.util.Set.of("dig", "water", "prune"),
                NamedTargets.values(List.of("kubectl create role gardener --verb=dig,water,prune")));
        assertTrue(NamedTargets.values(List.of("kubectl get po --selector=app=web,tier!=front")).isEmpty());
    }

    @Test
    void labelledCodeIsALeftoverLine() {
        assertTrue(TaskRules.isLeftover("**Solve this on:** `ssh bench3`"));
        assertTrue(TaskRules.isLeftover("Namespace: `shed`"));
        assertFalse(TaskRules.isLeftover("Create the map `seeds` in namespace `shed`"));
        assertFalse(TaskRules.isLeftover("Note the colour: it must be `red` for tulips and `white` for lilies"));
    }

    /** Whatever the label and the code, a labelled code line alone never becomes a front's task. */
    @Property(tries = 200)
    void aLabelledCodeLineNeverTakesThePlaceOfTheTask(@ForAll("labelledCode") String line) {
        CardDraft c = manifestCard(md(exercise("Store the seed colours in a ConfigMap.\n\n" + line)));
        assertTrue(c.front().contains("Store the seed colours in a ConfigMap"), c.front());
        assertTrue(TaskRules.isLeftover(line), line);
    }

    @Provide
    Arbitrary<String> labelledCode() {
        Arbitrary<String> label = Arbitraries.of("Solve this question on", "Run it on", "Host", "Work on", "Context",
                "Use the bench");
        Arbitrary<String> code = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<Boolean> bold = Arbitraries.of(true, false);
        return Combinators.combine(label, code, bold)
                .as((l, c, b) -> (b ? "**" + l + ":**" : l + ":") + " `ssh " + c + "`");
    }
}
