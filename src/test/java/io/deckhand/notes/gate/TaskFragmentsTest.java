package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: the pieces of a practice task that are no card alone. A rule the task sets ("Do not
 * ...", "Keep ... unchanged") is neither a front nor a whole answer, a part's heading is no answer, and
 * what a lab's setup created is no question.
 */
class TaskFragmentsTest {
    private static final QualityGate GATE = QualityGate.standard();
    private static final TaskFragments FRAGMENTS = new TaskFragments();

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    @Test
    void aRuleOfATaskIsNoFront() {
        for (String front : List.of("Do not rename the lantern services.", "Don't touch the `wick` namespace.",
                "Keep the deployment's labels unchanged.", "Leave the node taints in place.")) {
            Quality q = judged(CardKind.BASIC, "*Task 4*\n\n" + front, "```bash\nkubectl get svc -n wick\n```");
            assertFalse(q.passed(), front + " " + q.reasons());
            assertTrue(q.reasonText().contains("rule of a task"), q.reasons().toString());
        }
        // A question about what never to do asks a fact; a task that keeps something while it acts is a task.
        assertNull(FRAGMENTS.constraintFront("Why should you never edit a static pod through the API?"));
        assertNull(FRAGMENTS.constraintFront("Scale the deployment `wick` to 3 and keep its labels unchanged."));
    }

    @Test
    void anAnswerOfOnlyATasksRulesIsUnticked() {
        Quality q = judged(CardKind.LIST, "`kubectl config use-context lamp`: what are the constraints?",
                "- Do not delete the `oil` ResourceQuota.\n- Each container must stay within 50m CPU.");
        assertFalse(q.passed(), q.reasons().toString());
        assertNull(FRAGMENTS.constraintBack("- Set `replicas: 3`.\n- Do not set a node selector.\n- Add the label `tier=web`."));
        assertNull(FRAGMENTS.constraintBack("The scheduler never places pods on a tainted node without a toleration."));
    }

    @Test
    void aHeadingIsNoAnswer() {
        for (String back : List.of("Task 3 - SECTION: Lanterns and wicks", "## Storage of oil", "Question 12: Pods")) {
            Quality q = judged(CardKind.BASIC, "Which part covers the wick storage?", back);
            assertFalse(q.passed(), back + " " + q.reasons());
            assertTrue(q.reasonText().contains("heading"), q.reasons().toString());
        }
        // A numbered step that says what it does is a sentence, not a title.
        assertNull(FRAGMENTS.headingBack("Step 1 \u2014 read the events of the failing pod first."));
        assertNull(FRAGMENTS.headingBack("`kubectl get pods`"));
    }

    @Test
    void whatALabSetupCreatedIsNoQuestion() {
        Quality q = judged(CardKind.BASIC, "Which namespaces does the setup script create?", "`lamp` and `wick`");
        assertFalse(q.passed(), q.reasons().toString());
        assertNotNull(FRAGMENTS.setupFault("What objects were created by the lab environment?"));
        assertNull(FRAGMENTS.setupFault("Which command creates the namespace for the lab?"));
        assertNull(FRAGMENTS.setupFault("What does `create-cluster.sh` need before it runs?"));
        assertNull(FRAGMENTS.setupFault("What does a Deployment create for each revision?"));
    }

    /** A line that opens with a prohibition is a rule whatever follows; any other line is none. */
    @Property(tries = 200)
    void aProhibitionIsARuleWhateverFollows(@ForAll("openers") String opener, @ForAll("tails") String tail) {
        assertTrue(FRAGMENTS.isConstraint("- " + opener + " " + tail));
        assertFalse(FRAGMENTS.isConstraint("Create " + tail));
    }

    @Provide
    Arbitrary<String> openers() {
        return Arbitraries.of("Do not", "Don't", "Never", "Must not", "do NOT");
    }

    @Provide
    Arbitrary<String> tails() {
        return Arbitraries.strings().withChars("abcdefgh `-_.").ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank()).map(s -> "x" + s);
    }
}
