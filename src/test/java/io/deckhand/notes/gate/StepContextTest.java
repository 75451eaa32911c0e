package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a task card carries the state its answer works in. The namespace its question names is
 * where its answer runs, and it never points at another numbered part of the notes.
 */
class StepContextTest {
    private static final QualityGate GATE = QualityGate.standard();
    private static final StepContext CONTEXT = StepContext.load(Set.of("is", "the", "and", "a"));

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    @Test
    void anAnswerThatDoesNotRunInTheNamedNamespaceIsUnticked() {
        Quality q = judged(CardKind.COMMAND, "*Orchard*\n\nScale the deployment `pear` to 4 replicas in namespace `orchard`.",
                "```bash\nkubectl scale deployment pear --replicas=4\n```");
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("namespace \u201corchard\u201d"), q.reasons().toString());
        Quality m = judged(CardKind.BASIC, "Create the role `picker` in the 'orchard' namespace.",
                "```bash\nkubectl create role picker --verb=get --resource=pods\n```");
        assertTrue(m.reasonText().contains("orchard"), m.reasons().toString());
    }

    @Test
    void anAnswerThatSaysTheNamespaceAnyWayKeepsItsTick() {
        for (String back : List.of("`kubectl scale deployment pear --replicas=4 -n orchard`",
                "`kubectl scale deployment pear --replicas=4 --namespace=orchard`",
                "```bash\nkubectl config set-context --current --namespace orchard\nkubectl scale deployment pear --replicas=4\n```",
                "```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pear\n  namespace: orchard\n```")) {
            Quality q = judged(CardKind.BASIC, "Scale the deployment `pear` to 4 replicas in namespace `orchard`.", back);
            assertFalse(q.reasonText().contains("no \u201c-n"), back + " " + q.reasons());
        }
        // The question says the shell is already there: commands without "-n" run in it.
        Quality current = judged(CardKind.COMMAND, "Given: the current namespace is `orchard`.\n\nScale the deployment `pear` to 4 replicas.",
                "`kubectl scale deployment pear --replicas=4`");
        assertFalse(current.reasonText().contains("no \u201c-n"), current.reasons().toString());
        // Prose answers and the default namespace ask for no switch.
        assertFalse(judged(CardKind.BASIC, "Why keep pods in namespace `orchard`?", "They share a quota.")
                .reasonText().contains("no \u201c-n"));
        assertFalse(judged(CardKind.COMMAND, "List pods in namespace `default`.", "`kubectl get pods`")
                .reasonText().contains("no \u201c-n"));
    }

    @Test
    void aQuestionPointingAtAnotherNumberedPartIsUnticked() {
        Quality q = judged(CardKind.BASIC, "Drain the worker of the cluster set up in question 3.",
                "```bash\nkubectl drain worker-1 --ignore-daemonsets\n```");
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains("another part of the notes"), q.reasons().toString());
        assertTrue(CONTEXT.otherPartFault("Delete the policy from step 2") != null);
        // Its own number, or a number of something else, points nowhere.
        assertTrue(CONTEXT.otherPartFault("Step 2: create the policy `deny-all`") == null);
        assertTrue(CONTEXT.otherPartFault("Scale the deployment in 3 steps") == null);
    }

    @Property(tries = 300)
    void aNamedNamespaceIsFoundAndOnlyItsOwnSwitchSatisfiesIt(@ForAll("namespaces") String ns, @ForAll("phrasings") String phrasing) {
        String question = String.format(phrasing, ns);
        Set<String> found = CONTEXT.namespacesOf(question);
        assertTrue(found.contains(ns), question + " " + found);
        assertTrue(CONTEXT.namespaceFault(question, "`kubectl get pods -n " + ns + "`") == null, question);
        assertTrue(CONTEXT.namespaceFault(question, "`kubectl get pods`") != null, question);
        // Another namespace whose name holds this one's is no answer for it.
        assertTrue(CONTEXT.namespaceFault(question, "`kubectl get pods -n " + ns + "-old`") != null, question);
    }

    @Property(tries = 300)
    void whatIsFoundIsAlwaysALowerCaseNameOfTheQuestionAndNeverTheDefault(@ForAll("questions") String question) {
        for (String ns : CONTEXT.namespacesOf(question)) {
            assertTrue(question.contains(ns), question + " " + ns);
            assertTrue(ns.matches("[a-z0-9][a-z0-9-]*"), ns);
            assertFalse(ns.equals("default"), question);
        }
    }

    @Provide
    Arbitrary<String> namespaces() {
        Arbitrary<String> head = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
        Arbitrary<String> tail = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(0).ofMaxLength(5);
        return net.jqwik.api.Combinators.combine(head, tail).as((h, t) -> t.isEmpty() ? h : h + "-" + t)
                .filter(s -> !Set.of("is", "the", "and", "default", "called", "named").contains(s));
    }

    @Provide
    Arbitrary<String> phrasings() {
        return Arbitraries.of("List the pods in namespace `%s`.", "List the pods in the '%s' namespace.",
                "List the pods in namespace %s.", "**Namespace:** `%s`\n\nList the pods.", "Create a pod in the namespace called \"%s\".");
    }

    @Provide
    Arbitrary<String> questions() {
        Arbitrary<String> word = Arbitraries.of("namespace", "Namespace", "namespaces", "in", "the", "`", "'", "default",
                "Shop", "shop-2", "pods", ":", "**", "called", " ", "\n", "to", "is");
        return word.list().ofMinSize(1).ofMaxSize(12).map(ws -> String.join(" ", ws));
    }
}
