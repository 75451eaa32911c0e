package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: the names a task's answer acts on are said on its front in the note's own way, where
 * the front already points at the object ("Delete the job" → "Delete the job `batch`"), else in brackets
 * with their kind at the end of the statement; never as a line of the tool's own words.
 */
class TaskFrontNamesTest {

    @Test
    void theDefaultNamespaceACommandNamesIsNoRequirement() {
        assertEquals("Scale back to 3 replicas (deployment `web`)",
                NamedTargets.withNames("Scale back to 3 replicas:", List.of("kubectl scale deploy web -n default --replicas=3")));
        assertTrue(NamedTargets.of(List.of("kubectl get pods --namespace=default")).namespaces().isEmpty());
        assertEquals(List.of("shop"), List.copyOf(NamedTargets.of(List.of("kubectl get pods --namespace=shop")).namespaces()));
    }

    @Test
    void aNameGoesWhereTheFrontSaysItsKind() {
        assertEquals("Delete the job `batch`",
                NamedTargets.withNames("Delete the job", List.of("kubectl delete job batch")));
        assertEquals("See the logs of the pod `web-1` and describe it.",
                NamedTargets.withNames("See the logs of the pod and describe it.", List.of("kubectl logs pod/web-1")));
        // "deploy" in the command and "deployment" in the statement are one kind.
        assertEquals("Scale the deployment `api` to three replicas",
                NamedTargets.withNames("Scale the deployment to three replicas", List.of("kubectl scale deploy api --replicas=3")));
    }

    @Test
    void whatTheFrontDoesNotPointAtIsSaidInBracketsWithItsKind() {
        // The lead-in's colon announced the code that is now the answer: the task reads whole without it.
        assertEquals("Scale back to 3 replicas (deployment `web`, namespace `shop`)",
                NamedTargets.withNames("Scale back to 3 replicas:", List.of("kubectl scale deploy web -n shop --replicas=3")));
        assertEquals("Follow the logs (`web-1`)",
                NamedTargets.withNames("Follow the logs", List.of("kubectl logs web-1 -f")));
    }

    @Test
    void theNamesGoInsideTheStatementsEmphasis() {
        assertEquals("**Create the namespace `lab-7`**",
                NamedTargets.withNames("**Create the namespace:**", List.of("kubectl create namespace lab-7")));
        assertEquals("**Watch the rollout (deployment `relay`).**",
                NamedTargets.withNames("**Watch the rollout.**", List.of("kubectl rollout status deploy/relay")));
    }

    @Test
    void subCommandsAndKindsAreNoNames() {
        assertTrue(NamedTargets.of(List.of("kubectl config get-contexts -o name")).names().isEmpty());
        assertTrue(NamedTargets.of(List.of("kubectl auth can-i create secret --as=robot")).names().isEmpty());
        assertEquals("List the contexts", NamedTargets.withNames("List the contexts", List.of("kubectl config get-contexts")));
    }

    @Test
    void aFrontThatNamesEverythingIsLeftAsItIs() {
        String front = "Delete the job `batch` in the namespace ops.";
        assertEquals(front, NamedTargets.withNames(front, List.of("kubectl delete job batch -n ops")));
        assertEquals("List the nodes", NamedTargets.withNames("List the nodes", List.of("kubectl get nodes")));
    }

    @Test
    void aKindInsideCodeOrOfAnotherObjectIsNoPlaceForTheName() {
        String out = NamedTargets.withNames("Run `the pod` check, then remove the service",
                List.of("kubectl delete pod relay"));
        assertFalse(out.contains("`the pod` `relay`"), out);
        assertTrue(out.endsWith("(pod `relay`)"), out);
    }

    /** Every name and namespace the commands act on is on the returned front, and the front's own words are kept in order. */
    @Property(tries = 300)
    void everyNameEndsUpOnTheFrontAndNothingOfItIsLost(@ForAll("fronts") String front, @ForAll("commands") String command) {
        String out = NamedTargets.withNames(front, List.of(command));
        NamedTargets.Targets t = NamedTargets.of(List.of(command));
        String plain = Inline.plain(out);
        for (String n : t.names()) assertTrue(NamedTargets.mentions(plain, n), n + " not on " + out);
        for (String n : t.namespaces()) assertTrue(NamedTargets.mentions(plain, n), n + " not on " + out);
        String stripped = out.replaceAll(" \\([^)]*\\)", "").replaceAll(" `[a-z0-9.-]+`", "");
        // Only a lead-in's final colon may go, and only when names were said.
        assertTrue(stripped.equals(front) || front.endsWith(":") && stripped.equals(front.substring(0, front.length() - 1)),
                front + " became " + out);
    }

    @Provide
    Arbitrary<String> fronts() {
        Arbitrary<String> verb = Arbitraries.of("Delete", "Describe", "Scale", "Show", "Label");
        Arbitrary<String> object = Arbitraries.of("the deployment", "the pod", "a job", "it", "the service", "everything");
        Arbitrary<String> end = Arbitraries.of("", ".", ":", " now", "?");
        return Combinators.combine(verb, object, end).as((v, o, e) -> v + " " + o + e);
    }

    @Provide
    Arbitrary<String> commands() {
        Arbitrary<String> verb = Arbitraries.of("delete", "describe", "scale", "get", "label");
        Arbitrary<String> kind = Arbitraries.of("deployment", "deploy", "pod", "po", "job", "svc", "service");
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6).map(s -> s + "-x");
        Arbitrary<String> ns = Arbitraries.of("", " -n team", " --namespace=prod");
        Arbitrary<String> form = Arbitraries.of("%s %s", "%s/%s");
        return Combinators.combine(verb, kind, name, ns, form)
                .as((v, k, n, s, f) -> "kubectl " + v + " " + String.format(f, k, n) + s);
    }
}
