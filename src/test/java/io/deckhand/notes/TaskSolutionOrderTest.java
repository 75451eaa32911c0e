package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: the back of a task card keeps the solution's steps in the notes' order (the command
 * that writes a file and its edit before the manifest, the apply after it) and drops none of its
 * command lines.
 */
class TaskSolutionOrderTest {

    private static CardDraft only(List<CardDraft> cards, String frontPart) {
        List<CardDraft> hits = cards.stream().filter(c -> c.front().contains(frontPart)).toList();
        assertEquals(1, hits.size(), cards.toString());
        return hits.get(0);
    }

    @Test
    void theCommandsThatWriteAManifestComeBeforeItAndTheApplyAfter() {
        CardDraft c = only(md("""
                # Gardens

                ### Create a pod called hedge with the image shears:3 and a label zone=north

                <details><summary>show</summary>

                ```bash
                kubectl run hedge --image=shears:3 --dry-run=client -o yaml > hedge.yaml
                vi hedge.yaml
                ```

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: hedge
                  labels:
                    zone: north
                spec:
                  containers:
                  - name: hedge
                    image: shears:3
                ```

                ```bash
                kubectl apply -f hedge.yaml
                ```

                </details>
                """), "Create a pod called hedge");
        assertEquals(CardKind.MANIFEST, c.kind());
        String back = c.back();
        int write = back.indexOf("--dry-run=client -o yaml > hedge.yaml");
        int edit = back.indexOf("vi hedge.yaml");
        int manifest = back.indexOf("kind: Pod");
        int apply = back.indexOf("kubectl apply -f hedge.yaml");
        assertTrue(write >= 0 && write < edit && edit < manifest && manifest < apply, back);
    }

    @Test
    void aStepWithAPathArgumentIsACommandNotOutput() {
        CardDraft c = only(md("""
                # Gardens

                ### Create a pod called hedge from hedge.yaml and list the files under /srv/beds inside it

                <details><summary>show</summary>

                ```bash
                kubectl apply -f hedge.yaml
                kubectl exec -it hedge -- /bin/sh
                cd /srv/beds
                sysctl fs.beds.max   # prints 12
                ls # shows tulip rose
                ```

                </details>
                """), "Create a pod called hedge");
        assertTrue(c.back().contains("cd /srv/beds"), c.back());
        String cd = c.back().substring(c.back().indexOf("cd /srv/beds"));
        assertTrue(cd.contains("ls"), c.back());
        assertTrue(c.back().contains("sysctl fs.beds.max"), c.back());
        assertTrue(TaskRules.callsWithPaths("cd /srv/beds"));
        assertTrue(TaskRules.callsWithPaths("vi ./hedge.yaml # edit"));
        assertFalse(TaskRules.callsWithPaths("pod/hedge created"));
        assertFalse(TaskRules.callsWithPaths("hedge   1/1   Running   0   5s"));
        assertFalse(TaskRules.callsWithPaths("Error from server (NotFound): pods \"x\" not found"));
    }

    @Test
    void aManifestAloneIsTheWholeBack() {
        CardDraft c = only(md("""
                # Gardens

                ### Write a pod called hedge with the image shears:3

                <details><summary>show</summary>

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: hedge
                spec:
                  containers:
                  - name: hedge
                    image: shears:3
                ```

                </details>
                """), "Write a pod called hedge");
        assertEquals(CardKind.MANIFEST, c.kind());
        assertTrue(c.back().startsWith("```yaml"), c.back());
        assertEquals(1, c.back().split("```", -1).length / 2, c.back());
    }

    @Test
    void aLeadInToOutputThatIsLeftOutGoesWithIt() {
        CardDraft c = only(md("""
                # Gardens

                ### Try to create a pod called hedge in the namespace walled

                <details><summary>show</summary>

                ```bash
                vi hedge.yaml
                ```

                ```yaml
                apiVersion: v1
                kind: Pod
                metadata:
                  name: hedge
                  namespace: walled
                spec:
                  containers:
                  - name: hedge
                    image: shears:3
                ```

                ```bash
                kubectl create -f hedge.yaml
                ```

                The refusal reads:
                ```bash
                Error from server (Forbidden): pods "hedge" is forbidden: exceeded quota
                ```

                </details>
                """), "create a pod called hedge");
        assertTrue(c.back().indexOf("vi hedge.yaml") < c.back().indexOf("kind: Pod"), c.back());
        assertTrue(c.back().contains("kubectl create -f hedge.yaml"), c.back());
        assertFalse(c.back().contains("refusal reads"), c.back());
    }

    /** For any solution of command blocks with one manifest among them, the back keeps every line in order. */
    @Property(tries = 60)
    void theBackKeepsEveryCommandInTheNotesOrder(@ForAll("commandBlocks") List<List<String>> blocks,
                                                 @ForAll("position") int at) {
        int manifestAt = at % (blocks.size() + 1);
        StringBuilder note = new StringBuilder("""
                # Gardens

                ### Create a pod called hedge with the image shears:3

                <details><summary>show</summary>

                """);
        List<String> order = new ArrayList<>();
        for (int i = 0; i <= blocks.size(); i++) {
            if (i == manifestAt) {
                note.append("```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: hedge\nspec:\n  containers:\n"
                        + "  - name: hedge\n    image: shears:3\n```\n\n");
                order.add("kind: Pod");
            }
            if (i < blocks.size()) {
                note.append("```bash\n").append(String.join("\n", blocks.get(i))).append("\n```\n\n");
                order.addAll(blocks.get(i));
            }
        }
        note.append("</details>\n");
        CardDraft c = only(md(note.toString()), "Create a pod called hedge");
        int from = 0;
        for (String line : order) {
            int found = c.back().indexOf(line, from);
            assertTrue(found >= 0, "missing or out of order: " + line + "\n" + c.back());
            from = found + line.length();
        }
    }

    @Provide
    Arbitrary<List<List<String>>> commandBlocks() {
        Arbitrary<String> file = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
        Arbitrary<String> dir = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> line = Arbitraries.oneOf(
                file.map(f -> "kubectl run hedge --image=shears:3 --dry-run=client -o yaml > " + f + ".yaml"),
                file.map(f -> "vi " + f + ".yaml"),
                file.map(f -> "kubectl apply -f " + f + ".yaml"),
                dir.map(d -> "cd /srv/" + d),
                dir.map(d -> "kubectl exec hedge -- ls /srv/" + d));
        return line.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Integer> position() {
        return Arbitraries.integers().between(0, 10);
    }
}
