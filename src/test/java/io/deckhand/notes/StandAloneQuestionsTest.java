package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.find;
import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static io.deckhand.notes.NoteCards.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: every question names its subject and never uses the notes' layout as the question. Small
 * generic notes per failure class; the properties run over notes assembled from arbitrary parts.
 */
class StandAloneQuestionsTest {
    /** Words that ask about the notes' layout instead of the subject. */
    static final Pattern LAYOUT = Pattern.compile(
            "(?i)(list all \\d+|name all \\d+|name both|points noted under|items under|\\(\\d+/\\d+\\)|what are the \\d+ points)");

    private static String question(CardDraft c) {
        String f = c.front();
        int cut = f.indexOf("*\n\n");
        return f.startsWith("*") && cut > 0 ? f.substring(cut + 3) : f;
    }

    private static void noLayout(List<CardDraft> cards) {
        for (CardDraft c : cards) assertFalse(LAYOUT.matcher(c.front()).find(), "layout as the question: " + c.front());
    }

    @Nested
    class ClaimsAboutTheParentTopic {
        @Test
        void conditionalPointsUnderACommandNameTheCommand() {
            List<CardDraft> cards = txt("Upgrades\nhelm rollback\n- Return a release to an earlier revision.\n"
                    + "The outcome depends on what the release holds -\n"
                    + "- If the chart added a CRD, the CRD is left in place since Helm never deletes CRDs.\n"
                    + "- If a hook failed, the rollback stops and the release is marked failed.\n");
            List<CardDraft> asked = cards.stream().filter(c -> question(c).contains("what happens if")).toList();
            assertEquals(2, asked.size(), cards.toString());
            for (CardDraft c : asked) assertTrue(question(c).contains("`helm rollback`"), c.front());
            assertTrue(asked.stream().anyMatch(c -> c.back().startsWith("The CRD is left in place")), asked.toString());
            noLayout(cards);
        }

        @Test
        void aConditionRunsToThenWhenTheItemSaysIt() {
            List<CardDraft> cards = md("## Jobs\n\nOn failure the controller reacts in one of two ways:\n\n"
                    + "- If restartPolicy is Never, a new pod is created for each failure.\n"
                    + "- If restartPolicy is OnFailure, Always or unset, then the same pod restarts its container.\n");
            CardDraft c = one(cards, CardKind.BASIC, "OnFailure, Always or unset?");
            assertTrue(question(c).contains("**Jobs**"), c.front());
            assertTrue(c.back().startsWith("The same pod restarts"), c.back());
        }

        @Test
        void aCaseStatedInProseAsksWhatHappensAboutTheSubject() {
            List<CardDraft> cards = md("## Quotas\n\nIf a namespace has a compute quota, then every pod must set requests.\n");
            CardDraft c = one(cards, CardKind.BASIC, "what happens if a namespace has a compute quota?");
            assertTrue(question(c).contains("**Quotas**"), c.front());
            assertTrue(c.back().startsWith("Every pod must set requests"), c.back());
        }

        @Test
        void aPurposeStatedInProseAsksHowItIsDone() {
            List<CardDraft> cards = md("## Secrets\n\nTo read a secret from another namespace, copy it there first since secrets are namespaced.\n");
            CardDraft c = one(cards, CardKind.BASIC, "How do you read a secret from another namespace?");
            assertTrue(c.back().startsWith("Copy it there first"), c.back());
        }

        @Test
        void labelledPointsAskForThatPartOfTheTopic() {
            List<CardDraft> cards = md("## Secrets\n\n- Pros: one object for many pods, mounted as files or variables\n"
                    + "- Limitations: at most 1 MiB of data in each secret\n");
            assertTrue(one(cards, CardKind.BASIC, "What are the limitations of **Secrets**?").back().startsWith("At most 1 MiB"));
            assertTrue(cards.stream().noneMatch(c -> c.front().contains("What are **Pros**")
                    || c.front().contains("What is **Pros**")), cards.toString());
        }

        @Test
        void aConditionalLeadInOverStepsAsksWhatToDo() {
            List<CardDraft> cards = txt("Nodes\nIf a node reports DiskPressure\n- Check free space with df on the node\n"
                    + "- Remove unused images from the runtime\n");
            CardDraft c = one(cards, CardKind.LIST, "What do you do if a node reports DiskPressure?");
            assertTrue(c.back().contains("Remove unused images"), c.back());
        }
    }

    @Nested
    class SectionWordsAreNoTerms {
        @Test
        void anExampleHeadingIsNoTerm() {
            List<CardDraft> cards = md("# Probes\n\n## Example\n\nA probe is checked every ten seconds by default.\n\n"
                    + "## How it works\n\nThe kubelet runs the probe and restarts the container after three failures.\n");
            assertTrue(cards.stream().noneMatch(c -> c.front().contains("**Example**") || c.front().contains("**How it works**")),
                    cards.toString());
        }

        @Test
        void pointsUnderASectionHeadingAreAboutTheTopicAbove() {
            List<CardDraft> cards = md("# ConfigMaps\n\n## Overview\n\n- Values are read when the pod starts.\n"
                    + "- Mounted files are refreshed after a delay, variables are not.\n");
            CardDraft c = one(cards, CardKind.LIST, "**ConfigMaps**");
            assertFalse(question(c).contains("Overview"), c.front());
            noLayout(cards);
        }
    }

    @Nested
    class LongListsAndLeadIns {
        @Test
        void aShortNamedListAsksForItsKindNotItsCount() {
            List<CardDraft> cards = txt("Storage\nReclaim policies can be one of the following\n- Retain - keep the volume\n"
                    + "- Delete - remove the volume with its claim\n- Recycle - wipe the volume for reuse\n");
            CardDraft c = one(cards, CardKind.LIST, "reclaim policies");
            assertTrue(c.back().contains("- Recycle"), c.back());
            noLayout(cards);
        }

        @Test
        void aLeadInEndingInAColonKeepsTheCodeThatFollows() {
            List<CardDraft> cards = md("## Templates\n\nQ: How do you start a Deployment manifest quickly?\n"
                    + "A: Let kubectl write it, for example:\n\n```bash\nkubectl create deployment web --image=nginx --dry-run=client -o yaml\n```\n");
            for (CardDraft c : cards) {
                assertFalse(RuleContext.dangles(c.back()), "dangling lead-in: " + c.back());
            }
        }

        @Test
        void aLeadInEndingInAColonKeepsItsPoints() {
            List<CardDraft> cards = md("## Scheduling\n\n### Why set requests?\n\nThe scheduler places pods respecting:\n\n"
                    + "- the free CPU of each node\n- the free memory of each node\n");
            CardDraft c = one(cards, CardKind.BASIC, "Why set requests?");
            assertTrue(c.back().contains("the free memory of each node"), c.back());
        }

        @Test
        void aLongAnswerIsNotSlicedIntoNumberedCards() {
            StringBuilder note = new StringBuilder("## Upgrades\n\n");
            for (int i = 0; i < 14; i++) note.append("- Upgrade step ").append(i).append(" drains one more node of the pool and waits\n");
            List<CardDraft> cards = md(note.toString());
            noLayout(cards);
        }
    }

    @Nested
    class Commands {
        @Test
        void theFrontSaysWhatTheCommandDoesAndTheBackIsTheCommand() {
            List<CardDraft> cards = md("## Releases\n\n```bash\n# list every release in all namespaces\nhelm list --all-namespaces --all\n```\n");
            CardDraft c = one(cards, CardKind.COMMAND, "list every release in all namespaces");
            assertEquals("`helm list --all-namespaces --all`", c.back());
            // A long command is learnt one way: the reverse ("What does ... do?") only reads it back.
            assertTrue(find(cards, CardKind.COMMAND, "What does").isEmpty(), cards.toString());
        }

        @Test
        void aShortCommandIsAskedBothWays() {
            List<CardDraft> cards = txt("Nodes\nkubectl uncordon\nmark the node schedulable again after maintenance\n");
            assertEquals("`kubectl uncordon`", one(cards, CardKind.COMMAND, "Which command").back());
            one(cards, CardKind.COMMAND, "What does `kubectl uncordon` do?");
        }

        @Test
        void aCommandWhoseAnswerIsInTheQuestionGivesNoCard() {
            List<CardDraft> cards = md("## Pods\n\n- `kubectl get pods` - get pods\n- `kubectl delete pod web` - remove the pod web\n");
            assertTrue(cards.stream().noneMatch(c -> c.front().contains("get pods?")), cards.toString());
            one(cards, CardKind.COMMAND, "remove the pod web");
        }
    }

    // ---- properties over notes made of arbitrary parts

    @Property(tries = 200)
    void noFrontUsesTheLayoutAndNoSideDangles(@ForAll("notes") String note) {
        for (String path : List.of("n.md", "n.txt")) {
            List<CardDraft> cards = new NoteParser().parse(path, note).drafts();
            for (CardDraft c : cards) {
                assertFalse(LAYOUT.matcher(c.front()).find(), "layout as the question: " + c.front());
                if (c.kind() != CardKind.CLOZE) {
                    assertFalse(RuleContext.dangles(c.back()), "dangling lead-in: " + c.back());
                }
                String q = question(c);
                for (String word : SECTION_HEADINGS) {
                    assertFalse(q.contains("**" + word + "**?") && q.startsWith("What"), "section word as a term: " + c.front());
                }
            }
        }
    }

    private static final List<String> SECTION_HEADINGS = List.of("Example", "Overview", "How it works", "Notes", "Summary");

    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> heading = Arbitraries.of("Pods", "Services", "Example", "Overview", "How it works", "Notes",
                "Summary", "Network policies", "Gotchas", "etcd");
        Arbitrary<String> leadIn = Arbitraries.of("This means:", "Here's a template:", "The following types are valid -",
                "It works by respecting:", "Key points", "If the node is lost", "", "");
        Arbitrary<String> item = Arbitraries.of("If the pod is evicted, the controller makes a new one.",
                "Pros: quick to set up", "Default: none", "ClusterIP - internal only", "Install the runtime",
                "Labels select objects, annotations do not", "`kubectl get svc` - shows the services",
                "When a quota is set, pods without requests are refused.", "Check the kubelet: `systemctl status kubelet`",
                "The data is kept as:", "Note: see above");
        Arbitrary<String> list = item.list().ofMinSize(1).ofMaxSize(14).map(is -> "- " + String.join("\n- ", is));
        Arbitrary<String> code = Arbitraries.of("", "```bash\nkubectl drain node1 --ignore-daemonsets\n```",
                "```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n```", "kubectl cordon node1");
        Arbitrary<String> section = Combinators.combine(heading, leadIn, list, code)
                .as((h, l, li, c) -> "## " + h + "\n\n" + (l.isEmpty() ? "" : l + "\n\n") + li + "\n\n" + c + "\n");
        return section.list().ofMinSize(1).ofMaxSize(4).map(ss -> String.join("\n", ss));
    }
}
