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

/**
 * Over generated scenario notes (a statement under "Task" or "Objective"/"Requirements", any of the lines
 * that lead to a folded solution, with or without a fold of notes before it): the solution gives one task
 * card, its front names the object and namespace its command acts on, and no front is a line that only
 * leads to the solution.
 */
class ScenarioTasksProperties {
    private static final List<String> LEADS = List.of("## Try it yourself first!", "## ✅ Solution",
            "## 💡 Solution (expand to view)", "Try solving it yourself first, then expand below:",
            "## Solution\n\nAttempt it on your own first.");

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9);
    }

    @Provide
    Arbitrary<String> leads() {
        return Arbitraries.of(LEADS);
    }

    @Property(tries = 60)
    void theFoldedSolutionAnswersTheScenarioStatement(@ForAll("names") String name, @ForAll("names") String space,
            @ForAll("leads") String lead, @ForAll boolean labelledParts, @ForAll boolean notesFold) {
        String statement = labelledParts
                ? "## Objective\n\nCreate a ServiceAccount for the reporting job.\n\n## Requirements\n\n"
                        + "- Name: `" + name + "-sa`\n- Namespace: `" + space + "-ns`\n"
                : "## Task\n\nIn the `" + space + "-ns` namespace, create a ServiceAccount named `" + name + "-sa`.\n";
        String fold = notesFold ? "<details>\n<summary>Short notes on accounts</summary>\n\nAn account is an identity for pods.\n\n</details>\n\n" : "";
        String command = "kubectl create serviceaccount " + name + "-sa -n " + space + "-ns";
        List<CardDraft> cards = md("# Scenario\n\n" + statement + "\n" + lead + "\n\n" + fold
                + "<details>\n<summary>Click to view Solution</summary>\n\n```bash\n" + command + "\n```\n\n</details>\n");
        List<CardDraft> tasks = cards.stream().filter(c -> c.back().contains(command)).toList();
        assertEquals(1, tasks.size(), cards.toString());
        CardDraft task = tasks.get(0);
        assertTrue(task.front().contains(name + "-sa") && task.front().contains(space + "-ns"), task.front());
        String leadText = lead.lines().reduce((a, b) -> b).orElse(lead).replaceFirst("^#+\\s*", "");
        assertTrue(cards.stream().noneMatch(c -> c.front().strip().endsWith(leadText)), cards.toString());
        assertFalse(task.front().contains("Short notes"), task.front());
    }
}
